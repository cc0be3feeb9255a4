package org.partnership.reports.articles.extract;

import java.text.Normalizer;

/**
 * Folds text for keyword matching: lower case, ё→е, Latin diacritics removed, dashes and quotes unified,
 * whitespace collapsed (a run containing a line break becomes {@code '\n'}, which marks a paragraph).
 *
 * <p>
 * One table lookup per character: the table is built once, so folding costs about as much as a copy.
 */
final class TextNormalizer {

	static final char DROP = '\uFFFF';

	private static final char[] FOLD = buildTable();

	private TextNormalizer() {
	}

	/**
	 * Folds {@code original}, then lists its words and the places where a sentence may end ({@link TextScan}).
	 * Two tight loops measured faster than one that does both (too many live values for the registers).
	 */
	static NormalizedText normalize(String original) {
		return normalize(original, null);
	}

	/** The same, folded and scanned into {@code scratch}'s arrays ({@link TextScan.Scratch}), if given. */
	static NormalizedText normalize(String original, TextScan.Scratch scratch) {
		int n = original.length();
		char[] out;
		if (scratch == null) {
			out = new char[n];
		}
		else {
			if (scratch.chars.length < n) {
				scratch.chars = new char[Math.max(n, scratch.chars.length * 2)];
			}
			out = scratch.chars;
		}
		original.getChars(0, n, out, 0); // one bulk copy, then folded in place (never ahead of the reading)
		Shifts map = new Shifts();
		int len = 0;
		boolean afterSpace = true; // leading whitespace is dropped like a run after a space
		for (int i = 0; i < n; i++) {
			char c = FOLD[out[i]];
			if (c == DROP) {
				continue;
			}
			// one branch for the rare second character of a whitespace run, none per word: a space is written
			// like a letter, and the rest of its run only turns it into a paragraph mark
			boolean space = c == ' ' | c == '\n';
			if (space & afterSpace) {
				if (c == '\n' && len > 0) {
					out[len - 1] = '\n';
				}
				continue;
			}
			map.map(len, i);
			out[len++] = c;
			afterSpace = space;
		}
		if (afterSpace && len > 0) {
			len--; // trailing whitespace
		}
		map.map(len, n);
		return TextScan.scan(original, out, len, new String(out, 0, len), map, scratch);
	}

	/** Folds a keyword the same way as text, dropping paragraph marks. */
	static String fold(String s) {
		NormalizedText t = normalize(s);
		return t.text().replace('\n', ' ');
	}

	/** One character as {@link #normalize} folds it ({@link #DROP}: left out). */
	static char folded(char c) {
		return FOLD[c];
	}

	static boolean isWordChar(char c) {
		return CharClass.isLetterOrDigit(c);
	}

	private static char[] buildTable() {
		char[] t = new char[65536];
		for (int c = 0; c < t.length; c++) {
			t[c] = foldChar((char) c);
		}
		return t;
	}

	private static char foldChar(char c) {
		if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
			return '\n';
		}
		if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
			return ' ';
		}
		switch (c) {
			case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
				return DROP;
			case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
				return '-';
			case '«', '»', '“', '”', '„', '‟', '″', '＂':
				return '"';
			case '‘', '’', '‚', '‛', '′', '`', '´', 'ʼ':
				return '\'';
			case 'ё', 'Ё':
				return 'е';
			default:
				break;
		}
		if (c >= '\u00C0' && c <= '\u024F') {
			// Latin letters with diacritics (António, Síkela, Šefčovič): keep the base letter only
			String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			char base = d.charAt(0);
			if (base < 128 && Character.isLetter(base)) {
				return Character.toLowerCase(base);
			}
		}
		return Character.toLowerCase(c);
	}

}
