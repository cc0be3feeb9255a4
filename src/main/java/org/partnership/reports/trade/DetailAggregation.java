package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.partnership.reports.period.Period;

/**
 * Turns the accepted detail rows, presented in key order (reporter, partner, flow, commodity,
 * period; rows of the same key in input order), into the series the reports use, in one pass and
 * with memory for one flow at a time:
 * <ol>
 * <li>revisions: of several rows with the same key the highest vintage wins, else the later row, and
 * every change is recorded with its old and new value and where each came from;</li>
 * <li>commodity hierarchy: a code is kept only when no shorter code of the same flow is its prefix
 * (ancestors sort first, so they are known when a code arrives), so a heading is never added to
 * its own subheadings;</li>
 * <li>chapters: the top-level codes are summed per HS chapter and period; totals ({@code TOTAL}) pass
 * through unchanged;</li>
 * <li>top products: each top-level code is offered, with its previous-year values, to a bounded
 * {@link ProductTops} of its flow, so the finest-level top 10 never needs every code in memory.</li>
 * </ol>
 */
final class DetailAggregation {

	private final TradeLedger ledger;

	private SeriesKey key;

	private Period period;

	private BigDecimal value;

	private String source;

	private String vintage;

	/** Values in effect of the current detail series, by period. */
	private final TreeMap<Period, BigDecimal> series = new TreeMap<>();

	/** Flow (reporter, partner, flow) being aggregated, as its TOTAL key. */
	private SeriesKey flow;

	private final Set<String> codesOfFlow = new HashSet<>();

	private final Map<String, Map<Period, BigDecimal>> chapters = new TreeMap<>();

	/** The largest top-level codes of the current flow, per year and year-to-date. */
	private ProductTops tops = new ProductTops();

	DetailAggregation(TradeLedger ledger) {
		this.ledger = ledger;
	}

	/** The next accepted row; {@code source} is "file:line". */
	void accept(SeriesKey key, Period period, BigDecimal value, String source, String vintage) {
		if (key.equals(this.key) && period.equals(this.period)) {
			revise(value, source, vintage);
			return;
		}
		endKey();
		if (!key.equals(this.key)) {
			endSeries();
			if (!key.total().equals(this.flow)) {
				endFlow();
				this.flow = key.total();
			}
			this.key = key;
		}
		this.period = period;
		this.value = value;
		this.source = source;
		this.vintage = vintage;
	}

	/** Called once after the last row. */
	void finish() {
		endKey();
		endSeries();
		endFlow();
		this.key = null;
	}

	private void revise(BigDecimal newValue, String newSource, String newVintage) {
		boolean changed = this.value.compareTo(newValue) != 0;
		if (TradeLedger.compareVintages(newVintage, this.vintage) >= 0) {
			// a newer (or equally labelled, later) row replaces the value in effect
			if (changed) {
				this.ledger.addRevision(new TradeLedger.Revision(this.key, this.period, this.value, newValue,
						label(this.source, this.vintage), label(newSource, newVintage)));
			}
			this.value = newValue;
			this.source = newSource;
			this.vintage = newVintage;
		}
		else if (changed) {
			// an older vintage read later: the newer value stays in effect, the change is still listed
			this.ledger.addRevision(new TradeLedger.Revision(this.key, this.period, newValue, this.value,
					label(newSource, newVintage), label(this.source, this.vintage)));
		}
	}

	private static String label(String source, String vintage) {
		return vintage == null ? source : source + " (vintage " + vintage + ")";
	}

	private void endKey() {
		if (this.period != null) {
			this.series.put(this.period, this.value);
			this.period = null;
		}
	}

	private void endSeries() {
		if (this.series.isEmpty()) {
			return;
		}
		String code = this.key.commodity();
		if (TradeRow.TOTAL.equals(code)) {
			this.series.forEach((p, v) -> this.ledger.putSupplied(this.key, p, v));
		}
		else {
			this.ledger.checkSubPeriods(this.key, this.series);
			if (isTopLevel(code)) {
				Map<Period, BigDecimal> chapter = this.chapters.computeIfAbsent(code.substring(0, 2), c -> new TreeMap<>());
				this.series.forEach((p, v) -> chapter.merge(p, v, BigDecimal::add));
				this.tops.offer(code, this.series);
			}
			this.codesOfFlow.add(code);
		}
		this.series.clear();
	}

	private boolean isTopLevel(String code) {
		for (int len = 2; len < code.length(); len++) {
			if (this.codesOfFlow.contains(code.substring(0, len))) {
				return false;
			}
		}
		return true;
	}

	private void endFlow() {
		if (this.flow == null) {
			return;
		}
		for (Map.Entry<String, Map<Period, BigDecimal>> chapter : this.chapters.entrySet()) {
			SeriesKey k = new SeriesKey(this.flow.reporter(), this.flow.partner(), this.flow.flow(), chapter.getKey());
			chapter.getValue().forEach((p, v) -> this.ledger.putSupplied(k, p, v));
		}
		if (!this.chapters.isEmpty()) {
			this.ledger.putProductTops(this.flow, this.tops.ranked());
		}
		this.tops = new ProductTops();
		this.chapters.clear();
		this.codesOfFlow.clear();
		this.flow = null;
	}

}
