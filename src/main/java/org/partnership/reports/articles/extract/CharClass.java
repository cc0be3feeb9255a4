package org.partnership.reports.articles.extract;

/**
 * {@link Character#isLetter(char)}, {@link Character#isLetterOrDigit(char)} and {@link Character#isUpperCase(char)}
 * as one table, built once: they are asked for most characters of every article, and for Cyrillic each of them
 * walks {@code CharacterData}'s multi-level tables.
 */
final class CharClass {

	private static final byte LETTER = 1;

	private static final byte DIGIT = 2;

	private static final byte UPPER = 4;

	private static final byte[] FLAGS = new byte[65536];

	static {
		for (int c = 0; c < FLAGS.length; c++) {
			char ch = (char) c;
			FLAGS[c] = (byte) ((Character.isLetter(ch) ? LETTER : 0) | (Character.isDigit(ch) ? DIGIT : 0)
					| (Character.isUpperCase(ch) ? UPPER : 0));
		}
	}

	private CharClass() {
	}

	static boolean isLetter(char c) {
		return (FLAGS[c] & LETTER) != 0;
	}

	static boolean isLetterOrDigit(char c) {
		return (FLAGS[c] & (LETTER | DIGIT)) != 0;
	}

	static boolean isUpperCase(char c) {
		return (FLAGS[c] & UPPER) != 0;
	}

	/** Unicode digit, as {@link Character#isDigit(char)} (not only 0-9). */
	static boolean isDigit(char c) {
		return (FLAGS[c] & DIGIT) != 0;
	}

}
