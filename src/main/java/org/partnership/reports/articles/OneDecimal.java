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

	/** {@code "%.1f"}: 16.94 → "16.9", -0.04 → "-0.0". */
	static String of(double value) {
		if (!Double.isFinite(value)) {
			return String.format(Locale.ROOT, "%.1f", value);
		}
		String digits = new BigDecimal(Double.toString(Math.abs(value))).setScale(1, RoundingMode.HALF_UP)
			.toPlainString();
		return (value < 0 || (value == 0 && 1 / value < 0)) ? "-" + digits : digits;
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
