package org.partnership.reports.articles.extract;

import java.util.Arrays;

/**
 * Where a sentence may end in a folded text (line breaks and {@code . ! ? …}), found while it is folded, with
 * the number of ASCII digits before each: the splitter then looks at these places only, and knows without
 * another pass whether a sentence holds a digit.
 *
 * @param at folded index of each place, ascending
 * @param digitsBefore digits {@code 0-9} in the folded text before each place
 * @param count number of places; the arrays may be longer
 * @param digits digits in the whole folded text
 */
record Stops(int[] at, int[] digitsBefore, int count, int digits) {

	/** Line break and {@code . ! ? …}: the only characters where a sentence may end. */
	static boolean mayEnd(char c) {
		return c < 64 ? (ASCII_STOPS >>> c & 1) != 0 : c == '…';
	}

	/** {@code \n . ! ?} as bits of one word: they are all below 64. */
	private static final long ASCII_STOPS = 1L << '\n' | 1L << '.' | 1L << '!' | 1L << '?';

}
