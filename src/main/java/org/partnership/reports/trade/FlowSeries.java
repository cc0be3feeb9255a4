package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
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
 * The ledger holds totals and HS chapters only (commodity detail is summed at import), so a hash
 * map per series is affordable, and resolving a period costs a few lookups rather than a scan.
 */
public final class FlowSeries {

	private static final PeriodType[] LARGEST_FIRST = { PeriodType.YEAR, PeriodType.HALF, PeriodType.QUARTER,
			PeriodType.MONTH };

	private final Map<Period, BigDecimal> values = new HashMap<>();

	/** The supplied periods in order, built on demand and dropped when a period is added. */
	private NavigableSet<Period> sorted;

	/** Records a supplied value; a later value for the same period replaces the earlier one. */
	public void put(Period period, BigDecimal value) {
		if (this.values.put(period, value) == null) {
			this.sorted = null;
		}
	}

	/** The periods that have a supplied value, in order. */
	public NavigableSet<Period> suppliedPeriods() {
		if (this.sorted == null) {
			this.sorted = Collections.unmodifiableNavigableSet(new TreeSet<>(this.values.keySet()));
		}
		return this.sorted;
	}

	public boolean isEmpty() {
		return this.values.isEmpty();
	}

	/** The supplied value of exactly this period, or {@code null}. */
	public BigDecimal supplied(Period period) {
		return this.values.get(period);
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
			if (candidate.firstMonth().equals(month) && within.contains(candidate) && this.values.containsKey(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** The latest month covered by any supplied period, or {@code null}. */
	public YearMonth lastMonth() {
		YearMonth last = null;
		for (Period p : this.values.keySet()) {
			if (last == null || p.lastMonth().isAfter(last)) {
				last = p.lastMonth();
			}
		}
		return last;
	}

	/** Whether sub-annual (quarterly or monthly) data exist for the year. */
	public boolean hasSubAnnual(int year) {
		for (Period p : this.values.keySet()) {
			if (p.type() != PeriodType.YEAR && p.year() == year) {
				return true;
			}
		}
		return false;
	}

}
