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

	/** Line break and {@code . ! ? …}: the only characters where a sentence may end, found with one lookup. */
	private static final boolean[] MAY_END = new boolean[65536];

	static {
		for (char c : new char[] { '\n', '.', '!', '?', '…' }) {
			MAY_END[c] = true;
		}
	}

	private SentenceSplitter() {
	}

	static List<Sentence> split(NormalizedText text) {
		char[] c = text.chars();
		int len = text.length();
		List<Sentence> sentences = new ArrayList<>();
		int start = 0;
		int paragraph = 0;
		boolean digit = false;
		for (int i = 0; i < len; i++) {
			char ch = c[i];
			digit |= (char) (ch - '0') <= 9; // one test and a lookup per character instead of seven tests
			if (!MAY_END[ch]) {
				continue;
			}
			if (ch == '\n') {
				add(sentences, text, start, i, paragraph, digit);
				paragraph++;
				start = i + 1;
				digit = false;
			}
			else if ((ch == '.' || ch == '!' || ch == '?' || ch == '…') && isBoundary(text, i)) {
				int end = i + 1;
				while (end < len && (c[end] == '"' || c[end] == ')')) {
					end++;
				}
				add(sentences, text, start, end, paragraph, digit);
				start = end; // the quotes and brackets up to there change nothing when the loop passes them
				digit = false;
			}
		}
		add(sentences, text, start, len, paragraph, digit);
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
