package org.partnership.reports.articles.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits folded text at line breaks and at {@code . ! ? …} followed by a space and an upper-case letter,
 * digit, quote or bracket, except after known abbreviations ({@code долл. США}, {@code Mr.}) and initials.
 */
final class SentenceSplitter {

	private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "prof", "gen", "no", "vs",
			"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co",
			"долл", "тыс", "млн", "млрд", "трлн", "руб", "гг", "им", "ул", "проф", "см", "др", "пр", "тг");

	/** Longer words cannot be abbreviations: no need to make a string of them to look them up. */
	private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

	private SentenceSplitter() {
	}

	/** Visits only the places where a sentence may end, which folding has listed (see {@link Stops}). */
	static List<Sentence> split(NormalizedText text) {
		char[] c = text.chars();
		int len = text.length();
		Stops stops = text.stops();
		int[] at = stops.at();
		int[] digitsBefore = stops.digitsBefore();
		List<Sentence> sentences = new ArrayList<>();
		int start = 0;
		int paragraph = 0;
		int digitsAtStart = 0; // digits before the place where the current sentence began
		for (int k = 0; k < stops.count(); k++) {
			int i = at[k];
			if (c[i] == '\n') {
				add(sentences, text, start, i, paragraph, digitsBefore[k] > digitsAtStart);
				paragraph++;
				start = i + 1;
				digitsAtStart = digitsBefore[k];
			}
			else if (isBoundary(text, i)) {
				int end = i + 1;
				while (end < len && (c[end] == '"' || c[end] == ')')) {
					end++;
				}
				add(sentences, text, start, end, paragraph, digitsBefore[k] > digitsAtStart);
				start = end;
				digitsAtStart = digitsBefore[k];
			}
		}
		add(sentences, text, start, len, paragraph, stops.digits() > digitsAtStart);
		return sentences;
	}

	private static boolean isBoundary(NormalizedText text, int dot) {
		char[] c = text.chars();
		int len = text.length();
		int next = dot + 1;
		while (next < len && (c[next] == '"' || c[next] == ')')) {
			next++;
		}
		if (next >= len) {
			return true;
		}
		if (c[next] != ' ' || next + 1 >= len) {
			return c[next] == '\n';
		}
		char following = text.originalChar(next + 1);
		boolean opensSentence = CharClass.isUpperCase(following) || CharClass.isDigit(following) || following == '"'
				|| following == '«' || following == '“' || following == '(' || following == '-' || following == '–';
		if (!opensSentence || c[dot] != '.') {
			return opensSentence;
		}
		int w = dot;
		while (w > 0 && CharClass.isLetter(c[w - 1])) {
			w--;
		}
		if (w == dot || dot - w > LONGEST_ABBREVIATION) {
			return true;
		}
		String word = new String(c, w, dot - w);
		return word.length() > 1 && !ABBREVIATIONS.contains(word);
	}

	private static void add(List<Sentence> out, NormalizedText text, int start, int end, int paragraph, boolean digit) {
		char[] c = text.chars();
		while (start < end && c[start] == ' ') {
			start++;
		}
		while (end > start && c[end - 1] == ' ') {
			end--;
		}
		if (start < end) {
			out.add(new Sentence(start, end, paragraph, digit));
		}
	}

}
