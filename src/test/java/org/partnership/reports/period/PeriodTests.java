package org.partnership.reports.period;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PeriodTests {

	@Test
	void parsesTheThreeFeedFormsAndTheDerivedOnes() {
		assertThat(Period.parse("2024")).isEqualTo(Period.year(2024));
		assertThat(Period.parse("2024-Q3").start()).isEqualTo(LocalDate.of(2024, 7, 1));
		assertThat(Period.parse("2024-Q3").end()).isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(Period.parse("2024-07").type()).isEqualTo(PeriodType.MONTH);
		assertThat(Period.parse("2024-H2").months()).isEqualTo(6);
		assertThat(Period.parse("2025-9M")).isEqualTo(Period.yearToDate(2025, 9));
		assertThat(Period.parse("2024-09-R12").firstMonth()).isEqualTo(YearMonth.of(2023, 10));
	}

	/** A series holds 120 months in a hash map: they must not crowd into a few buckets (tree bins). */
	@Test
	void yearsAndYearToDatePeriodsAreSharedAndTheYearBeforeIsTheSamePeriodAsParsed() {
		assertThat(Period.year(2024)).isSameAs(Period.year(2024)).isEqualTo(Period.parse("2024"));
		assertThat(Period.yearToDate(2024, 9)).isSameAs(Period.yearToDate(2024, 9)).isEqualTo(Period.parse("2024-9M"));
		// outside the shared years, and twelve months to date (not the year), still what they were
		for (int year : new int[] { 1000, 1899, 1900, 2024, 2199, 2200, 9999 }) {
			assertThat(Period.year(year).code()).isEqualTo(String.valueOf(year));
			for (int m = 1; m <= 12; m++) {
				assertThat(Period.yearToDate(year, m).code()).isEqualTo(year + "-" + m + "M");
			}
		}
		assertThat(Period.yearToDate(2024, 12)).isNotEqualTo(Period.year(2024));
		for (String code : new String[] { "2024", "2024-9M", "2024-12M", "2024-Q3", "2024-H1", "2024-07", "2024-07-R12",
				"1900", "1900-3M", "2200" }) {
			Period p = Period.parse(code);
			int year = Integer.parseInt(code.substring(0, 4));
			assertThat(p.previousYear()).as(code).isEqualTo(Period.parse((year - 1) + code.substring(4)))
				.isEqualTo(p.minusYears(1));
		}
	}

	@Test
	void theMonthsOfADecadeSpreadOverTheBucketsOfASmallTable() {
		java.util.Set<Integer> hashes = new java.util.HashSet<>();
		java.util.Set<Integer> buckets = new java.util.HashSet<>();
		for (int year = 2015; year < 2025; year++) {
			for (int month = 1; month <= 12; month++) {
				int h = Period.month(year, month).hashCode();
				hashes.add(h);
				buckets.add((h ^ (h >>> 16)) & 255);
			}
		}
		assertThat(hashes).hasSize(120);
		// 120 keys in 256 buckets: a random spread fills about 100
		assertThat(buckets.size()).isGreaterThan(80);
		assertThat(Period.quarter(2024, 1).hashCode()).isNotEqualTo(Period.month(2024, 1).hashCode());
		assertThat(Period.parse("2024-Q1").hashCode()).isEqualTo(Period.quarter(2024, 1).hashCode());
	}

	@Test
	void codesRoundTrip() {
		for (String code : new String[] { "2024", "2024-H1", "2024-Q4", "2024-12", "2024-9M", "2024-12-R12" }) {
			assertThat(Period.parse(code).code()).isEqualTo(code);
		}
	}

	@Test
	void rejectsWhatIsNotAPeriod() {
		for (String bad : new String[] { "24", "2024-13", "2024-Q5", "2024/07", "", "Q3 2024", "2024-00" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(bad));
		}
	}

	@Test
	void comparisonPeriodIsTheSameMonthsOneYearEarlier() {
		assertThat(Period.yearToDate(2025, 9).previousYear()).isEqualTo(Period.yearToDate(2024, 9));
		assertThat(Period.quarter(2025, 1).previousYear()).isEqualTo(Period.quarter(2024, 1));
		assertThat(Period.year(2024).minusYears(10)).isEqualTo(Period.year(2014));
	}

	@Test
	void labelsReadAsOfficialsWriteThem() {
		assertThat(Period.yearToDate(2025, 9).label()).isEqualTo("Jan–Sep 2025");
		assertThat(Period.quarter(2025, 3).label()).isEqualTo("Q3 2025");
		assertThat(Period.month(2024, 7).label()).isEqualTo("Jul 2024");
	}

	@Test
	void yearSortsBeforeItsFirstQuarterAndMonth() {
		assertThat(Period.year(2024)).isLessThan(Period.quarter(2024, 1));
		assertThat(Period.quarter(2024, 1)).isLessThan(Period.month(2024, 1));
		assertThat(Period.month(2024, 1)).isLessThan(Period.month(2024, 2));
		assertThat(Period.year(2024).contains(Period.quarter(2024, 3))).isTrue();
		assertThat(Period.quarter(2024, 3).contains(Period.month(2024, 10))).isFalse();
	}

}
