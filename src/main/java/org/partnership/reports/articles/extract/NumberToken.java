package org.partnership.reports.articles.extract;

import java.math.BigDecimal;

/**
 * A number written with digits at a given place, read by hand: the same match as {@code lookingAt()} of
 * {@code (?:(\d{1,3}(?:[ ,.]\d{3})+)(?!\d)([.,]\d+)?|(\d+)([.,]\d+)?)(?!\p{N})} on the region {@code [start, to)}
 * (opaque bounds), backtracking included: "3,000", "3 000 000", "49.7", "49,7", "1.500" (grouped: 1500), "12,3456"
 * (not grouped: 12.3456). The regular expression, with a string per group and a {@code BigDecimal} parsed from
 * them, was a quarter of the figure scanner's time.
 *
 * @param end where the match ends
 * @param value the integer digits (group separators left out), with the fraction digits as decimals
 */
record NumberToken(int end, BigDecimal value) {

	/** Digits beyond this many go through a string; below, the value is exact in a long. */
	private static final int MAX_LONG_DIGITS = 18;

	/** The number starting at {@code start} within {@code to}, or null when there is none. */
	static NumberToken at(String text, int start, int to) {
		int intEnd = digitsEnd(text, start, to);
		if (intEnd == start) {
			return null;
		}
		if (intEnd - start <= 3) {
			// grouped: one to three digits (all of them, else no separator follows), then groups of three
			int p = intEnd;
			int groups = 0;
			while (p + 4 <= to && isSeparator(text.charAt(p)) && isDigit(text.charAt(p + 1))
					&& isDigit(text.charAt(p + 2)) && isDigit(text.charAt(p + 3))) {
				p += 4;
				groups++;
			}
			for (; groups > 0; groups--, p -= 4) {
				if (p < to && isDigit(text.charAt(p))) {
					continue; // (?!\d); only the longest try can fail here, the shorter ones end at a separator
				}
				NumberToken grouped = withFraction(text, start, p, to, true);
				if (grouped != null) {
					return grouped;
				}
			}
		}
		return withFraction(text, start, intEnd, to, false);
	}

	/** {@code ([.,]\d+)?(?!\p{N})} after the integer part {@code [start, intEnd)}. */
	private static NumberToken withFraction(String text, int start, int intEnd, int to, boolean grouped) {
		if (intEnd + 1 < to && (text.charAt(intEnd) == '.' || text.charAt(intEnd) == ',')
				&& isDigit(text.charAt(intEnd + 1))) {
			int end = digitsEnd(text, intEnd + 1, to);
			if (!isNumeric(text, end, to)) {
				return new NumberToken(end, value(text, start, intEnd, grouped, intEnd + 1, end));
			}
			// a shorter fraction leaves a digit next; without one, '.' or ',' is next, which is no \p{N}
			return new NumberToken(intEnd, value(text, start, intEnd, grouped, intEnd, intEnd));
		}
		if (isNumeric(text, intEnd, to)) {
			return null; // a shorter integer part leaves a digit next
		}
		return new NumberToken(intEnd, value(text, start, intEnd, grouped, intEnd, intEnd));
	}

	/** As {@code new BigDecimal(integer + "." + fraction)}: unscaled digits and the fraction's length as scale. */
	private static BigDecimal value(String text, int start, int intEnd, boolean grouped, int fractionStart,
			int fractionEnd) {
		int digits = 0;
		long unscaled = 0;
		for (int i = start; i < fractionEnd; i++) {
			char c = text.charAt(i);
			if (i >= intEnd && i < fractionStart) {
				continue;
			}
			if (isDigit(c)) {
				unscaled = unscaled * 10 + (c - '0');
				digits++;
			}
		}
		if (digits > MAX_LONG_DIGITS) {
			StringBuilder s = new StringBuilder(fractionEnd - start);
			for (int i = start; i < intEnd; i++) {
				if (isDigit(text.charAt(i)) || !grouped) {
					s.append(text.charAt(i));
				}
			}
			if (fractionEnd > fractionStart) {
				s.append('.').append(text, fractionStart, fractionEnd);
			}
			return new BigDecimal(s.toString());
		}
		return BigDecimal.valueOf(unscaled, fractionEnd - fractionStart);
	}

	private static int digitsEnd(String text, int from, int to) {
		int i = from;
		while (i < to && isDigit(text.charAt(i))) {
			i++;
		}
		return i;
	}

	/** {@code \p{N}} at {@code i}, a code point that must lie wholly within {@code to}. */
	private static boolean isNumeric(String text, int i, int to) {
		if (i >= to) {
			return false;
		}
		int cp = text.codePointAt(i);
		if (i + Character.charCount(cp) > to) {
			return false;
		}
		int type = Character.getType(cp);
		return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
				|| type == Character.OTHER_NUMBER;
	}

	private static boolean isSeparator(char c) {
		return c == ' ' || c == ',' || c == '.';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
