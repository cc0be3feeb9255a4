package org.partnership.reports.articles.extract;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Whether a word that starts within a window of folded text begins with one of a few stems ("increas", «вырос»)
 * or is one of a few whole words ("up"). Same answer as {@code find()} of the regular expression
 * {@code (?<![\p{L}])(?:stem|...|word(?![\p{L}]))} on that region with transparent bounds, which slid every
 * alternative over every position of the window and was a sixth of the figure scanner's time.
 */
final class WordStems {

	/** Stems and words, longest first so that a shorter one sharing a prefix is tried last. */
	private final String[] stems;

	/** Per stem: whether it must end a word. */
	private final boolean[] wholeWord;

	/** First characters of the stems: most word starts are ruled out with one lookup. */
	private final BitSet firstChars = new BitSet(65536);

	private WordStems(String[] stems, boolean[] wholeWord) {
		this.stems = stems;
		this.wholeWord = wholeWord;
		for (String s : stems) {
			firstChars.set(s.charAt(0));
		}
	}

	/**
	 * @param stems lower-case stems; one written as {@code "word$"} only counts as a whole word
	 */
	static WordStems of(String... stems) {
		String[] sorted = stems.clone();
		Arrays.sort(sorted, (a, b) -> b.length() - a.length());
		String[] plain = new String[sorted.length];
		boolean[] whole = new boolean[sorted.length];
		for (int i = 0; i < sorted.length; i++) {
			whole[i] = sorted[i].endsWith("$");
			plain[i] = whole[i] ? sorted[i].substring(0, sorted[i].length() - 1) : sorted[i];
		}
		return new WordStems(plain, whole);
	}

	/** Whether a word starting in {@code [from, to)} begins with a stem that ends by {@code to}. */
	boolean occursIn(String text, int from, int to) {
		for (int p = Math.max(from, 0); p < to; p++) {
			// the character before may lie outside the window: it still decides whether a word starts here
			if ((p > 0 && CharClass.isLetter(text.charAt(p - 1))) || !firstChars.get(text.charAt(p))) {
				continue;
			}
			for (int s = 0; s < stems.length; s++) {
				String stem = stems[s];
				if (p + stem.length() <= to && text.startsWith(stem, p)
						&& (!wholeWord[s] || endsWord(text, p + stem.length()))) {
					return true;
				}
			}
		}
		return false;
	}

	/** Nothing or a non-letter after {@code end}, looking past the window (as a transparent lookahead does). */
	private static boolean endsWord(String text, int end) {
		return end == text.length() || !Character.isLetter(text.codePointAt(end));
	}

}
