package org.partnership.reports.trade;

import java.util.Objects;

/** Identifies one series: a flow of one commodity between a reporter and a partner. */
public record SeriesKey(String reporter, String partner, Flow flow, String commodity) {

	public SeriesKey total() {
		return new SeriesKey(this.reporter, this.partner, this.flow, TradeRow.TOTAL);
	}

	/**
	 * Written out, the commodity first (where keys of one pair differ): the merge compares keys for every
	 * row of ten million, and a record's generated equals goes through method handles.
	 */
	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof SeriesKey k && Objects.equals(this.commodity, k.commodity)
				&& this.flow == k.flow && Objects.equals(this.partner, k.partner)
				&& Objects.equals(this.reporter, k.reporter));
	}

	/** The record's own hash, written out for the same reason. */
	@Override
	public int hashCode() {
		int h = Objects.hashCode(this.reporter);
		h = h * 31 + Objects.hashCode(this.partner);
		h = h * 31 + Objects.hashCode(this.flow);
		return h * 31 + Objects.hashCode(this.commodity);
	}

}
