package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.partnership.reports.period.Period;
import org.partnership.reports.report.ProductRow;
import org.partnership.reports.trade.TradeLedger.StagedTradeRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Top products at the finest level the feed carries, against values computed by hand. Exports of KAZ
 * to EU27 (USD, annual rows):
 *
 * <pre>
 * code     2023  2024
 * 270900    100   150
 * 260300     50    40
 * 8471       30    40   HS4 heading, its HS6 lines 847130 (20, 25) and 847150 (10, 15) are never added
 * 710812     20    20
 * 740311      –    10   new in 2024
 * TOTAL     200   260   2022: 100, no commodity rows
 * </pre>
 *
 * 2024: ranks 270900, 260300, 8471 (40 each, tie broken by code), 710812, 740311; shares of 260;
 * YoY 270900 +50 %, 260300 −20 %, 8471 +33.3 %, 710812 0 %, 740311 n/a; contributions over the 2023
 * total of 200: +25, −5, +5, 0, +5 pp = the total's growth of 30 %. 2023: 2022 has no breakdown, so
 * YoY and contributions are blank.
 */
class TopProductsTests {

	private static final double EXACT = 1e-9;

	private final HsNomenclature hs = HsNomenclature.load();

	private TradeLedger ledger = new TradeLedger();

	private int line = 1;

	private void row(String partner, String period, Flow flow, String commodity, String value) {
		this.ledger.add(new StagedTradeRow("trade.csv", ++this.line,
				new TradeRow(Period.parse(period), "KAZ", partner, flow, commodity, new BigDecimal(value))));
	}

	private void exports(String period, String commodity, String value) {
		row("EU27", period, Flow.EXPORT, commodity, value);
	}

	private void imports(String period, String commodity, String value) {
		row("EU27", period, Flow.IMPORT, commodity, value);
	}

	private void annualExports() {
		exports("2022", "TOTAL", "100");
		exports("2023", "TOTAL", "200");
		exports("2024", "TOTAL", "260");
		exports("2023", "270900", "100");
		exports("2023", "260300", "50");
		exports("2023", "8471", "30");
		exports("2023", "847130", "20");
		exports("2023", "847150", "10");
		exports("2023", "710812", "20");
		exports("2024", "270900", "150");
		exports("2024", "260300", "40");
		exports("2024", "8471", "40");
		exports("2024", "847130", "25");
		exports("2024", "847150", "15");
		exports("2024", "710812", "20");
		exports("2024", "740311", "10");
	}

	private List<ProductRow> tops(String partner, Period period, String flow) {
		return new PairAnalysis(this.ledger.complete(), "KAZ", partner).topProducts(this.hs)
			.stream()
			.filter(r -> r.period().equals(period) && r.flow().equals(flow))
			.toList();
	}

	@Test
	void rankedByValueWithSharesGrowthAndContributionsAndTheHeadingNeverAddedToItsLines() {
		annualExports();

		List<ProductRow> rows = tops("EU27", Period.year(2024), "export");

		assertThat(rows).extracting(ProductRow::code).containsExactly("270900", "260300", "8471", "710812", "740311");
		assertThat(rows).extracting(ProductRow::rank).containsExactly(1, 2, 3, 4, 5);
		assertThat(rows).extracting(r -> r.value().intValueExact()).containsExactly(150, 40, 40, 20, 10);
		assertThat(rows.get(0).sharePct()).isCloseTo(150 * 100.0 / 260, within(EXACT));
		assertThat(rows.get(2).sharePct()).isCloseTo(40 * 100.0 / 260, within(EXACT));
		assertThat(rows.get(0).yoyPct()).isCloseTo(50.0, within(EXACT));
		assertThat(rows.get(1).yoyPct()).isCloseTo(-20.0, within(EXACT));
		assertThat(rows.get(2).yoyPct()).isCloseTo(100.0 / 3, within(EXACT));
		assertThat(rows.get(3).yoyPct()).isCloseTo(0.0, within(EXACT));
		assertThat(rows).extracting(ProductRow::contributionPp).containsExactly(25.0, -5.0, 5.0, 0.0, 5.0);
		assertThat(rows.stream().mapToDouble(ProductRow::contributionPp).sum()).isCloseTo(30.0, within(EXACT));
		// names: the chapter with the code, or the heading's own name when hs-headings.csv has it
		assertThat(rows.get(0).name()).isEqualTo("Mineral fuels, mineral oils and products (HS 270900)");
		assertThat(rows.get(2).name()).startsWith("Automatic data-processing machines and units thereof");
	}

	@Test
	void aCodeNewThisYearHasNoGrowthRateAndContributesItsWholeValue() {
		annualExports();

		ProductRow copper = tops("EU27", Period.year(2024), "export").get(4);

		assertThat(copper.code()).isEqualTo("740311");
		assertThat(copper.yoyPct()).isNull();
		assertThat(copper.contributionPp()).isCloseTo(10 * 100.0 / 200, within(EXACT));
	}

	@Test
	void withoutABreakdownOfThePreviousYearGrowthAndContributionsAreBlankNeverZero() {
		annualExports();

		List<ProductRow> rows = tops("EU27", Period.year(2023), "export");

		assertThat(rows).extracting(ProductRow::code).containsExactly("270900", "260300", "8471", "710812");
		assertThat(rows).extracting(ProductRow::sharePct).containsExactly(50.0, 25.0, 15.0, 10.0);
		assertThat(rows).allSatisfy(r -> {
			assertThat(r.yoyPct()).isNull();
			assertThat(r.contributionPp()).isNull();
		});
		assertThat(tops("EU27", Period.year(2022), "export")).isEmpty();
	}

	@Test
	void onlyTheTenLargestAreKeptTiesBrokenByCode() {
		exports("2024", "TOTAL", "1200");
		for (int i = 12; i >= 1; i--) {
			exports("2024", String.format("8703%02d", i), "100");
		}

		List<ProductRow> rows = tops("EU27", Period.year(2024), "export");

		assertThat(rows).extracting(ProductRow::code)
			.containsExactly("870301", "870302", "870303", "870304", "870305", "870306", "870307", "870308", "870309",
					"870310");
		assertThat(rows).extracting(ProductRow::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(rows).allSatisfy(r -> assertThat(r.sharePct()).isCloseTo(100.0 / 12, within(EXACT)));
	}

	/**
	 * Imports, monthly, no TOTAL rows: 300490 10 a month in 2024, 12 a month in Jan–Mar 2025; 870323 50 in
	 * February 2024 only and 5 in January 2025. A month without a row of a code, in which the flow has
	 * commodity detail, is 0 for that code. Jan–Mar 2025 against Jan–Mar 2024: totals 41 and 80.
	 */
	private void monthlyImports() {
		for (int m = 1; m <= 12; m++) {
			imports(String.format("2024-%02d", m), "300490", "10");
		}
		imports("2024-02", "870323", "50");
		for (int m = 1; m <= 3; m++) {
			imports(String.format("2025-%02d", m), "300490", "12");
		}
		imports("2025-01", "870323", "5");
	}

	@Test
	void theYearToDateIsComparedWithTheSameMonthsAndMonthsWithoutARowCountAsZero() {
		monthlyImports();

		List<ProductRow> rows = tops("EU27", Period.yearToDate(2025, 3), "import");

		assertThat(rows).extracting(ProductRow::code).containsExactly("300490", "870323");
		assertThat(rows.get(0).value()).isEqualByComparingTo("36");
		assertThat(rows.get(0).sharePct()).isCloseTo(36 * 100.0 / 41, within(EXACT));
		assertThat(rows.get(0).yoyPct()).isCloseTo(20.0, within(EXACT));
		assertThat(rows.get(0).contributionPp()).isCloseTo(6 * 100.0 / 80, within(EXACT));
		assertThat(rows.get(1).value()).isEqualByComparingTo("5");
		assertThat(rows.get(1).yoyPct()).isCloseTo(-90.0, within(EXACT));
		assertThat(rows.get(1).contributionPp()).isCloseTo(-45 * 100.0 / 80, within(EXACT));
		// the whole year 2024 is complete (each month has detail); the previous year has none
		List<ProductRow> year = tops("EU27", Period.year(2024), "import");
		assertThat(year).extracting(r -> r.value().intValueExact()).containsExactly(120, 50);
		assertThat(year.get(1).sharePct()).isCloseTo(50 * 100.0 / 170, within(EXACT));
		assertThat(year).allSatisfy(r -> assertThat(r.yoyPct()).isNull());
		// 2025 so far is not a whole year: value shown, nothing compared
		List<ProductRow> partial = tops("EU27", Period.year(2025), "import");
		assertThat(partial.get(0).value()).isEqualByComparingTo("36");
		assertThat(partial.get(0).sharePct()).isNull();
		assertThat(partial.get(0).yoyPct()).isNull();
		assertThat(partial.get(0).contributionPp()).isNull();
		// earlier year-to-date periods are not reported (only the current one)
		assertThat(tops("EU27", Period.yearToDate(2025, 2), "import")).isEmpty();
	}

	@Test
	void aValueCoveredOnlyByARowAcrossThePeriodsEdgeIsIncomplete() {
		Map<Period, BigDecimal> series = new TreeMap<>(Map.of(Period.month(2025, 1), BigDecimal.valueOf(5),
				Period.half(2025, 1), BigDecimal.valueOf(60), Period.month(2025, 8), BigDecimal.ONE));

		assertThat(ProductTops.part(series, Period.yearToDate(2025, 3)))
			.isEqualTo(new ProductTops.Part(BigDecimal.valueOf(5), 0, true));
		assertThat(ProductTops.part(series, Period.year(2025)))
			.isEqualTo(new ProductTops.Part(BigDecimal.valueOf(61), 0b1111_0100_0000, false));
		assertThat(ProductTops.part(series, Period.quarter(2025, 4))).isNull();
	}

	@Test
	void monthlySeriesAreSummedAsThePieceByPieceResolutionDoes() {
		java.util.Random random = new java.util.Random(42);
		for (int run = 0; run < 200; run++) {
			TreeMap<Period, BigDecimal> series = new TreeMap<>();
			for (int y = 2022; y <= 2024; y++) {
				for (int m = 1; m <= 12; m++) {
					if (random.nextInt(3) > 0) {
						series.put(Period.month(y, m), BigDecimal.valueOf(random.nextInt(1000)));
					}
				}
			}
			if (series.isEmpty()) {
				continue;
			}
			ProductTops.Months months = new ProductTops.Months(series, 2021, 2024);
			for (int y = 2021; y <= 2024; y++) {
				assertThat(months.part(Period.year(y))).isEqualTo(ProductTops.part(series, Period.year(y)));
				for (int m = 1; m <= 11; m++) {
					assertThat(months.part(Period.yearToDate(y, m)))
						.isEqualTo(ProductTops.part(series, Period.yearToDate(y, m)));
				}
			}
		}
	}

	@Test
	void aGroupRolledUpFromMemberRowsHasNoTopProductsButSaysWhy() {
		this.ledger = new TradeLedger(PartnerGroups.load(null, PartnerGroups.Composition.FIXED, LocalDate.of(2025, 11, 25)));
		row("DEU", "2024", Flow.EXPORT, "270900", "70");
		row("FRA", "2024", Flow.EXPORT, "270900", "30");
		row("FRA", "2024", Flow.EXPORT, "260300", "80");

		PairAnalysis eu = new PairAnalysis(this.ledger.complete(), "KAZ", "EU27");

		assertThat(eu.products(this.hs)).extracting(ProductRow::code).containsExactly("27", "26");
		assertThat(eu.topProducts(this.hs)).isEmpty();
		assertThat(eu.topProductsNote()).contains("exports of KAZ–EU27").contains("rolled up from member rows");
		PairAnalysis france = new PairAnalysis(this.ledger, "KAZ", "FRA");
		assertThat(france.topProducts(this.hs)).extracting(ProductRow::code).containsExactly("260300", "270900");
		assertThat(france.topProductsNote()).isEmpty();
	}

}
