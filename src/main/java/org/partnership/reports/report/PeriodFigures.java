package org.partnership.reports.report;

import java.math.BigDecimal;

import org.partnership.reports.period.Period;

/**
 * Exports and imports of a pair in one period, with derived turnover and balance. {@code complete}
 * is false when months are missing. Amounts in US dollars; {@code null} = no data.
 */
public record PeriodFigures(Period period, boolean complete, BigDecimal exports, BigDecimal imports, Double exportsYoyPct,
		Double importsYoyPct, Double turnoverYoyPct) {

	public BigDecimal turnover() {
		return (this.exports == null || this.imports == null) ? null : this.exports.add(this.imports);
	}

	public BigDecimal balance() {
		return (this.exports == null || this.imports == null) ? null : this.exports.subtract(this.imports);
	}

}
