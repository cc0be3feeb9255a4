package org.partnership.reports.articles.extract;

/**
 * A few literal strings looked for together in one pass over a window: the same answers as
 * {@link Anchors#contains} for each of them, at one table lookup per character instead of one pass per string.
 */
final class Literals {

	/** First characters below this are looked up in a table; the others (none in the shipped cues) one by one. */
	private static final char TABLE = '\u0500';

	private final String[] strings;

	/** Per first character: the bits of the strings that start with it. */
	private final long[] byFirst = new long[TABLE];

	/** Bits of the strings whose first character is not in the table. */
	private final long beyondTable;

	private Literals(String[] strings) {
		if (strings.length > 63) {
			throw new IllegalArgumentException("at most 63 strings");
		}
		this.strings = strings.clone();
		long beyond = 0;
		for (int i = 0; i < strings.length; i++) {
			char first = strings[i].charAt(0);
			if (first < TABLE) {
				byFirst[first] |= 1L << i;
			}
			else {
				beyond |= 1L << i;
			}
		}
		this.beyondTable = beyond;
	}

	static Literals of(String... strings) {
		return new Literals(strings);
	}

	/** Bit {@code i} set when {@code strings[i]} occurs wholly within {@code text[from, to)}. */
	long foundIn(String text, int from, int to) {
		long found = 0;
		int end = Math.min(to, text.length());
		for (int i = Math.max(from, 0); i < end; i++) {
			char c = text.charAt(i);
			long candidates = (c < TABLE ? byFirst[c] : beyondTable) & ~found;
			while (candidates != 0) {
				int s = Long.numberOfTrailingZeros(candidates);
				candidates &= candidates - 1;
				String literal = strings[s];
				if (i + literal.length() <= end && text.startsWith(literal, i)) {
					found |= 1L << s;
				}
			}
		}
		return found;
	}

	/** Bit of {@code strings[index]} in {@link #foundIn}. */
	static long bit(int index) {
		return 1L << index;
	}

}
