package org.partnership.reports.articles.extract;

/**
 * Whether a window of folded text ends with one of a few words or phrases, then optional whitespace: "up from",
 * «против». Same answer as {@code find()} of {@code (?<![\p{L}])(?:phrase|...)\s*$} on that region with transparent
 * bounds (a space in a phrase standing for {@code \s+}), without sliding the pattern over the whole window.
 */
final class TrailingWords {

	/** Phrases as their words, for matching from the end. */
	private final String[][] phrases;

	private TrailingWords(String[][] phrases) {
		this.phrases = phrases;
	}

	/** @param phrases lower-case words, or words separated by single spaces */
	static TrailingWords of(String... phrases) {
		String[][] words = new String[phrases.length][];
		for (int i = 0; i < phrases.length; i++) {
			words[i] = phrases[i].split(" ");
		}
		return new TrailingWords(words);
	}

	/** Whether {@code text[from, to)} ends with one of the phrases (starting at a word start), then whitespace. */
	boolean endWindow(String text, int from, int to) {
		if (from >= to) {
			return false;
		}
		if (endsWithPhrase(text, from, skipSpaceBack(text, from, to))) {
			return true;
		}
		// '$' also matches before a final line terminator that \s does not cover
		char last = text.charAt(to - 1);
		return (last == '\u0085' || last == '\u2028' || last == '\u2029')
				&& endsWithPhrase(text, from, skipSpaceBack(text, from, to - 1));
	}

	private boolean endsWithPhrase(String text, int from, int end) {
		for (String[] phrase : phrases) {
			int start = startOf(phrase, text, from, end);
			// the character before may lie outside the window: it still decides whether a word starts here
			if (start >= 0 && (start == 0 || !CharClass.isLetter(text.charAt(start - 1)))) {
				return true;
			}
		}
		return false;
	}

	/** Where {@code phrase} starts if it ends at {@code end} within {@code [from, end)}, else -1. */
	private static int startOf(String[] phrase, String text, int from, int end) {
		int e = end;
		for (int w = phrase.length - 1; w >= 0; w--) {
			String word = phrase[w];
			int start = e - word.length();
			if (start < from || !text.startsWith(word, start)) {
				return -1;
			}
			if (w > 0) {
				e = skipSpaceBack(text, from, start);
				if (e == start) {
					return -1; // \s+ needs at least one
				}
			}
			else {
				return start;
			}
		}
		return -1;
	}

	/** {@code to} moved back over the whitespace of {@code \s} ({@code [ \t\n\x0B\f\r]}), not before {@code from}. */
	private static int skipSpaceBack(String text, int from, int to) {
		int i = to;
		while (i > from && isRegexSpace(text.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	private static boolean isRegexSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

}
