package org.partnership.reports.report;

import java.math.BigDecimal;

import org.partnership.reports.period.Period;

/**
 * One commodity (HS chapter, or a code at the finest level the feed carries) of one flow in one period: value in USD, share of the flow
 * total (%), year-on-year change (%) and contribution to the flow's growth (percentage points).
 */
public record ProductRow(Period period, String flow, String code, String name, int rank, BigDecimal value,
		Double sharePct, Double yoyPct, Double contributionPp) {

}
