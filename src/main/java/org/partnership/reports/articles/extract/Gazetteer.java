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
		char[] chars = text.chars();
		int len = text.length();
		Words words = text.words();
		List<Hit> raw = new ArrayList<>();
		KeywordAutomaton.MatchSink sink = (start, end, keyword) -> {
			boolean endsWord = end == len || !TextNormalizer.isWordChar(chars[end]);
			for (ReferenceData.Entry entry : entries[keyword]) {
				KeywordSyntax.Spec spec = entry.spec();
				if (!spec.prefix() && !endsWord) {
					continue;
				}
				if (spec.exactCase() != null && !text.originalStartsWith(start, end, spec.exactCase())) {
					continue;
				}
				raw.add(new Hit(start, spec.prefix() ? wordEnd(chars, end, len) : end, entry.term()));
			}
		};
		if (startsOnlyWords) {
			automaton.scanAt(chars, words.starts(), words.count(), len, sink);
		}
		else {
			automaton.scanFrom(chars, 0, len, WORD_START, sink);
		}
		if (raw.size() > 1) {
			raw.sort(BY_POSITION);
		}
		return resolveOverlaps(raw);
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
