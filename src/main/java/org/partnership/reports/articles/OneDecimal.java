package org.partnership.reports.articles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A double with one decimal, exactly as {@code String.format(Locale.ROOT, "%.1f")} (and {@code "%+.1f"}) writes
 * it: the shortest decimal that reads back as the double, rounded half up. The reports write a note or a
 * figure this way for every quoted figure, millions a night; {@code String.format} parses its pattern each
 * time and was the largest cost of reconciling them.
 */
final class OneDecimal {

	private OneDecimal() {
	}

	/**
	 * Below this magnitude a value is rounded by arithmetic when no rounding boundary (a twentieth) lies within
	 * {@link #MARGIN} tenths of it: the shortest decimal is within half a unit in the last place of the
	 * double (under 10^-10 here), so it rounds the same way. Nearer a boundary the digits decide.
	 */
	private static final double FAST_BELOW = 1e6;

	private static final double MARGIN = 1e-6;

	/** {@code "%.1f"}: 16.94 → "16.9", -0.04 → "-0.0". */
	static String of(double value) {
		if (!Double.isFinite(value)) {
			return String.format(Locale.ROOT, "%.1f", value);
		}
		boolean negative = value < 0 || (value == 0 && 1 / value < 0);
		double tenths = Math.abs(value) * 10;
		if (tenths < FAST_BELOW * 10) {
			double whole = Math.floor(tenths);
			double fraction = tenths - whole;
			if (Math.abs(fraction - 0.5) > MARGIN) {
				long rounded = (long) whole + (fraction > 0.5 ? 1 : 0);
				return (negative ? "-" : "") + (rounded / 10) + "." + (rounded % 10);
			}
		}
		String shortest = Double.toString(Math.abs(value));
		String digits = shortest.indexOf('E') < 0 ? rounded(shortest)
				: new BigDecimal(shortest).setScale(1, RoundingMode.HALF_UP).toPlainString();
		return negative ? "-" + digits : digits;
	}

	/**
	 * A plain decimal "I.F" rounded half up to one decimal, by its digits: half up looks at the first digit
	 * dropped only, so no {@code BigDecimal} is needed (the reports round millions of notes a night).
	 */
	private static String rounded(String plain) {
		int point = plain.indexOf('.');
		if (plain.length() - point <= 2) {
			return plain; // "16.0", "16.9": one decimal already
		}
		char[] kept = new char[point + 2]; // the integer digits, the point and one decimal
		plain.getChars(0, point + 2, kept, 0);
		if (plain.charAt(point + 2) < '5') {
			return new String(kept);
		}
		for (int i = kept.length - 1; i >= 0; i--) {
			if (kept[i] == '.') {
				continue;
			}
			if (kept[i] < '9') {
				kept[i]++;
				return new String(kept);
			}
			kept[i] = '0';
		}
		return "1" + new String(kept); // 99.96 -> "100.0"
	}

	/** {@code "%+.1f"}: 16.94 → "+16.9", 0 → "+0.0", -2.25 → "-2.3". */
	static String signed(double value) {
		if (!Double.isFinite(value)) {
			return String.format(Locale.ROOT, "%+.1f", value);
		}
		String text = of(value);
		return text.startsWith("-") ? text : "+" + text;
	}

}
