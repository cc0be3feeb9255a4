package org.partnership.reports.trade;

/**
 * The amounts of a machine-written feed read straight from the bytes into an unscaled long and a
 * scale, exactly as {@code new BigDecimal(text)} would give them: digits, optionally a point and one
 * or two decimals, at most 16 digits in all (so the value fits and is never implausibly large).
 * Anything else (a sign, an exponent, separators, spaces, more decimals, an empty field) is left to
 * {@link LayoutRowParser#amount}, which accepts or rejects it with its reason.
 */
final class PlainAmount {

	/** Returned for text this fast path does not read. */
	static final long NOT_PLAIN = -1;

	private static final int MAX_DIGITS = 16;

	private PlainAmount() {
	}

	/**
	 * The amount in {@code bytes[from, to)} packed as {@code unscaled * 4 + scale}, or
	 * {@link #NOT_PLAIN}.
	 */
	static long parse(byte[] bytes, int from, int to) {
		long unscaled = 0;
		int digits = 0;
		int point = -1;
		for (int i = from; i < to; i++) {
			int d = bytes[i] - '0';
			if (d >= 0 && d <= 9) {
				unscaled = unscaled * 10 + d;
				digits++;
			}
			else if (bytes[i] == '.' && point < 0) {
				point = i;
			}
			else {
				return NOT_PLAIN;
			}
		}
		int scale = point < 0 ? 0 : to - point - 1;
		if (digits == 0 || digits > MAX_DIGITS || point == from || scale == 0 && point >= 0 || scale > 2) {
			return NOT_PLAIN;
		}
		return unscaled * 4 + scale;
	}

	static long unscaled(long packed) {
		return packed >>> 2;
	}

	static int scale(long packed) {
		return (int) (packed & 3);
	}

}
