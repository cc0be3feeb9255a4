package org.partnership.reports.trade;

import java.math.BigDecimal;

import org.partnership.reports.period.Period;

/** One accepted trade record: the value of one flow of one commodity between two parties in a period. */
public record TradeRow(Period period, String reporter, String partner, Flow flow, String commodity, BigDecimal valueUsd) {

	/** Commodity code of a total over all goods. */
	public static final String TOTAL = "TOTAL";

}
