package org.partnership.reports.trade;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.partnership.reports.period.Period;
import org.partnership.reports.report.KeyFigures;
import org.partnership.reports.report.PeriodFigures;
import org.partnership.reports.report.ProductRow;
import org.partnership.reports.trade.TradeLedger.StagedTradeRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PairAnalysisTests {

	private final TradeLedger ledger = new TradeLedger();

	private int line = 1;

	private void row(String period, String partner, Flow flow, String commodity, String value) {
		this.ledger.add(new StagedTradeRow("trade.csv", ++this.line,
				new TradeRow(Period.parse(period), "KAZ", partner, flow, commodity, new BigDecimal(value))));
	}

	private void months(int year, Flow flow, String annual, int count) {
		// equal months, the rounding remainder in December, so twelve months sum to the annual value
		BigDecimal total = new BigDecimal(annual);
		BigDecimal each = total.divideToIntegralValue(BigDecimal.valueOf(12));
		for (int m = 1; m <= count; m++) {
			BigDecimal value = m == 12 ? total.subtract(each.multiply(BigDecimal.valueOf(11))) : each;
			row(String.format("%d-%02d", year, m), "EU27", flow, "TOTAL", value.toPlainString());
		}
	}

	@Test
	void foundingArticleFigures() {
		months(2023, Flow.EXPORT, "32400000000", 12);
		months(2023, Flow.IMPORT, "10114970060", 12);
		months(2024, Flow.EXPORT, "38600000000", 12);
		months(2024, Flow.IMPORT, "11100000000", 12);
		PairAnalysis pair = new PairAnalysis(this.ledger.complete(), "KAZ", "EU27");

		assertThat(pair.latestCompleteYear()).isEqualTo(Period.year(2024));
		KeyFigures k = pair.keyFigures(Period.year(2024));
		assertThat(k.turnover().current()).isEqualByComparingTo("49700000000");
		assertThat(k.balance().current()).isEqualByComparingTo("27500000000");
		assertThat(k.turnover().previous()).isEqualByComparingTo("42514970060");
		assertThat(k.turnover().yoyPct()).isCloseTo(16.9, within(1e-6));
		assertThat(k.exports().yoyPct()).isCloseTo((38.6 / 32.4 - 1) * 100, within(1e-9));
		assertThat(k.coverageRatioPct()).isCloseTo(347.7477, within(1e-4));
		assertThat(k.partnerSharePct()).isNull();
		assertThat(pair.latestCompleteQuarter()).isEqualTo(Period.quarter(2024, 4));
	}

	@Test
	void missingPreviousPeriodGivesBlankGrowthNotZero() {
		months(2024, Flow.EXPORT, "1200", 12);
		months(2024, Flow.IMPORT, "1200", 12);
		PairAnalysis pair = new PairAnalysis(this.ledger.complete(), "KAZ", "EU27");
		PeriodFigures f = pair.figures(Period.year(2024));
		assertThat(f.exportsYoyPct()).isNull();
		assertThat(f.turnoverYoyPct()).isNull();
		assertThat(pair.keyFigures(Period.year(2024)).comparisonComplete()).isFalse();
	}

	@Test
	void incompleteYearIsMarkedAndNeverComparedAsWhole() {
		months(2024, Flow.EXPORT, "1200", 12);
		months(2024, Flow.IMPORT, "1200", 12);
		months(2025, Flow.EXPORT, "1200", 9);
		months(2025, Flow.IMPORT, "2400", 9);
		PairAnalysis pair = new PairAnalysis(this.ledger.complete(), "KAZ", "EU27");

		PeriodFigures y2025 = pair.figures(Period.year(2025));
		assertThat(y2025.complete()).isFalse();
		assertThat(y2025.exports()).isEqualByComparingTo("900");
		assertThat(y2025.exportsYoyPct()).isNull();
		assertThat(pair.latestCompleteYear()).isEqualTo(Period.year(2024));

		// the year-to-date compares the same nine months: exports flat, imports doubled
		assertThat(pair.yearToDatePeriod()).isEqualTo(Period.yearToDate(2025, 9));
		KeyFigures ytd = pair.keyFigures(Period.yearToDate(2025, 9));
		assertThat(ytd.exports().yoyPct()).isCloseTo(0.0, within(1e-9));
		assertThat(ytd.imports().yoyPct()).isCloseTo(100.0, within(1e-9));
		assertThat(ytd.turnover().previous()).isEqualByComparingTo("1800");
		assertThat(pair.latestCompleteQuarter()).isEqualTo(Period.quarter(2025, 3));
		assertThat(pair.periods()).contains(Period.rolling12(java.time.YearMonth.of(2025, 9)));
	}

	@Test
	void negativeGrowthAndZeroImports() {
		row("2023", "EU27", Flow.EXPORT, "TOTAL", "100");
		row("2023", "EU27", Flow.IMPORT, "TOTAL", "0");
		row("2024", "EU27", Flow.EXPORT, "TOTAL", "75");
		row("2024", "EU27", Flow.IMPORT, "TOTAL", "0");
		PairAnalysis pair = new PairAnalysis(this.ledger.complete(), "KAZ", "EU27");
		KeyFigures k = pair.keyFigures(Period.year(2024));
		assertThat(k.exports().yoyPct()).isCloseTo(-25.0, within(1e-9));
		assertThat(k.imports().yoyPct()).isNull();
		assertThat(k.coverageRatioPct()).isNull();
	}

	@Test
	void partnerShareNeedsWorldTotals() {
		row("2024", "EU27", Flow.EXPORT, "TOTAL", "30");
		row("2024", "EU27", Flow.IMPORT, "TOTAL", "10");
		row("2024", "WLD", Flow.EXPORT, "TOTAL", "100");
		row("2024", "WLD", Flow.IMPORT, "TOTAL", "60");
		TradeLedger l = this.ledger.complete();
		assertThat(l.pairs()).containsExactly(java.util.List.of("KAZ", "EU27"));
		assertThat(new PairAnalysis(l, "KAZ", "EU27").partnerSharePct(Period.year(2024))).isCloseTo(25.0,
				within(1e-9));
	}

	@Test
	void revisedRowReplacesTheOlderVintageAndIsListed() {
		row("2024", "EU27", Flow.EXPORT, "TOTAL", "100");
		row("2024", "EU27", Flow.IMPORT, "TOTAL", "50");
		row("2024", "EU27", Flow.EXPORT, "TOTAL", "110");
		TradeLedger l = this.ledger.complete();
		assertThat(new PairAnalysis(l, "KAZ", "EU27").figures(Period.year(2024)).exports()).isEqualByComparingTo("110");
		assertThat(l.revisions()).singleElement().satisfies(r -> {
			assertThat(r.oldValue()).isEqualByComparingTo("100");
			assertThat(r.newValue()).isEqualByComparingTo("110");
			assertThat(r.oldSource()).isEqualTo("trade.csv:2");
			assertThat(r.newSource()).isEqualTo("trade.csv:4");
		});
	}

	@Test
	void headingsAreNotAddedToTheirOwnSubheadingsAndTotalsAreDerived() {
		row("2024", "EU27", Flow.EXPORT, "27", "80");
		row("2024", "EU27", Flow.EXPORT, "2709", "70");
		row("2024", "EU27", Flow.EXPORT, "270900", "70");
		row("2024", "EU27", Flow.EXPORT, "99", "20");
		row("2024", "EU27", Flow.IMPORT, "84", "40");
		TradeLedger l = this.ledger.complete();
		assertThat(l.topLevelCommodities("KAZ", "EU27", Flow.EXPORT)).containsExactly("27", "99");
		PairAnalysis pair = new PairAnalysis(l, "KAZ", "EU27");
		assertThat(pair.figures(Period.year(2024)).exports()).isEqualByComparingTo("100");
		assertThat(l.warnings()).anyMatch(w -> w.contains("no TOTAL rows"));

		ProductRow first = pair.products(HsNomenclature.load()).get(0);
		assertThat(first.code()).isEqualTo("27");
		assertThat(first.rank()).isEqualTo(1);
		assertThat(first.sharePct()).isCloseTo(80.0, within(1e-9));
		assertThat(first.name()).isEqualTo("Mineral fuels, mineral oils and products");
		assertThat(pair.products(HsNomenclature.load()).get(1).name()).isEqualTo(HsNomenclature.OTHER);
	}

	@Test
	void suppliedTotalThatDisagreesWithItsMonthsIsWarned() {
		months(2024, Flow.EXPORT, "1200", 12);
		row("2024", "EU27", Flow.EXPORT, "TOTAL", "1300");
		months(2024, Flow.IMPORT, "1200", 12);
		TradeLedger l = this.ledger.complete();
		assertThat(l.warnings()).anyMatch(w -> w.contains("2024: supplied 1300 differs from the sum of its sub-periods 1200"));
		assertThat(new PairAnalysis(l, "KAZ", "EU27").figures(Period.year(2024)).exports()).isEqualByComparingTo("1300");
	}

	@Test
	void aPartialCommodityBreakdownIsFineButPartsAboveTheTotalAreWarned() {
		row("2024", "EU27", Flow.EXPORT, "TOTAL", "1000");
		row("2024", "EU27", Flow.EXPORT, "27", "800"); // only fuels broken down: 800 of 1000
		row("2024", "EU27", Flow.IMPORT, "TOTAL", "100");
		row("2024", "EU27", Flow.IMPORT, "84", "90");
		row("2024", "EU27", Flow.IMPORT, "8471", "40"); // a heading under 84: never added to it
		row("2024", "EU27", Flow.IMPORT, "85", "30"); // 90 + 30 = 120 > 100
		TradeLedger l = this.ledger.complete();

		assertThat(l.warnings()).containsExactly("KAZ–EU27 import TOTAL 2024: commodity rows sum to 120, more than the total 100");
		assertThat(l.series(new SeriesKey("KAZ", "EU27", Flow.IMPORT, "84")).supplied(Period.year(2024)))
			.isEqualByComparingTo("90");
	}

}
