package org.partnership.reports.articles.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Places where a date, period or figure can start: runs of digits, years, and the few words before them.
 * Regular expressions are tried only there ({@code lookingAt}), never slid over a whole sentence, which keeps
 * their cost proportional to the number of digits rather than to the length of the text.
 */
final class Anchors {

	private Anchors() {
	}

	/** Starts of digit runs in {@code [from, to)} not glued to a preceding letter, digit, '.' or ','. */
	static List<Integer> numberStarts(String text, int from, int to) {
		List<Integer> starts = new ArrayList<>();
		for (int i = from; i < to; i++) {
			if (isDigit(text.charAt(i)) && (i == 0 || !gluedBefore(text.charAt(i - 1)))) {
				starts.add(i);
			}
		}
		return starts;
	}

	/** Starts of four-digit years 1900-2099 not inside a longer number ("9M2024" has one). */
	static List<Integer> years(String text, int from, int to) {
		List<Integer> years = new ArrayList<>();
		for (int i = from; i + 4 <= to; i++) {
			if (isYearAt(text, i)) {
				years.add(i);
			}
		}
		return years;
	}

	/** Whether a year of {@link #years} starts at {@code i} (four characters must be there). */
	static boolean isYearAt(String text, int i) {
		char c = text.charAt(i);
		return (c == '1' || c == '2') && (i == 0 || !gluedBefore(text.charAt(i - 1)) || CharClass.isLetter(text.charAt(i - 1)))
				&& (text.startsWith("19", i) || text.startsWith("20", i)) && isDigit(text.charAt(i + 2))
				&& isDigit(text.charAt(i + 3)) && (i + 4 == text.length() || !isDigit(text.charAt(i + 4)));
	}

	/**
	 * {@link #isYearAt(String, int)} on a copy of the text's characters at the same indices ({@code chars[i - 1]}
	 * to {@code chars[i + 4]} copied, where they exist), {@code length} long.
	 */
	static boolean isYearAt(char[] chars, int i, int length) {
		char c = chars[i];
		return (c == '1' && chars[i + 1] == '9' || c == '2' && chars[i + 1] == '0')
				&& (i == 0 || !gluedBefore(chars[i - 1]) || CharClass.isLetter(chars[i - 1])) && isDigit(chars[i + 2])
				&& isDigit(chars[i + 3]) && (i + 4 == length || !isDigit(chars[i + 4]));
	}

	/** Starts of up to {@code count} words before {@code pos}, nearest first, not before {@code from}. */
	static int[] wordStartsBefore(String text, int pos, int from, int count) {
		int[] starts = new int[count];
		int n = 0;
		int i = pos;
		while (n < count && i > from) {
			while (i > from && !CharClass.isLetterOrDigit(text.charAt(i - 1))) {
				i--;
			}
			if (i == from) {
				break;
			}
			while (i > from && CharClass.isLetterOrDigit(text.charAt(i - 1))) {
				i--;
			}
			starts[n++] = i;
		}
		return java.util.Arrays.copyOf(starts, n);
	}

	/** Whether {@code s} occurs within {@code text[from, to)}; unlike indexOf, never looks past {@code to}. */
	static boolean contains(String text, String s, int from, int to) {
		char first = s.charAt(0);
		for (int i = Math.max(from, 0), last = Math.min(to, text.length()) - s.length(); i <= last; i++) {
			if (text.charAt(i) == first && text.startsWith(s, i)) {
				return true;
			}
		}
		return false;
	}

	private static boolean gluedBefore(char c) {
		return CharClass.isLetterOrDigit(c) || c == '.' || c == ',';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
