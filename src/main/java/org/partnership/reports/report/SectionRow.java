package org.partnership.reports.report;

import java.math.BigDecimal;

import org.partnership.reports.period.Period;

/**
 * One HS section of one flow in one year: value in USD, share of the flow total (%), year-on-year
 * change (%) and contribution to the flow's growth (percentage points). Besides the sections
 * ({@code I}…{@code XXI}, {@code OTHER}) a year may carry {@link #UNALLOCATED} (the flow total minus
 * its chapters, when they differ) and always ends with {@link #TOTAL} (the flow, whose contribution
 * is its growth), so that the contributions of a year add up to the total's.
 */
public record SectionRow(Period period, String flow, String code, String chapters, String name, BigDecimal value,
		Double sharePct, Double yoyPct, Double contributionPp) {

	/** The part of the flow total that no chapter row accounts for. */
	public static final String UNALLOCATED = "UNALLOCATED";

	/** The flow total. */
	public static final String TOTAL = "TOTAL";

}
