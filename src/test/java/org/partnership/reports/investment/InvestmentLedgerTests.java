package org.partnership.reports.investment;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnership.reports.period.Period;
import org.partnership.reports.report.IndicatorRow;

import static org.assertj.core.api.Assertions.assertThat;

class InvestmentLedgerTests {

	private static InvestmentLedger ledger() {
		InvestmentLedger l = new InvestmentLedger();
		for (int y = 2005; y <= 2023; y++) {
			l.add(new InvestmentRow(Period.year(y), "KAZ", "EU27", "inflow", new BigDecimal("10000000000")));
		}
		for (int q = 1; q <= 3; q++) {
			l.add(new InvestmentRow(Period.quarter(2024, q), "KAZ", "EU27", "inflow", new BigDecimal("3000000000")));
		}
		return l;
	}

	@Test
	void cumulativeGrossInflowFrom2005ThroughNineMonthsOf2024() {
		// 19 full years × 10 bn + three quarters × 3 bn = 199 bn
		assertThat(ledger().cumulative("KAZ", "EU27", "inflow", Period.year(2005), Period.yearToDate(2024, 9)))
			.isEqualByComparingTo("199000000000");
	}

	@Test
	void aGapInTheSpanGivesNoCumulativeSum() {
		InvestmentLedger l = ledger();
		assertThat(l.cumulative("KAZ", "EU27", "inflow", Period.year(2004), Period.year(2010))).isNull();
		assertThat(l.cumulative("KAZ", "EU27", "inflow", Period.year(2005), Period.year(2024))).isNull();
		assertThat(l.cumulative("KAZ", "CHN", "inflow", Period.year(2005), Period.year(2010))).isNull();
	}

	@Test
	void annualIndicatorsWithGrowthAndRunningTotal() {
		List<IndicatorRow> rows = ledger().indicators();
		assertThat(rows).filteredOn(r -> r.period().equals(Period.year(2006)))
			.extracting(r -> r.indicator() + "=" + r.value().stripTrailingZeros().toPlainString())
			.containsExactly("FDI_INFLOW=10000000000", "FDI_INFLOW_YOY=0", "FDI_INFLOW_CUMULATIVE_SINCE_2005=20000000000");
		assertThat(rows).filteredOn(r -> r.period().equals(Period.year(2024)))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.indicator()).isEqualTo("FDI_INFLOW");
				assertThat(r.complete()).isFalse();
				assertThat(r.value()).isEqualByComparingTo("9000000000");
			});
		assertThat(rows).filteredOn(r -> r.period().equals(Period.yearToDate(2024, 9)))
			.extracting(IndicatorRow::value)
			.containsExactly(new BigDecimal("199000000000"));
	}

}
