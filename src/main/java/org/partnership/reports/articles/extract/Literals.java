package org.partnership.reports.articles.extract;

/**
 * A few literal strings looked for together in one pass over a window: the same answers as
 * {@link Anchors#contains} for each of them, at one table lookup per character instead of one pass per string.
 */
final class Literals {

	/** First characters below this are looked up in a table; the others (none in the shipped cues) one by one. */
	private static final char TABLE = '\u0500';

	private final String[] strings;

	/**
	 * Per first character: the bits of the strings that start with it; only as long as the greatest first
	 * character below {@link #TABLE} needs (a table per word list, kept small for the cache).
	 */
	private final long[] byFirst;

	/** Bits of the strings whose first character is not in the table. */
	private final long beyondTable;

	private Literals(String[] strings) {
		if (strings.length > 63) {
			throw new IllegalArgumentException("at most 63 strings");
		}
		this.strings = strings.clone();
		int size = 0;
		for (String s : strings) {
			size = s.charAt(0) < TABLE ? Math.max(size, s.charAt(0) + 1) : size;
		}
		this.byFirst = new long[size];
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

	/** The bits of the strings that start with {@code c}. */
	private long startingWith(char c) {
		return c < byFirst.length ? byFirst[c] : c < TABLE ? 0 : beyondTable;
	}

	/** Bit {@code i} set when {@code strings[i]} occurs wholly within {@code text[from, to)}. */
	long foundIn(String text, int from, int to) {
		long found = 0;
		int end = Math.min(to, text.length());
		for (int i = Math.max(from, 0); i < end; i++) {
			char c = text.charAt(i);
			long candidates = startingWith(c) & ~found;
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

	/**
	 * {@link #foundIn(String, int, int)} on characters copied from a text, {@code [from, to)} within the copy,
	 * for the strings of {@code wanted} (bits as in the result) only: it stops when all of them are found.
	 */
	long foundIn(char[] chars, int from, int to, long wanted) {
		long found = 0;
		for (int i = from; i < to && found != wanted; i++) {
			char c = chars[i];
			long candidates = startingWith(c) & wanted & ~found;
			while (candidates != 0) {
				int s = Long.numberOfTrailingZeros(candidates);
				candidates &= candidates - 1;
				if (occursAt(chars, i, to, strings[s])) {
					found |= 1L << s;
				}
			}
		}
		return found;
	}

	/** Whether one of the strings occurs at {@code i}, wholly before {@code to}. */
	boolean startsAt(char[] chars, int i, int to) {
		if (i >= to) {
			return false;
		}
		char c = chars[i];
		for (long candidates = startingWith(c); candidates != 0; candidates &= candidates - 1) {
			if (occursAt(chars, i, to, strings[Long.numberOfTrailingZeros(candidates)])) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether one of the strings is at {@code i} as a word: followed, before {@code to}, by a character that is
	 * neither a letter nor a digit.
	 */
	boolean wordAt(char[] chars, int i, int to) {
		if (i >= to) {
			return false;
		}
		char c = chars[i];
		for (long candidates = startingWith(c); candidates != 0; candidates &= candidates - 1) {
			String literal = strings[Long.numberOfTrailingZeros(candidates)];
			int end = i + literal.length();
			if (end < to && occursAt(chars, i, to, literal) && !CharClass.isLetterOrDigit(chars[end])) {
				return true;
			}
		}
		return false;
	}

	/** Whether {@code literal} is at {@code i} in {@code chars}, wholly before {@code to}. */
	static boolean occursAt(char[] chars, int i, int to, String literal) {
		if (i + literal.length() > to) {
			return false;
		}
		for (int k = 0; k < literal.length(); k++) {
			if (chars[i + k] != literal.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	/** Bit of {@code strings[index]} in {@link #foundIn}. */
	static long bit(int index) {
		return 1L << index;
	}

}
