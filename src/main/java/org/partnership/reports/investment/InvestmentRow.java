package org.partnership.reports.investment;

import java.math.BigDecimal;

import org.partnership.reports.period.Period;

/** One accepted investment record: gross FDI flows of a direction between two parties in a period. */
public record InvestmentRow(Period period, String reporter, String partner, String direction, BigDecimal valueUsd) {

	/** Gross direct investment into the reporter from the partner. */
	public static final String INFLOW = "inflow";

	/** Gross direct investment from the reporter into the partner. */
	public static final String OUTFLOW = "outflow";

}
