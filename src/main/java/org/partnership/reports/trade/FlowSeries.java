package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.partnership.reports.period.Period;
import org.partnership.reports.period.PeriodType;

/**
 * The values of one flow of one commodity between two parties, as supplied at mixed granularity
 * (years, quarters, months). Any period is resolved by covering its months with the largest supplied
 * periods that fit inside it, so a year comes from its annual row, else its quarters, else its months,
 * and is marked incomplete when a month is not covered.
 * <p>
 * Stored as two small parallel arrays: a feed with HS6 detail has hundreds of thousands of series of
 * a few periods each, so per-series maps would dominate the heap.
 */
public final class FlowSeries {

	private static final PeriodType[] LARGEST_FIRST = { PeriodType.YEAR, PeriodType.HALF, PeriodType.QUARTER,
			PeriodType.MONTH };

	private Period[] periods = new Period[2];

	private BigDecimal[] values = new BigDecimal[2];

	private int size;

	/** Records a supplied value; a later value for the same period replaces the earlier one. */
	public void put(Period period, BigDecimal value) {
		int i = indexOf(period);
		if (i >= 0) {
			this.values[i] = value;
			return;
		}
		if (this.size == this.periods.length) {
			this.periods = Arrays.copyOf(this.periods, this.size * 2);
			this.values = Arrays.copyOf(this.values, this.size * 2);
		}
		this.periods[this.size] = period;
		this.values[this.size] = value;
		this.size++;
	}

	/** The periods that have a supplied value, in order. */
	public NavigableSet<Period> suppliedPeriods() {
		TreeSet<Period> set = new TreeSet<>();
		for (int i = 0; i < this.size; i++) {
			set.add(this.periods[i]);
		}
		return Collections.unmodifiableNavigableSet(set);
	}

	public boolean isEmpty() {
		return this.size == 0;
	}

	/** The supplied value of exactly this period, or {@code null}. */
	public BigDecimal supplied(Period period) {
		int i = indexOf(period);
		return i < 0 ? null : this.values[i];
	}

	private int indexOf(Period period) {
		for (int i = 0; i < this.size; i++) {
			if (this.periods[i].equals(period)) {
				return i;
			}
		}
		return -1;
	}

	/** Resolves any period from the supplied data, or returns {@code null} when nothing covers it. */
	public Amount resolve(Period period) {
		BigDecimal direct = supplied(period);
		if (direct != null) {
			return new Amount(direct, true);
		}
		BigDecimal sum = BigDecimal.ZERO;
		boolean complete = true;
		boolean any = false;
		YearMonth month = period.firstMonth();
		while (!month.isAfter(period.lastMonth())) {
			Period piece = largestSuppliedStartingAt(month, period);
			if (piece == null) {
				complete = false;
				month = month.plusMonths(1);
				continue;
			}
			sum = sum.add(supplied(piece));
			any = true;
			month = piece.lastMonth().plusMonths(1);
		}
		return any ? new Amount(sum, complete) : null;
	}

	private Period largestSuppliedStartingAt(YearMonth month, Period within) {
		for (PeriodType type : LARGEST_FIRST) {
			Period candidate = switch (type) {
				case YEAR -> Period.year(month.getYear());
				case HALF -> Period.half(month.getYear(), (month.getMonthValue() - 1) / 6 + 1);
				case QUARTER -> Period.quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
				default -> Period.month(month);
			};
			if (candidate.firstMonth().equals(month) && within.contains(candidate) && indexOf(candidate) >= 0) {
				return candidate;
			}
		}
		return null;
	}

	/** The latest month covered by any supplied period, or {@code null}. */
	public YearMonth lastMonth() {
		YearMonth last = null;
		for (int i = 0; i < this.size; i++) {
			if (last == null || this.periods[i].lastMonth().isAfter(last)) {
				last = this.periods[i].lastMonth();
			}
		}
		return last;
	}

	/** Whether sub-annual (quarterly or monthly) data exist for the year. */
	public boolean hasSubAnnual(int year) {
		for (int i = 0; i < this.size; i++) {
			if (this.periods[i].type() != PeriodType.YEAR && this.periods[i].year() == year) {
				return true;
			}
		}
		return false;
	}

}
