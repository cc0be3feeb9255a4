package org.partnership.reports.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a contiguous run of calendar months with a type and a stable code.
 * <p>
 * Codes: {@code 2024} (year), {@code 2024-H1}, {@code 2024-Q3}, {@code 2024-07} (month),
 * {@code 2024-9M} (year-to-date, January–September) and {@code 2024-09-R12} (twelve months ending
 * September 2024). The input feeds use the first three forms.
 */
public final class Period implements Comparable<Period> {

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

	private static final Pattern YTD = Pattern.compile("(\\d{4})-([1-9]|1[0-2])M");

	private static final Pattern ROLLING = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])-R12");

	private final PeriodType type;

	private final YearMonth first;

	private final YearMonth last;

	private Period(PeriodType type, YearMonth first, YearMonth last) {
		this.type = type;
		this.first = first;
		this.last = last;
	}

	/** Years from which {@link #year} and {@link #yearToDate} hand out one shared instance per period. */
	private static final int SHARED_FROM = 1900;

	private static final int SHARED_YEARS = 300;

	/**
	 * Per year, the year and its eleven year-to-date periods (index 0 the year, m the first m months), made when
	 * first asked for: the trade ledger asks for them for every product series, each year and each year to date
	 * (three quarters of a gigabyte of periods at 10M rows). Immutable, so a race between two threads only makes
	 * one of them twice.
	 */
	private static final Period[][] SHARED = new Period[SHARED_YEARS][];

	public static Period year(int year) {
		Period[] shared = shared(year);
		if (shared == null) {
			return new Period(PeriodType.YEAR, YearMonth.of(year, 1), YearMonth.of(year, 12));
		}
		return shared[0];
	}

	private static Period[] shared(int year) {
		int i = year - SHARED_FROM;
		if (i < 0 || i >= SHARED_YEARS) {
			return null;
		}
		Period[] periods = SHARED[i];
		if (periods == null) {
			periods = new Period[12];
			periods[0] = new Period(PeriodType.YEAR, YearMonth.of(year, 1), YearMonth.of(year, 12));
			for (int m = 1; m < 12; m++) {
				periods[m] = new Period(PeriodType.YTD, YearMonth.of(year, 1), YearMonth.of(year, m));
			}
			SHARED[i] = periods;
		}
		return periods;
	}

	public static Period half(int year, int half) {
		return new Period(PeriodType.HALF, YearMonth.of(year, half * 6 - 5), YearMonth.of(year, half * 6));
	}

	public static Period quarter(int year, int quarter) {
		return new Period(PeriodType.QUARTER, YearMonth.of(year, quarter * 3 - 2), YearMonth.of(year, quarter * 3));
	}

	public static Period month(int year, int month) {
		YearMonth ym = YearMonth.of(year, month);
		return new Period(PeriodType.MONTH, ym, ym);
	}

	public static Period month(YearMonth month) {
		return new Period(PeriodType.MONTH, month, month);
	}

	/** The first {@code months} months of {@code year}. */
	public static Period yearToDate(int year, int months) {
		if (months < 1 || months > 12) {
			throw new IllegalArgumentException("year-to-date months must be 1..12: " + months);
		}
		Period[] shared = months < 12 ? shared(year) : null;
		if (shared == null) {
			return new Period(PeriodType.YTD, YearMonth.of(year, 1), YearMonth.of(year, months));
		}
		return shared[months];
	}

	/** Twelve months ending with {@code lastMonth}. */
	public static Period rolling12(YearMonth lastMonth) {
		return new Period(PeriodType.ROLLING_12, lastMonth.minusMonths(11), lastMonth);
	}

	/**
	 * Parses a period code.
	 * @throws IllegalArgumentException if the code is not one of the documented forms
	 */
	public static Period parse(String code) {
		String c = Objects.requireNonNull(code, "period").trim();
		Matcher m;
		if ((m = YEAR.matcher(c)).matches()) {
			return year(Integer.parseInt(m.group(1)));
		}
		if ((m = QUARTER.matcher(c)).matches()) {
			return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
		}
		if ((m = MONTH.matcher(c)).matches()) {
			return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
		}
		if ((m = HALF.matcher(c)).matches()) {
			return half(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
		}
		if ((m = YTD.matcher(c)).matches()) {
			return yearToDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
		}
		if ((m = ROLLING.matcher(c)).matches()) {
			return rolling12(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
		}
		throw new IllegalArgumentException("not a period (expected 2024, 2024-Q3 or 2024-07): '" + code + "'");
	}

	public PeriodType type() {
		return this.type;
	}

	public YearMonth firstMonth() {
		return this.first;
	}

	public YearMonth lastMonth() {
		return this.last;
	}

	public LocalDate start() {
		return this.first.atDay(1);
	}

	public LocalDate end() {
		return this.last.atEndOfMonth();
	}

	public int year() {
		return this.last.getYear();
	}

	public int months() {
		return (int) (this.last.getYear() * 12L + this.last.getMonthValue()
				- (this.first.getYear() * 12L + this.first.getMonthValue())) + 1;
	}

	/** The months this period covers, in order. */
	public List<YearMonth> monthList() {
		List<YearMonth> list = new ArrayList<>(months());
		for (YearMonth m = this.first; !m.isAfter(this.last); m = m.plusMonths(1)) {
			list.add(m);
		}
		return list;
	}

	public boolean contains(Period other) {
		return !other.first.isBefore(this.first) && !other.last.isAfter(this.last);
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(start()) && !date.isAfter(end());
	}

	/** The same period one year earlier: the comparison base of a year-on-year change. */
	public Period previousYear() {
		if (this.type == PeriodType.YEAR) {
			return year(this.first.getYear() - 1);
		}
		if (this.type == PeriodType.YTD && this.last.getMonthValue() < 12) {
			return yearToDate(this.first.getYear() - 1, this.last.getMonthValue());
		}
		return new Period(this.type, this.first.minusYears(1), this.last.minusYears(1));
	}

	/** The same period {@code years} years earlier. */
	public Period minusYears(int years) {
		return new Period(this.type, this.first.minusYears(years), this.last.minusYears(years));
	}

	/** Stable machine code, e.g. {@code 2024-Q3}; parseable by {@link #parse(String)}. */
	public String code() {
		int y = this.first.getYear();
		return switch (this.type) {
			case YEAR -> Integer.toString(y);
			case HALF -> y + "-H" + ((this.first.getMonthValue() - 1) / 6 + 1);
			case QUARTER -> y + "-Q" + ((this.first.getMonthValue() - 1) / 3 + 1);
			case MONTH -> this.first.toString();
			case YTD -> y + "-" + this.last.getMonthValue() + "M";
			case ROLLING_12 -> this.last + "-R12";
		};
	}

	/** English display label, e.g. {@code Q3 2024}, {@code Jan–Sep 2024}; renderers may localise from the parts. */
	public String label() {
		int y = this.first.getYear();
		return switch (this.type) {
			case YEAR -> Integer.toString(y);
			case HALF -> "H" + ((this.first.getMonthValue() - 1) / 6 + 1) + " " + y;
			case QUARTER -> "Q" + ((this.first.getMonthValue() - 1) / 3 + 1) + " " + y;
			case MONTH -> MonthNames.EN_SHORT[this.first.getMonthValue() - 1] + " " + y;
			case YTD -> this.last.getMonthValue() == 1 ? "Jan " + y
					: "Jan–" + MonthNames.EN_SHORT[this.last.getMonthValue() - 1] + " " + y;
			case ROLLING_12 -> "12 months to " + MonthNames.EN_SHORT[this.last.getMonthValue() - 1] + " "
					+ this.last.getYear();
		};
	}

	/** Periods sort by start month, then coarser before finer (a year before its first quarter). */
	@Override
	public int compareTo(Period other) {
		int c = this.first.compareTo(other.first);
		if (c == 0) {
			c = this.type.compareTo(other.type);
		}
		return (c != 0) ? c : this.last.compareTo(other.last);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Period p && p.type == this.type && p.first.equals(this.first) && p.last.equals(this.last);
	}

	@Override
	public int hashCode() {
		// month numbers, not YearMonth.hashCode(): that puts the month in bit 27 and up, so the periods of
		// one year all fell into the same few buckets of a series' map (tree bins, 1.5M of them at 1M rows)
		int first = this.first.getYear() * 12 + this.first.getMonthValue();
		int last = this.last.getYear() * 12 + this.last.getMonthValue();
		long key = ((long) this.type.ordinal() << 40) | ((long) first << 20) | last;
		return Long.hashCode(key * 0x9E3779B97F4A7C15L);
	}

	@Override
	public String toString() {
		return code();
	}

	private static final class MonthNames {

		static final String[] EN_SHORT = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
				"Dec" };

	}

}
