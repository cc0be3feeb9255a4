package org.partnership.reports.report;

import org.partnership.reports.period.Period;

/**
 * The headline panel of one reporter–partner pair for one period, with its comparison period.
 * Amounts are in US dollars. {@code comparisonComplete} is false when the comparison period has
 * missing months: the YoY values are then {@code null}.
 * {@code partnerSharePct} is the partner's share of the reporter's trade with the world
 * (turnover), when the feed carries world totals; otherwise {@code null}.
 */
public record KeyFigures(Period period, Period comparison, boolean complete, boolean comparisonComplete,
		Figure exports, Figure imports, Figure turnover, Figure balance, Double coverageRatioPct,
		Double partnerSharePct) {

}
