package org.partnership.reports.report.excel;

import java.math.BigDecimal;

/**
 * The model carries percentages as percent values (16.9); Excel formats fractions (0.169) as
 * percentages. Decimal arithmetic keeps 16.9 → 0.169 exact instead of 0.16899999999999998.
 */
final class Percent {

	private Percent() {
	}

	/**
	 * The double nearest to the decimal {@link Double#toString} gives for {@code pct}, divided by 100: the value of
	 * {@code BigDecimal.valueOf(pct).movePointLeft(2).doubleValue()}, both conversions being correctly rounded, read
	 * with the decimal exponent lowered by two instead of through a {@code BigDecimal} (a million cells at 500k
	 * articles).
	 */
	static Double fraction(Double pct) {
		if (pct == null || !Double.isFinite(pct)) {
			return null;
		}
		if (pct == 0) {
			return 0.0; // a BigDecimal has no negative zero
		}
		String decimal = Double.toString(pct);
		int e = decimal.indexOf('E');
		if (e < 0) {
			return Double.parseDouble(decimal + "E-2");
		}
		return Double.parseDouble(decimal.substring(0, e + 1) + (Integer.parseInt(decimal.substring(e + 1)) - 2));
	}

	static Double fraction(BigDecimal pct) {
		return (pct != null) ? pct.movePointLeft(2).doubleValue() : null;
	}

}
