package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.util.HashMap;
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

	private String sourceFile;

	private long sourceLine;

	private String vintage;

	/** Values in effect of the current detail series, by period. */
	private final PeriodValues series = new PeriodValues();

	/** Flow (reporter, partner, flow) being aggregated, as its TOTAL key. */
	private SeriesKey flow;

	private final Set<String> codesOfFlow = new HashSet<>();

	/** Sums of the top-level codes per HS chapter and period (sorted by period when the flow ends). */
	private final Map<String, Map<Period, BigDecimal>> chapters = new TreeMap<>();

	/** The largest top-level codes of the current flow, per year and year-to-date. */
	private ProductTops tops = new ProductTops();

	DetailAggregation(TradeLedger ledger) {
		this.ledger = ledger;
	}

	/** The next accepted row, from line {@code line} of {@code file}. */
	void accept(SeriesKey key, Period period, BigDecimal value, String file, long line, String vintage) {
		if (key.equals(this.key) && period.equals(this.period)) {
			revise(value, file, line, vintage);
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
		this.sourceFile = file;
		this.sourceLine = line;
		this.vintage = vintage;
	}

	/** Called once after the last row. */
	void finish() {
		endKey();
		endSeries();
		endFlow();
		this.key = null;
	}

	private void revise(BigDecimal newValue, String newFile, long newLine, String newVintage) {
		boolean changed = this.value.compareTo(newValue) != 0;
		if (TradeLedger.compareVintages(newVintage, this.vintage) >= 0) {
			// a newer (or equally labelled, later) row replaces the value in effect
			if (changed) {
				this.ledger.addRevision(new TradeLedger.Revision(this.key, this.period, this.value, newValue,
						label(this.sourceFile, this.sourceLine, this.vintage), label(newFile, newLine, newVintage)));
			}
			this.value = newValue;
			this.sourceFile = newFile;
			this.sourceLine = newLine;
			this.vintage = newVintage;
		}
		else if (changed) {
			// an older vintage read later: the newer value stays in effect, the change is still listed
			this.ledger.addRevision(new TradeLedger.Revision(this.key, this.period, newValue, this.value,
					label(newFile, newLine, newVintage), label(this.sourceFile, this.sourceLine, this.vintage)));
		}
	}

	/** "file:line", with the vintage when the row has one; made only for revisions, not for every row. */
	private static String label(String file, long line, String vintage) {
		String source = file + ":" + line;
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
		PeriodValues s = this.series;
		if (TradeRow.TOTAL.equals(code)) {
			for (int i = 0; i < s.size(); i++) {
				this.ledger.putSupplied(this.key, s.period(i), s.value(i));
			}
		}
		else {
			if (!s.monthsOnly()) {
				// months have no sub-periods to check
				this.ledger.checkSubPeriods(this.key, s.asMap());
			}
			if (isTopLevel(code)) {
				Map<Period, BigDecimal> chapter = this.chapters.computeIfAbsent(code.substring(0, 2), c -> new HashMap<>());
				for (int i = 0; i < s.size(); i++) {
					chapter.merge(s.period(i), s.value(i), BigDecimal::add);
				}
				this.tops.offer(code, s);
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
			new TreeMap<>(chapter.getValue()).forEach((p, v) -> this.ledger.putSupplied(k, p, v));
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
