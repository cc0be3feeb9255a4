package org.partnership.reports.articles.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aho-Corasick automaton compiled to a dense transition table: one array lookup per character of text.
 *
 * <p>
 * Why not {@code org.ahocorasick}: its map-based states and per-match objects ran at 35-80 M chars/s on
 * our keyword set, which alone eats the throughput budget of the whole extractor; this table runs an
 * order of magnitude faster. Immutable and thread-safe once built.
 *
 * <p>
 * The gazetteer uses {@link #walk}: since keywords only count at word starts, it walks the trie from the word
 * starts folding has listed (or, with {@link #scanFrom}, from every position after a non-word character when a
 * keyword starts with one), which on the shipped keyword set (1,300 keywords, a table of several MB) touches
 * far less memory than running the full automaton over every character.
 */
final class KeywordAutomaton {

	@FunctionalInterface
	interface MatchSink {

		void match(int start, int end, int keyword);

	}

	private final char[] classOf;

	private final int alphabet;

	private final int[] delta;

	private final int[] outStart;

	private final int[] outputs;

	private final int[] lengths;

	/**
	 * The trie alone, packed for {@link #scanFrom}: per state {@code [firstChild, childCount, ownStart, ownEnd]}.
	 * Children have consecutive numbers (breadth-first order); own keywords are those that end exactly at the
	 * state, not at a suffix of it.
	 */
	private final int[] node;

	/**
	 * Per state: the character class of the trie edge into it, shifted left by one, plus 1 when keywords end there.
	 * The walk thus learns from the edge it has read anyway whether to look up outputs: most states have none, and
	 * looking at {@link #node} for each was most of the scan's time (cache misses).
	 */
	private final int[] edge;

	private final int[] own;

	/** Trie transitions of the states up to {@link #SHALLOW_DEPTH} as dense rows (child state shifted left by one,
	 * plus 1 when keywords end there), 0 where there is no child. */
	private final int[] shallow;

	/** States up to this number are those up to {@link #SHALLOW_DEPTH} (the rows of {@link #shallow}). */
	private final int lastShallow;

	/**
	 * States up to this depth get dense rows: with depth 2 (345 states × 71 classes, about 100 KB on the shipped
	 * keywords) the walk of a word, which mostly ends within three characters, measured 10-15 % faster than with
	 * the root's children only; depth 3 gained nothing more.
	 */
	private static final int SHALLOW_DEPTH = 2;

	KeywordAutomaton(List<String> keywords) {
		this.classOf = new char[65536];
		int classes = 1; // class 0: characters that occur in no keyword
		for (String k : keywords) {
			for (int i = 0; i < k.length(); i++) {
				char c = k.charAt(i);
				if (classOf[c] == 0) {
					classOf[c] = (char) classes++;
				}
			}
		}
		this.alphabet = classes;
		this.lengths = keywords.stream().mapToInt(String::length).toArray();
		Trie trie = new Trie();
		for (int k = 0; k < keywords.size(); k++) {
			trie.add(keywords.get(k), k, classOf);
		}
		this.delta = new int[trie.size() * alphabet];
		int[] depth = new int[trie.size()]; // the length of the text a state stands for
		List<int[]> out = trie.compile(delta, alphabet, depth);
		this.outStart = new int[out.size() + 1];
		int total = 0;
		for (int s = 0; s < out.size(); s++) {
			outStart[s] = total;
			total += out.get(s).length;
		}
		outStart[out.size()] = total;
		this.outputs = new int[total];
		for (int s = 0; s < out.size(); s++) {
			System.arraycopy(out.get(s), 0, outputs, outStart[s], out.get(s).length);
		}
		int n = trie.size();
		this.node = new int[4 * n];
		this.edge = new int[n];
		List<Integer> ownList = new ArrayList<>();
		int shallowStates = 1;
		for (int st = 0; st < n; st++) {
			int children = 0;
			for (int c = 0; c < alphabet; c++) {
				int t = delta[st * alphabet + c];
				if (depth[t] == depth[st] + 1) { // a trie edge: failure transitions never go deeper
					node[4 * st] = children++ == 0 ? t : Math.min(node[4 * st], t);
					edge[t] = c << 1;
				}
			}
			node[4 * st + 1] = children;
			node[4 * st + 2] = ownList.size();
			for (int o = outStart[st]; o < outStart[st + 1]; o++) {
				if (lengths[outputs[o]] == depth[st]) {
					ownList.add(outputs[o]);
				}
			}
			node[4 * st + 3] = ownList.size();
			if (node[4 * st + 3] > node[4 * st + 2]) {
				edge[st] |= 1;
			}
			if (depth[st] <= SHALLOW_DEPTH) {
				shallowStates = Math.max(shallowStates, st + 1);
			}
		}
		this.own = ownList.stream().mapToInt(Integer::intValue).toArray();
		this.lastShallow = shallowStates - 1;
		this.shallow = new int[shallowStates * alphabet];
		for (int st = 0; st < shallowStates; st++) {
			for (int c = 0; c < alphabet; c++) {
				int t = delta[st * alphabet + c];
				shallow[st * alphabet + c] = depth[t] == depth[st] + 1 ? t << 1 | (edge[t] & 1) : 0;
			}
		}
	}

	/** Reports every keyword occurrence in {@code text[from, to)}, in order of end position. */
	void scan(char[] text, int from, int to, MatchSink sink) {
		int s = 0;
		for (int i = from; i < to; i++) {
			s = delta[s * alphabet + classOf[text[i]]];
			for (int o = outStart[s], oe = outStart[s + 1]; o < oe; o++) {
				int k = outputs[o];
				sink.match(i + 1 - lengths[k], i + 1, k);
			}
		}
	}

	/**
	 * Reports every keyword occurrence in {@code text[from, to)} that starts where {@code boundary} allows,
	 * in order of start, then end. Walks the trie from each such start for as long as the text stays on a
	 * keyword path: most walks end after a character or two, and only the dense rows of the shallow states are
	 * read, so far less memory is touched than by {@link #scan}, whose table does not fit in the
	 * cache. Deeper states look their few children up in a short list.
	 */
	void scanFrom(char[] text, int from, int to, StartTest boundary, MatchSink sink) {
		for (int i = from; i < to; i++) {
			if (boundary.allows(text, i)) {
				walk(text, i, to, sink);
			}
		}
	}

	/** Whether some keyword starts with a character for which {@code test} holds. */
	boolean anyKeywordStartsWith(java.util.function.IntPredicate test) {
		for (int c = 0; c < classOf.length; c++) {
			if (classOf[c] != 0 && shallow[classOf[c]] != 0 && test.test(c)) {
				return true;
			}
		}
		return false;
	}

	/** Reports the keywords that start at {@code i} and end by {@code to}, shortest first. */
	void walk(char[] text, int i, int to, MatchSink sink) {
		int s = 0;
		for (int j = i; j < to; j++) {
			int step = child(s, classOf[text[j]]);
			if (step == 0) {
				break;
			}
			s = step >>> 1;
			if ((step & 1) != 0) {
				for (int o = node[4 * s + 2], oe = node[4 * s + 3]; o < oe; o++) {
					sink.match(i, j + 1, own[o]);
				}
			}
		}
	}

	/**
	 * The trie child of {@code s} along character class {@code c}, shifted left by one, plus 1 when keywords end
	 * there; 0 if there is none.
	 */
	private int child(int s, int c) {
		if (s <= lastShallow) {
			return shallow[s * alphabet + c];
		}
		for (int t = node[4 * s], end = t + node[4 * s + 1]; t < end; t++) {
			if (edge[t] >>> 1 == c) {
				return t << 1 | (edge[t] & 1);
			}
		}
		return 0;
	}

	@FunctionalInterface
	interface StartTest {

		boolean allows(char[] text, int position);

	}

	/** Build-time trie; discarded after compilation. */
	private static final class Trie {

		private final List<Map<Character, Integer>> next = new ArrayList<>();

		private final List<List<Integer>> ends = new ArrayList<>();

		Trie() {
			newState();
		}

		int size() {
			return next.size();
		}

		void add(String keyword, int id, char[] classOf) {
			int s = 0;
			for (int i = 0; i < keyword.length(); i++) {
				char cls = classOf[keyword.charAt(i)];
				Integer t = next.get(s).get(cls);
				if (t == null) {
					t = newState();
					next.get(s).put(cls, t);
				}
				s = t;
			}
			ends.get(s).add(id);
		}

		/**
		 * Fills the full transition table (goto plus failure links) and returns each state's outputs. States
		 * are numbered in breadth-first order so that the shallow states, where the scan spends most of its
		 * time, share a few cache lines.
		 */
		List<int[]> compile(int[] delta, int alphabet, int[] depth) {
			int n = size();
			int[] order = new int[n];
			int[] id = new int[n];
			order[0] = 0;
			int tail = 1;
			for (int head = 0; head < tail; head++) {
				for (int t : next.get(order[head]).values()) {
					order[tail++] = t;
				}
			}
			for (int i = 0; i < n; i++) {
				id[order[i]] = i;
			}
			int[] fail = new int[n];
			List<int[]> out = new ArrayList<>(n);
			out.add(toArray(ends.get(0)));
			for (int i = 0; i < n; i++) {
				int s = order[i];
				if (i > 0) {
					List<Integer> merged = new ArrayList<>(ends.get(s));
					for (int o : out.get(fail[i])) {
						merged.add(o);
					}
					out.add(toArray(merged));
				}
				for (int c = 0; c < alphabet; c++) {
					Integer t = next.get(s).get((char) c);
					if (t == null) {
						delta[i * alphabet + c] = i == 0 ? 0 : delta[fail[i] * alphabet + c];
					}
					else {
						delta[i * alphabet + c] = id[t];
						depth[id[t]] = depth[i] + 1;
						fail[id[t]] = i == 0 ? 0 : delta[fail[i] * alphabet + c];
					}
				}
			}
			return out;
		}

		private int newState() {
			next.add(new HashMap<>());
			ends.add(new ArrayList<>());
			return next.size() - 1;
		}

		private static int[] toArray(List<Integer> list) {
			return list.stream().mapToInt(Integer::intValue).toArray();
		}

	}

}
