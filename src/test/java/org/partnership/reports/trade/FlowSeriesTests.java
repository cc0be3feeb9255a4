package org.partnership.reports.trade;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.partnership.reports.period.Period;

import static org.assertj.core.api.Assertions.assertThat;

class FlowSeriesTests {

	@Test
	void yearFromTwelveMonthsIsComplete() {
		FlowSeries s = new FlowSeries();
		for (int m = 1; m <= 12; m++) {
			s.put(Period.month(2024, m), BigDecimal.valueOf(m));
		}
		Amount year = s.resolve(Period.year(2024));
		assertThat(year.value()).isEqualByComparingTo("78");
		assertThat(year.complete()).isTrue();
		assertThat(s.resolve(Period.quarter(2024, 2)).value()).isEqualByComparingTo("15");
		assertThat(s.resolve(Period.yearToDate(2024, 9)).value()).isEqualByComparingTo("45");
	}

	@Test
	void periodsAddedOutOfOrderAreKeptInOrderAndALaterValueReplaces() {
		FlowSeries s = new FlowSeries();
		s.put(Period.month(2024, 3), BigDecimal.ONE);
		s.put(Period.year(2023), BigDecimal.TEN);
		s.put(Period.month(2024, 1), BigDecimal.ONE);
		s.put(Period.quarter(2024, 1), new BigDecimal("7"));
		s.put(Period.month(2024, 2), BigDecimal.ONE);
		s.put(Period.month(2024, 3), new BigDecimal("2"));
		for (int m = 4; m <= 12; m++) {
			s.put(Period.month(2024, m), BigDecimal.ONE);
		}
		assertThat(s.suppliedPeriods()).extracting(Period::code)
			.containsExactly("2023", "2024-Q1", "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06",
					"2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12");
		assertThat(s.supplied(Period.month(2024, 3))).isEqualByComparingTo("2");
		assertThat(s.supplied(Period.month(2025, 1))).isNull();
		// the supplied quarter covers January to March, the months the rest of the year
		assertThat(s.resolve(Period.year(2024)).value()).isEqualByComparingTo("16");
		assertThat(s.lastMonth()).isEqualTo(java.time.YearMonth.of(2024, 12));
	}

	@Test
	void yearWithAMissingMonthIsIncomplete() {
		FlowSeries s = new FlowSeries();
		for (int m = 1; m <= 11; m++) {
			s.put(Period.month(2024, m), BigDecimal.TEN);
		}
		Amount year = s.resolve(Period.year(2024));
		assertThat(year.value()).isEqualByComparingTo("110");
		assertThat(year.complete()).isFalse();
		assertThat(s.resolve(Period.year(2023))).isNull();
	}

	@Test
	void mixesQuartersAndMonthsAndPrefersSuppliedTotals() {
		FlowSeries s = new FlowSeries();
		s.put(Period.quarter(2024, 1), new BigDecimal("30"));
		s.put(Period.quarter(2024, 2), new BigDecimal("30"));
		for (int m = 7; m <= 12; m++) {
			s.put(Period.month(2024, m), new BigDecimal("10"));
		}
		assertThat(s.resolve(Period.year(2024))).isEqualTo(new Amount(new BigDecimal("120"), true));
		s.put(Period.year(2024), new BigDecimal("121"));
		assertThat(s.resolve(Period.year(2024)).value()).isEqualByComparingTo("121");
	}

	@Test
	void laterValueForTheSamePeriodReplacesTheEarlier() {
		FlowSeries s = new FlowSeries();
		s.put(Period.year(2023), new BigDecimal("100"));
		s.put(Period.year(2023), new BigDecimal("105"));
		assertThat(s.resolve(Period.year(2023)).value()).isEqualByComparingTo("105");
	}

}
