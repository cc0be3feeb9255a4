package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

import org.partnership.reports.period.Period;
import org.partnership.reports.period.PeriodType;

/**
 * The largest products of one flow at the finest level the feed carries, collected while the merge
 * streams the commodity series in key order, so memory holds {@value #LIMIT} candidates per period
 * and flow, never every code × year.
 * <p>
 * When the series of a top-level code (no shorter code of the same flow is its prefix) ends, its
 * value in every calendar year it has data for, and — in its last year — in every year-to-date
 * (January to month m, m = 1…11), is offered with its value in the same period one year earlier.
 * A code keeps, for each such period, the sum of its supplied pieces inside the period and the months
 * where it has <em>no row at all</em>: whether those count as zero (the flow has commodity detail that
 * month) or leave the value incomplete (no detail) is decided once the whole flow is known
 * ({@link PairAnalysis}). A month covered only by a row that straddles the period's edge (a quarter
 * across a year-to-date) makes the value incomplete.
 */
public final class ProductTops {

	/** Products kept per flow and period. */
	public static final int LIMIT = 10;

	/** Larger value first, ties by code: the ranking order. */
	static final Comparator<Top> RANKING = Comparator.comparing((Top t) -> t.value().value())
		.reversed()
		.thenComparing(Top::code);

	/**
	 * A code's value in a period: the sum of its supplied pieces inside the period, the months where
	 * the code has no row (bit i = the period's month i), and whether some month is covered only by a
	 * row across the period's edge (then the value is incomplete whatever the rest of the flow says).
	 */
	public record Part(BigDecimal value, int absentMonths, boolean straddled) {
	}

	/** A candidate: a code, its value in the period and in the same period a year earlier ({@code null} if none). */
	public record Top(String code, Part value, Part previous) {
	}

	private final Map<Period, PriorityQueue<Top>> heaps = new HashMap<>();

	private int lastYear = Integer.MIN_VALUE;

	/** Offers a top-level code's series (periods in order) to the tops of its flow. */
	void offer(String code, TreeMap<Period, BigDecimal> series) {
		TreeSet<Integer> years = new TreeSet<>();
		boolean subAnnualInLast = false;
		boolean monthsOnly = true;
		for (Period p : series.keySet()) {
			years.add(p.year());
			monthsOnly &= p.type() == PeriodType.MONTH;
		}
		int last = years.last();
		for (Period p : series.keySet()) {
			subAnnualInLast |= p.year() == last && p.type() != PeriodType.YEAR;
		}
		// monthly series (the usual shape of an HS6 feed) are summed from one array per year, the rest
		// piece by piece as FlowSeries resolves them
		Months months = monthsOnly ? new Months(series, years.first() - 1, last) : null;
		for (int y : years) {
			add(code, series, months, Period.year(y));
		}
		if (subAnnualInLast) {
			for (int m = 1; m <= 11; m++) {
				add(code, series, months, Period.yearToDate(last, m));
			}
		}
		this.lastYear = Math.max(this.lastYear, last);
	}

	private void add(String code, Map<Period, BigDecimal> series, Months months, Period period) {
		Part now = months != null ? months.part(period) : part(series, period);
		if (now == null) {
			return;
		}
		Period base = period.previousYear();
		Top top = new Top(code, now, months != null ? months.part(base) : part(series, base));
		PriorityQueue<Top> heap = this.heaps.computeIfAbsent(period,
				p -> new PriorityQueue<>(LIMIT + 1, RANKING.reversed()));
		if (heap.size() < LIMIT) {
			heap.add(top);
		}
		else if (RANKING.compare(top, heap.peek()) < 0) {
			heap.poll();
			heap.add(top);
		}
	}

	/**
	 * The ranked tops of the flow by period: every calendar year, and the year-to-date periods of the
	 * flow's last year with commodity detail only (a code offers year-to-date values for its own last
	 * year, so only in the flow's last year are they offered by every code that has them).
	 */
	Map<Period, List<Top>> ranked() {
		Map<Period, List<Top>> ranked = new TreeMap<>();
		this.heaps.forEach((period, heap) -> {
			if (period.type() == PeriodType.YEAR || period.year() == this.lastYear) {
				List<Top> list = new ArrayList<>(heap);
				list.sort(RANKING);
				ranked.put(period, List.copyOf(list));
			}
		});
		return ranked;
	}

	/** A series of months only, by year and month: the value of a year or a year-to-date is a plain sum. */
	static final class Months {

		private final int firstYear;

		private final BigDecimal[][] values;

		Months(Map<Period, BigDecimal> series, int firstYear, int lastYear) {
			this.firstYear = firstYear;
			this.values = new BigDecimal[lastYear - firstYear + 1][12];
			series.forEach((p, v) -> this.values[p.year() - firstYear][p.firstMonth().getMonthValue() - 1] = v);
		}

		/** The same as {@link ProductTops#part} for a year or a year-to-date. */
		Part part(Period period) {
			int i = period.year() - this.firstYear;
			if (i < 0 || i >= this.values.length) {
				return null;
			}
			BigDecimal sum = BigDecimal.ZERO;
			boolean any = false;
			int absent = 0;
			for (int m = 0; m < period.months(); m++) {
				BigDecimal v = this.values[i][m];
				if (v == null) {
					absent |= 1 << m;
				}
				else {
					sum = sum.add(v);
					any = true;
				}
			}
			return any ? new Part(sum, absent, false) : null;
		}

	}

	/**
	 * The value of a code in a period, or {@code null} when the code has no supplied piece inside it.
	 * Pieces are chosen as {@link FlowSeries#resolve} does: the largest supplied period starting at
	 * each month and lying inside {@code period}.
	 */
	static Part part(Map<Period, BigDecimal> series, Period period) {
		BigDecimal direct = series.get(period);
		if (direct != null) {
			return new Part(direct, 0, false);
		}
		BigDecimal sum = BigDecimal.ZERO;
		boolean any = false;
		int absent = 0;
		boolean straddled = false;
		List<YearMonth> months = period.monthList();
		for (int i = 0; i < months.size();) {
			YearMonth month = months.get(i);
			Period piece = largestStartingAt(series, month, period);
			if (piece != null) {
				sum = sum.add(series.get(piece));
				any = true;
				i += piece.months();
				continue;
			}
			if (coveredAtAll(series, month)) {
				straddled = true;
			}
			else {
				absent |= 1 << i;
			}
			i++;
		}
		return any ? new Part(sum, absent, straddled) : null;
	}

	private static Period largestStartingAt(Map<Period, BigDecimal> series, YearMonth month, Period within) {
		for (Period candidate : containing(month)) {
			if (candidate.firstMonth().equals(month) && within.contains(candidate) && series.containsKey(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private static boolean coveredAtAll(Map<Period, BigDecimal> series, YearMonth month) {
		for (Period candidate : containing(month)) {
			if (series.containsKey(candidate)) {
				return true;
			}
		}
		return false;
	}

	/** The supplied-period kinds that can hold a month, largest first. */
	private static Period[] containing(YearMonth month) {
		int y = month.getYear();
		int m = month.getMonthValue();
		return new Period[] { Period.year(y), Period.half(y, (m - 1) / 6 + 1), Period.quarter(y, (m - 1) / 3 + 1),
				Period.month(month) };
	}

}
