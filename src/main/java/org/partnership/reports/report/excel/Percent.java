package org.partnership.reports.report.excel;

import java.math.BigDecimal;

/**
 * The model carries percentages as percent values (16.9); Excel formats fractions (0.169) as
 * percentages. Decimal arithmetic keeps 16.9 → 0.169 exact instead of 0.16899999999999998.
 */
final class Percent {

	private Percent() {
	}

	static Double fraction(Double pct) {
		if (pct == null || !Double.isFinite(pct)) {
			return null;
		}
		return BigDecimal.valueOf(pct).movePointLeft(2).doubleValue();
	}

	static Double fraction(BigDecimal pct) {
		return (pct != null) ? pct.movePointLeft(2).doubleValue() : null;
	}

}
