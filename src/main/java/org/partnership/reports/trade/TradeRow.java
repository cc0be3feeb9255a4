package org.partnership.reports.trade;

import java.math.BigDecimal;

import org.partnership.reports.period.Period;

/**
 * One accepted trade record: the value of one flow of one commodity between two parties in a period.
 * {@code vintage} is the optional release label of the row (an ISO date or any text that sorts);
 * {@code null} when the feed has none.
 */
public record TradeRow(Period period, String reporter, String partner, Flow flow, String commodity, BigDecimal valueUsd,
		String vintage) {

	/** Commodity code of a total over all goods. */
	public static final String TOTAL = "TOTAL";

	/** A row without a vintage. */
	public TradeRow(Period period, String reporter, String partner, Flow flow, String commodity, BigDecimal valueUsd) {
		this(period, reporter, partner, flow, commodity, valueUsd, null);
	}

	/** The same row with a vintage. */
	public TradeRow withVintage(String label) {
		return new TradeRow(this.period, this.reporter, this.partner, this.flow, this.commodity, this.valueUsd, label);
	}

}
