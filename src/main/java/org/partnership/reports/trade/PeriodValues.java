package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.TreeMap;

import org.partnership.reports.period.Period;
import org.partnership.reports.period.PeriodType;

/**
 * The values in effect of one detail series while the merge is on it, by period in order. The merge
 * delivers periods in order, so a value is appended to two arrays: the tree map this replaces was a
 * tenth of the indicator step at 10M rows (one insert per row).
 */
final class PeriodValues {

	private Period[] periods = new Period[16];

	private BigDecimal[] values = new BigDecimal[16];

	private int size;

	private boolean monthsOnly = true;

	/** Records the value of a period; a period already present gets the new value. */
	void put(Period period, BigDecimal value) {
		int at = this.size > 0 && this.periods[this.size - 1].compareTo(period) < 0 ? -this.size - 1
				: Arrays.binarySearch(this.periods, 0, this.size, period);
		if (at >= 0) {
			this.values[at] = value;
			return;
		}
		at = -at - 1;
		if (this.size == this.periods.length) {
			this.periods = Arrays.copyOf(this.periods, this.size * 2);
			this.values = Arrays.copyOf(this.values, this.size * 2);
		}
		System.arraycopy(this.periods, at, this.periods, at + 1, this.size - at);
		System.arraycopy(this.values, at, this.values, at + 1, this.size - at);
		this.periods[at] = period;
		this.values[at] = value;
		this.size++;
		this.monthsOnly &= period.type() == PeriodType.MONTH;
	}

	int size() {
		return this.size;
	}

	boolean isEmpty() {
		return this.size == 0;
	}

	Period period(int i) {
		return this.periods[i];
	}

	BigDecimal value(int i) {
		return this.values[i];
	}

	/** Whether every period is a month (the usual shape of an HS6 feed). */
	boolean monthsOnly() {
		return this.monthsOnly;
	}

	/** A sorted copy, for the checks that work on any mix of periods. */
	TreeMap<Period, BigDecimal> asMap() {
		TreeMap<Period, BigDecimal> map = new TreeMap<>();
		for (int i = 0; i < this.size; i++) {
			map.put(this.periods[i], this.values[i]);
		}
		return map;
	}

	void clear() {
		Arrays.fill(this.periods, 0, this.size, null);
		Arrays.fill(this.values, 0, this.size, null);
		this.size = 0;
		this.monthsOnly = true;
	}

}
