package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.partnership.reports.period.Period;
import org.partnership.reports.period.PeriodType;

/**
 * The values of one flow of one commodity between two parties, as supplied at mixed granularity
 * (years, quarters, months). Any period is resolved by covering its months with the largest supplied
 * periods that fit inside it, so a year comes from its annual row, else its quarters, else its months,
 * and is marked incomplete when a month is not covered.
 * <p>
 * The ledger holds totals and HS chapters only (commodity detail is summed at import), but with 60
 * partners that is still about 1.4M values at 1M rows, so a series keeps its periods and values in two
 * sorted arrays (binary search, appends in order) rather than a hash map with a sorted copy: some 16
 * bytes a value instead of about 100.
 */
public final class FlowSeries {

	private static final PeriodType[] LARGEST_FIRST = { PeriodType.YEAR, PeriodType.HALF, PeriodType.QUARTER,
			PeriodType.MONTH };

	private Period[] periods = new Period[4];

	private BigDecimal[] amounts = new BigDecimal[4];

	private int size;

	/** Records a supplied value; a later value for the same period replaces the earlier one. */
	public void put(Period period, BigDecimal value) {
		// rows arrive in period order, so the common case is an append
		int at = (this.size > 0 && this.periods[this.size - 1].compareTo(period) < 0) ? -this.size - 1 : indexOf(period);
		if (at >= 0) {
			this.amounts[at] = value;
			return;
		}
		at = -at - 1;
		if (this.size == this.periods.length) {
			this.periods = Arrays.copyOf(this.periods, this.size * 2);
			this.amounts = Arrays.copyOf(this.amounts, this.size * 2);
		}
		System.arraycopy(this.periods, at, this.periods, at + 1, this.size - at);
		System.arraycopy(this.amounts, at, this.amounts, at + 1, this.size - at);
		this.periods[at] = period;
		this.amounts[at] = value;
		this.size++;
	}

	private int indexOf(Period period) {
		return Arrays.binarySearch(this.periods, 0, this.size, period);
	}

	/** The periods that have a supplied value, in order. */
	public List<Period> suppliedPeriods() {
		return List.of(Arrays.copyOf(this.periods, this.size));
	}

	public boolean isEmpty() {
		return this.size == 0;
	}

	/** The supplied value of exactly this period, or {@code null}. */
	public BigDecimal supplied(Period period) {
		int at = indexOf(period);
		return at >= 0 ? this.amounts[at] : null;
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
		int m = month.getMonthValue();
		for (PeriodType type : LARGEST_FIRST) {
			// only periods that start in this month can qualify: skip making the others
			boolean startsHere = switch (type) {
				case YEAR -> m == 1;
				case HALF -> m % 6 == 1;
				case QUARTER -> m % 3 == 1;
				default -> true;
			};
			if (!startsHere) {
				continue;
			}
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
			YearMonth m = this.periods[i].lastMonth();
			if (last == null || m.isAfter(last)) {
				last = m;
			}
		}
		return last;
	}

	/** Whether sub-annual (quarterly or monthly) data exist for the year. */
	public boolean hasSubAnnual(int year) {
		for (int i = 0; i < this.size; i++) {
			Period p = this.periods[i];
			if (p.type() != PeriodType.YEAR && p.year() == year) {
				return true;
			}
		}
		return false;
	}

}
