package org.partnership.reports.articles.extract;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Folds near-duplicate articles (one story from several outlets, a re-sent copy) into stories.
 *
 * <p>
 * Two articles are the same story when they have the same language, were published at most
 * {@value #WINDOW_DAYS} days apart, and the Jaccard similarity of their 4-word shingle sets is at least
 * {@value #THRESHOLD}. Candidates come from MinHash locality-sensitive hashing (one-permutation MinHash
 * with a fixed seed, 64 bands of 2 bins) so that not all pairs are compared; the decision uses the exact
 * Jaccard, so the signature only decides which pairs are compared (recall), never whether they fold. Stories are the connected components of the
 * "same story" relation, so the result does not depend on input order. Immutable and thread-safe.
 *
 * <p>
 * Folding works in two stages so that no text has to be kept: {@link #print} reduces an article's text to
 * its {@link StoryPrint} (band keys and shingles) while the text is in hand, and a {@link Folding} takes the
 * prints in publication order, keeping only the articles of the last {@value #WINDOW_DAYS} days in memory.
 */
public final class StoryFolder {

	static final int SHINGLE_WORDS = 4;

	static final double THRESHOLD = 0.5;

	static final int WINDOW_DAYS = 3;

	static final int BANDS = 64;

	/** Bins of the signature per band: 64 bands × 2 = 128 bins. */
	private static final int ROWS = 2;

	/** Bins of the one-permutation signature: the top {@value #BIN_BITS} bits of a shingle's hash pick its bin. */
	private static final int BIN_BITS = 7;

	private static final int BINS = 1 << BIN_BITS; // = BANDS * ROWS

	/** Seed of the one hash per shingle, and of the densification probes. */
	private static final long SEED = 0x5EED_2025_0401_0000L;

	/** Probes of an empty bin before the fallback scan (never reached in practice: 128 probes for 1 full bin). */
	private static final int MAX_PROBES = 1 << 16;

	private StoryFolder() {
	}

	public static StoryFolder withDefaults() {
		return new StoryFolder();
	}

	/** Article id → story id, the id of the story's earliest article (ties broken by id), in input order. */
	public Map<String, String> fold(List<ArticleText> articles) {
		Integer[] order = new Integer[articles.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparing(i -> articles.get(i).published(),
				Comparator.nullsLast(Comparator.naturalOrder())));
		Folding folding = folding();
		for (int i : order) {
			ArticleText a = articles.get(i);
			folding.add(a.id(), a.published(), a.language(), print(a.title(), a.body()));
		}
		Map<String, String> byId = folding.stories();
		Map<String, String> result = new LinkedHashMap<>();
		for (ArticleText a : articles) {
			result.put(a.id(), byId.get(a.id()));
		}
		return result;
	}

	/** What folding needs of an article: the shingles of its body (or title, without a body) and their band keys. */
	public StoryPrint print(String title, String body) {
		return print(Shingles.of(textOf(title, body), SHINGLE_WORDS));
	}

	/**
	 * The same print from the hashes of the printed text's words, {@code hashes[from, to)}, as the extractor has
	 * them after folding the text ({@link ArticleExtractor#read}): no second pass over the text.
	 */
	static StoryPrint print(long[] wordHashes, int from, int to) {
		return print(Shingles.of(wordHashes, from, to, SHINGLE_WORDS));
	}

	/** The print of a set of sorted distinct shingle hashes. */
	static StoryPrint print(long[] shingles) {
		if (shingles.length == 0) {
			return StoryPrint.EMPTY;
		}
		return new StoryPrint(bandKeys(minHash(shingles)), shingles);
	}

	/** A new folding, fed article by article in publication order. */
	public Folding folding() {
		return new Folding();
	}

	static String textOf(String title, String body) {
		// the body: outlets rewrite headlines of the same wire copy
		return body != null && !body.isBlank() ? body : Objects.requireNonNullElse(title, "");
	}

	/**
	 * The MinHash signature of a shingle set by <em>one-permutation hashing</em> with optimal densification
	 * (Li, Owen, Zhang 2012; Shrivastava 2017): each shingle is hashed once, the top {@value #BIN_BITS} bits of
	 * the hash pick one of {@value #BINS} bins and the other bits are its value; a bin keeps its smallest value.
	 * For two sets, a bin holds the same value with probability about their Jaccard similarity, as one row of
	 * a classic 128-hash signature does, at one hash per shingle instead of 128. An empty bin (a short text)
	 * copies the value of the first non-empty bin of a probe sequence that depends on the bin alone, the same
	 * for every text, so two texts fill it from the same bin whenever that bin is non-empty in both.
	 */
	static long[] minHash(long[] shingles) {
		long[] signature = new long[BINS];
		Arrays.fill(signature, -1L); // values are non-negative: -1 marks an empty bin
		int filled = 0;
		for (long s : shingles) {
			long h = Shingles.mix(s ^ SEED);
			int bin = (int) (h >>> (64 - BIN_BITS));
			long value = h & (-1L >>> BIN_BITS);
			long old = signature[bin];
			if (old < 0) {
				filled++;
				signature[bin] = value;
			}
			else if (value < old) {
				signature[bin] = value;
			}
		}
		if (filled < BINS && filled > 0) {
			long[] dense = signature.clone();
			for (int bin = 0; bin < BINS; bin++) {
				if (signature[bin] < 0) {
					dense[bin] = signature[donor(signature, bin)];
				}
			}
			return dense;
		}
		return signature;
	}

	/** The non-empty bin an empty bin copies: the first non-empty one of its own probe sequence. */
	private static int donor(long[] signature, int bin) {
		for (int probe = 1; probe <= MAX_PROBES; probe++) {
			int candidate = (int) (Shingles.mix(SEED ^ ((long) bin << 32 | probe)) >>> (64 - BIN_BITS));
			if (signature[candidate] >= 0) {
				return candidate;
			}
		}
		for (int i = 1; i < BINS; i++) { // deterministic fallback, unreachable with any real probe sequence
			if (signature[(bin + i) % BINS] >= 0) {
				return (bin + i) % BINS;
			}
		}
		throw new IllegalStateException("no shingle");
	}

	/** Articles sharing a band key share a band of their signature; pairs with Jaccard 0.5 meet with P > 0.99. */
	private static long[] bandKeys(long[] signature) {
		long[] keys = new long[BANDS];
		for (int band = 0; band < BANDS; band++) {
			long key = band;
			for (int r = 0; r < ROWS; r++) {
				key = Shingles.mix(key ^ signature[band * ROWS + r]);
			}
			keys[band] = key;
		}
		return keys;
	}

	/**
	 * One folding: articles are added in publication order (articles without a date anywhere); a pair is
	 * compared when its later article arrives, against the articles of the last {@value #WINDOW_DAYS} days that
	 * share a band key with it. Memory holds those days' prints plus an id and a date per article. Not
	 * thread-safe.
	 */
	public static final class Folding {

		private final List<String> ids = new ArrayList<>();

		private long[] days = new long[1024];

		private int[] parent = new int[1024];

		private final ArrayDeque<Entry> window = new ArrayDeque<>();

		/**
		 * Per band, band key → the oldest entry of the window with that key; the others follow it in the order added
		 * ({@link Entry#next}). A chain through the entries instead of a list per bucket: most buckets hold one
		 * article, and a list per band key was 64 allocations per article.
		 */
		@SuppressWarnings("unchecked")
		private final LongMap<Entry>[] buckets = new LongMap[BANDS];

		private long lastDay = Long.MIN_VALUE;

		private Folding() {
			for (int band = 0; band < BANDS; band++) {
				this.buckets[band] = new LongMap<>();
			}
		}

		/**
		 * Adds an article.
		 * @throws IllegalArgumentException when it was published before an article added earlier
		 */
		public void add(String id, LocalDate published, String language, StoryPrint print) {
			int index = this.ids.size();
			if (index == this.parent.length) {
				this.parent = Arrays.copyOf(this.parent, index * 2);
				this.days = Arrays.copyOf(this.days, index * 2);
			}
			this.ids.add(id);
			this.parent[index] = index;
			this.days[index] = published == null ? Long.MAX_VALUE : published.toEpochDay();
			if (published == null || print.isEmpty()) {
				return; // never the same story as another article
			}
			long day = published.toEpochDay();
			if (day < this.lastDay) {
				throw new IllegalArgumentException("article " + id + " published before the article added earlier");
			}
			this.lastDay = day;
			forgetBefore(day - WINDOW_DAYS);
			Entry entry = new Entry(index, language, print);
			long[] keys = print.bands();
			for (int band = 0; band < BANDS; band++) {
				Entry other = this.buckets[band].putIfAbsent(keys[band], entry);
				if (other == null) {
					continue; // the first of its bucket
				}
				while (true) {
					if (other.comparedWith != index) {
						other.comparedWith = index;
						// the union-find last: most candidates share a band by chance, and its lookups are scattered
						if (Objects.equals(language, other.language)
								&& Shingles.similar(print.shingles(), other.print.shingles(), print.sketch(),
										other.print.sketch(), THRESHOLD)
								&& find(index) != find(other.index)) {
							this.parent[find(index)] = find(other.index);
						}
					}
					if (other.next[band] == null) {
						other.next[band] = entry;
						break;
					}
					other = other.next[band];
				}
			}
			this.window.addLast(entry);
		}

		/** Article id → story id, the id of the story's earliest article (ties broken by id), in the order added. */
		public Map<String, String> stories() {
			int n = this.ids.size();
			int[] first = new int[n];
			Arrays.fill(first, -1);
			for (int i = 0; i < n; i++) {
				int root = find(i);
				if (first[root] < 0 || earlier(i, first[root])) {
					first[root] = i;
				}
			}
			Map<String, String> result = new LinkedHashMap<>();
			for (int i = 0; i < n; i++) {
				result.put(this.ids.get(i), this.ids.get(first[find(i)]));
			}
			return result;
		}

		/**
		 * Entries are added in date order, so the oldest are at the head of the window and of each of their buckets:
		 * the next of each bucket takes their place.
		 */
		private void forgetBefore(long day) {
			while (!this.window.isEmpty() && this.days[this.window.peekFirst().index] < day) {
				Entry old = this.window.pollFirst();
				long[] keys = old.print.bands();
				for (int band = 0; band < BANDS; band++) {
					this.buckets[band].replace(keys[band], old.next[band]);
				}
			}
		}

		private boolean earlier(int a, int b) {
			return this.days[a] != this.days[b] ? this.days[a] < this.days[b]
					: this.ids.get(a).compareTo(this.ids.get(b)) < 0;
		}

		private int find(int i) {
			while (this.parent[i] != i) {
				this.parent[i] = this.parent[this.parent[i]];
				i = this.parent[i];
			}
			return i;
		}

		private static final class Entry {

			final int index;

			final String language;

			final StoryPrint print;

			/** The last article compared with this one: a pair sharing several bands is compared once. */
			int comparedWith = -1;

			/** Per band, the entry added after this one with the same band key, if still in the window. */
			final Entry[] next = new Entry[BANDS];

			Entry(int index, String language, StoryPrint print) {
				this.index = index;
				this.language = language;
				this.print = print;
			}

		}

	}

}
