package org.partnership.reports.articles.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All reference keywords in one automaton, so an article is scanned once whatever the number of keywords.
 * Matches are then filtered for word boundaries and exact case, and overlaps are resolved per layer
 * (longest leftmost wins, so "European Union" beats "European"). Topic hits are all kept: every topic
 * keyword is evidence for its topic.
 */
final class Gazetteer {

	private static final Comparator<Hit> BY_POSITION = (a, b) -> a.start() != b.start()
			? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end());

	private static final int LAYERS = Layer.values().length;

	/** Keywords never start inside a word. */
	private static final KeywordAutomaton.StartTest WORD_START = (t, i) -> i == 0
			|| !TextNormalizer.isWordChar(t[i - 1]);

	private final KeywordAutomaton automaton;

	/** Keyword index → the entries that share this folded pattern. */
	private final ReferenceData.Entry[][] entries;

	/**
	 * Whether every keyword starts with a letter or digit (the shipped ones all do): then only the word starts
	 * folding has listed need a walk, not every position after a non-word character.
	 */
	private final boolean startsOnlyWords;

	Gazetteer(ReferenceData data) {
		Map<String, List<ReferenceData.Entry>> byPattern = new HashMap<>();
		List<String> patterns = new ArrayList<>();
		for (ReferenceData.Entry entry : data.entries()) {
			byPattern.computeIfAbsent(entry.spec().folded(), p -> {
				patterns.add(p);
				return new ArrayList<>();
			}).add(entry);
		}
		this.automaton = new KeywordAutomaton(patterns);
		this.entries = new ReferenceData.Entry[patterns.size()][];
		for (int i = 0; i < patterns.size(); i++) {
			entries[i] = byPattern.get(patterns.get(i)).toArray(ReferenceData.Entry[]::new);
		}
		this.startsOnlyWords = !automaton.anyKeywordStartsWith(c -> !TextNormalizer.isWordChar((char) c));
	}

	/** Hits sorted by start, longest first. */
	List<Hit> scan(NormalizedText text) {
		Matches matches = new Matches(text);
		if (startsOnlyWords) {
			Words words = text.words();
			int[] starts = words.starts();
			int[] ends = words.ends();
			for (int k = 0; k < words.count(); k++) {
				matches.wordEnd = ends[k];
				automaton.walk(matches.chars, starts[k], matches.len, matches);
			}
		}
		else {
			automaton.scanFrom(matches.chars, 0, matches.len, WORD_START, matches);
		}
		List<Hit> raw = matches.raw;
		if (raw.size() > 1) {
			raw.sort(BY_POSITION);
		}
		return resolveOverlaps(raw);
	}

	/** Keyword matches of one text turned into hits: whole words, or stems widened to the end of their word. */
	private final class Matches implements KeywordAutomaton.MatchSink {

		final NormalizedText text;

		final char[] chars;

		final int len;

		final List<Hit> raw = new ArrayList<>();

		/** End of the word the current walk started in, or -1 when unknown (then looked up in the text). */
		int wordEnd = -1;

		Matches(NormalizedText text) {
			this.text = text;
			this.chars = text.chars();
			this.len = text.length();
		}

		@Override
		public void match(int start, int end, int keyword) {
			// within the word the walk started in, its end is known; past it (several words), look
			int stemEnd = wordEnd >= end ? wordEnd : Gazetteer.wordEnd(chars, end, len);
			boolean endsWord = stemEnd == end;
			// entries of one pattern mostly share their exact case ("=EU" is an actor, a party and a scope): look once
			String checked = null;
			boolean exact = false;
			for (ReferenceData.Entry entry : entries[keyword]) {
				KeywordSyntax.Spec spec = entry.spec();
				if (!spec.prefix() && !endsWord) {
					continue;
				}
				String exactCase = spec.exactCase();
				if (exactCase != null) {
					if (!exactCase.equals(checked)) {
						checked = exactCase;
						exact = text.originalStartsWith(start, end, exactCase);
					}
					if (!exact) {
						continue;
					}
				}
				raw.add(new Hit(start, spec.prefix() ? stemEnd : end, entry.term()));
			}
		}

	}

	private static List<Hit> resolveOverlaps(List<Hit> sorted) {
		List<Hit> kept = new ArrayList<>(sorted.size());
		int[] reach = new int[LAYERS];
		for (Hit hit : sorted) {
			if (hit.layer() == Layer.TOPIC) {
				kept.add(hit);
				continue;
			}
			int layer = hit.layer().ordinal();
			if (hit.start() >= reach[layer]) {
				kept.add(hit);
				reach[layer] = hit.end();
			}
		}
		return kept;
	}

	private static int wordEnd(char[] chars, int from, int len) {
		int i = from;
		while (i < len && TextNormalizer.isWordChar(chars[i])) {
			i++;
		}
		return i;
	}

}
