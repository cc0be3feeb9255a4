package org.partnership.reports.investment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.partnership.reports.period.Period;
import org.partnership.reports.report.IndicatorRow;
import org.partnership.reports.trade.Amount;
import org.partnership.reports.trade.FlowSeries;
import org.partnership.reports.trade.TradeFormulas;

/**
 * Gross FDI flows per pair and direction, resolved per period like trade (a year from its annual
 * row, quarters or months), with cumulative sums over a span. A cumulative sum is only given when
 * every month of the span is covered: a gap would make it an understatement.
 */
public final class InvestmentLedger {

	private final Map<String, FlowSeries> series = new TreeMap<>();

	public void add(InvestmentRow row) {
		this.series.computeIfAbsent(key(row.reporter(), row.partner(), row.direction()), k -> new FlowSeries())
			.put(row.period(), row.valueUsd());
	}

	private static String key(String reporter, String partner, String direction) {
		return reporter + "|" + partner + "|" + direction;
	}

	/** The flow of a period, or {@code null} when the feed has nothing for it. */
	public Amount flow(String reporter, String partner, String direction, Period period) {
		FlowSeries s = this.series.get(key(reporter, partner, direction));
		return s == null ? null : s.resolve(period);
	}

	/**
	 * Sum over the span from the start of {@code first} to the end of {@code last} (e.g. 2005 through
	 * January–September 2024), or {@code null} when a month of the span is not covered.
	 */
	public BigDecimal cumulative(String reporter, String partner, String direction, Period first, Period last) {
		FlowSeries s = this.series.get(key(reporter, partner, direction));
		if (s == null || last.lastMonth().isBefore(first.firstMonth())) {
			return null;
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (int year = first.firstMonth().getYear(); year <= last.lastMonth().getYear(); year++) {
			Period piece = Period.year(year);
			if (year == last.lastMonth().getYear() && last.lastMonth().getMonthValue() < 12) {
				piece = Period.yearToDate(year, last.lastMonth().getMonthValue());
			}
			Amount a = s.resolve(piece);
			if (a == null || !a.complete()) {
				return null;
			}
			sum = sum.add(a.value());
		}
		return sum;
	}

	/** Annual indicator rows per pair: inflow, outflow, their YoY and the inflow cumulated since the first year. */
	public List<IndicatorRow> indicators() {
		List<IndicatorRow> rows = new ArrayList<>();
		this.series.forEach((key, s) -> {
			String[] k = key.split("\\|");
			String prefix = InvestmentRow.INFLOW.equals(k[2]) ? "FDI_INFLOW" : "FDI_OUTFLOW";
			int first = s.suppliedPeriods().get(0).firstMonth().getYear();
			int last = s.lastMonth().getYear();
			for (int y = first; y <= last; y++) {
				Period year = Period.year(y);
				Amount a = s.resolve(year);
				if (a == null) {
					continue;
				}
				Amount prev = s.resolve(year.previousYear());
				rows.add(new IndicatorRow(k[0], k[1], year, a.complete(), prefix, a.value(), "USD"));
				if (a.complete() && prev != null && prev.complete()) {
					rows.add(new IndicatorRow(k[0], k[1], year, true, prefix + "_YOY",
							pct(TradeFormulas.growthPct(a.value(), prev.value())), "PCT"));
				}
				BigDecimal cumulative = cumulative(k[0], k[1], k[2], Period.year(first), year);
				if (cumulative != null && a.complete()) {
					rows.add(new IndicatorRow(k[0], k[1], year, true, prefix + "_CUMULATIVE_SINCE_" + first, cumulative,
							"USD"));
				}
			}
			if (s.lastMonth().getMonthValue() < 12 && s.hasSubAnnual(last)) {
				Period ytd = Period.yearToDate(last, s.lastMonth().getMonthValue());
				BigDecimal cumulative = cumulative(k[0], k[1], k[2], Period.year(first), ytd);
				if (cumulative != null) {
					rows.add(new IndicatorRow(k[0], k[1], ytd, true, prefix + "_CUMULATIVE_SINCE_" + first, cumulative,
							"USD"));
				}
			}
		});
		return rows;
	}

	private static BigDecimal pct(Double value) {
		return value == null ? null : BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_EVEN);
	}

}
