package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

	/**
	 * Per year, the lists of the calendar year (index 0) and of its year-to-date periods January to
	 * month m (index m, 1–11), each holding the {@value #LIMIT} largest so far.
	 */
	private final Map<Integer, Best[]> best = new HashMap<>();

	/** The last year asked for and its lists: a code's periods come year by year. */
	private int cachedYear = Integer.MIN_VALUE;

	private Best[] cached;

	private int lastYear = Integer.MIN_VALUE;

	/** Offers a top-level code's series (periods in order) to the tops of its flow. */
	void offer(String code, PeriodValues series) {
		int first = series.period(0).year();
		int last = first;
		boolean subAnnualInLast = false;
		for (int i = 0; i < series.size(); i++) {
			Period p = series.period(i);
			first = Math.min(first, p.year());
			last = Math.max(last, p.year());
		}
		for (int i = 0; i < series.size(); i++) {
			Period p = series.period(i);
			subAnnualInLast |= p.year() == last && p.type() != PeriodType.YEAR;
		}
		// monthly series (the usual shape of an HS6 feed) are summed from one array per year, the rest
		// piece by piece as FlowSeries resolves them
		Months months = series.monthsOnly() ? new Months(series, first - 1, last) : null;
		Map<Period, BigDecimal> map = months == null ? series.asMap() : null;
		boolean[] years = new boolean[last - first + 1];
		for (int i = 0; i < series.size(); i++) {
			years[series.period(i).year() - first] = true;
		}
		for (int y = first; y <= last; y++) {
			if (years[y - first]) {
				add(code, map, months, Period.year(y), 0);
			}
		}
		if (subAnnualInLast) {
			for (int m = 1; m <= 11; m++) {
				add(code, map, months, Period.yearToDate(last, m), m);
			}
		}
		this.lastYear = Math.max(this.lastYear, last);
	}

	/** Offers the code's value in {@code period} (a year, or the year-to-date to month {@code slot}). */
	private void add(String code, Map<Period, BigDecimal> series, Months months, Period period, int slot) {
		Part now = months != null ? months.part(period) : part(series, period);
		if (now == null) {
			return;
		}
		Best list = best(period.year(), slot);
		// the value in the year before is worked out only for a code that makes the list
		if (list.full() && !outranks(code, now, list.last())) {
			return;
		}
		Period base = period.previousYear();
		list.add(new Top(code, now, months != null ? months.part(base) : part(series, base)));
	}

	/** Whether a code with value {@code now} ranks before {@code other}: larger value first, ties by code. */
	private static boolean outranks(String code, Part now, Top other) {
		int c = now.value().compareTo(other.value().value());
		return c > 0 || c == 0 && code.compareTo(other.code()) < 0;
	}

	private Best best(int year, int slot) {
		if (year != this.cachedYear) {
			this.cached = this.best.computeIfAbsent(year, y -> new Best[12]);
			this.cachedYear = year;
		}
		Best list = this.cached[slot];
		if (list == null) {
			list = new Best();
			this.cached[slot] = list;
		}
		return list;
	}

	/**
	 * The {@value #LIMIT} best candidates of one period so far, in ranking order: a sorted array, since a
	 * candidate is compared with the last one kept far more often than it enters.
	 */
	private static final class Best {

		private final Top[] tops = new Top[LIMIT];

		private int size;

		boolean full() {
			return this.size == LIMIT;
		}

		/** The last one kept (the first to go). */
		Top last() {
			return this.tops[this.size - 1];
		}

		/** Inserts {@code top}, which outranks the last one when the list is full, dropping that one. */
		void add(Top top) {
			int at = this.size == LIMIT ? LIMIT - 1 : this.size++;
			while (at > 0 && outranks(top.code(), top.value(), this.tops[at - 1])) {
				this.tops[at] = this.tops[at - 1];
				at--;
			}
			this.tops[at] = top;
		}

		List<Top> ranked() {
			return List.of(java.util.Arrays.copyOf(this.tops, this.size));
		}

	}

	/**
	 * The ranked tops of the flow by period: every calendar year, and the year-to-date periods of the
	 * flow's last year with commodity detail only (a code offers year-to-date values for its own last
	 * year, so only in the flow's last year are they offered by every code that has them).
	 */
	Map<Period, List<Top>> ranked() {
		Map<Period, List<Top>> ranked = new TreeMap<>();
		this.best.forEach((year, ofYear) -> {
			for (int slot = 0; slot < ofYear.length; slot++) {
				Best list = ofYear[slot];
				if (list != null && (slot == 0 || year == this.lastYear)) {
					ranked.put(slot == 0 ? Period.year(year) : Period.yearToDate(year, slot), list.ranked());
				}
			}
		});
		return ranked;
	}

	/**
	 * A series of months only, by year and month: the value of a year or a year-to-date is a running
	 * sum, added up once per year in the same order as {@link ProductTops#part} adds the months.
	 */
	static final class Months {

		private final int firstYear;

		/** Per year: the sum of months 1..m at index m (null when none of them has a value). */
		private final BigDecimal[][] sums;

		/** Per year: bit i set when month i+1 has no value. */
		private final int[] absent;

		Months(Map<Period, BigDecimal> series, int firstYear, int lastYear) {
			this(firstYear, lastYear);
			series.forEach(this::set);
			sumUp();
		}

		Months(PeriodValues series, int firstYear, int lastYear) {
			this(firstYear, lastYear);
			for (int i = 0; i < series.size(); i++) {
				set(series.period(i), series.value(i));
			}
			sumUp();
		}

		private Months(int firstYear, int lastYear) {
			this.firstYear = firstYear;
			this.sums = new BigDecimal[lastYear - firstYear + 1][];
			this.absent = new int[lastYear - firstYear + 1];
			java.util.Arrays.fill(this.absent, (1 << 12) - 1);
		}

		/** Stores a month's value at index m (its running sum comes later). */
		private void set(Period month, BigDecimal value) {
			int y = month.year() - this.firstYear;
			int m = month.firstMonth().getMonthValue();
			if (this.sums[y] == null) {
				this.sums[y] = new BigDecimal[13];
			}
			this.sums[y][m] = value;
			this.absent[y] &= ~(1 << (m - 1));
		}

		private void sumUp() {
			for (BigDecimal[] year : this.sums) {
				if (year == null) {
					continue;
				}
				BigDecimal sum = null;
				for (int m = 1; m <= 12; m++) {
					if (year[m] != null) {
						sum = (sum == null ? BigDecimal.ZERO : sum).add(year[m]);
					}
					year[m] = sum;
				}
			}
		}

		/** The same as {@link ProductTops#part} for a year or a year-to-date. */
		Part part(Period period) {
			int i = period.year() - this.firstYear;
			if (i < 0 || i >= this.sums.length || this.sums[i] == null) {
				return null;
			}
			int months = period.months();
			BigDecimal sum = this.sums[i][months];
			return sum == null ? null : new Part(sum, this.absent[i] & ((1 << months) - 1), false);
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
