package org.partnership.reports.trade;

/** Identifies one series: a flow of one commodity between a reporter and a partner. */
public record SeriesKey(String reporter, String partner, Flow flow, String commodity) {

	public SeriesKey total() {
		return new SeriesKey(this.reporter, this.partner, this.flow, TradeRow.TOTAL);
	}

}
