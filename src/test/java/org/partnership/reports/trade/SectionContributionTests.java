package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnership.reports.period.Period;
import org.partnership.reports.report.IndicatorRow;
import org.partnership.reports.report.ProductRow;
import org.partnership.reports.report.SectionRow;
import org.partnership.reports.trade.TradeLedger.StagedTradeRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Contributions to growth by HS section, against values computed by hand. Exports of KAZ to EU27 (USD):
 *
 * <pre>
 * chapter  section  2023  2024
 * 27       V          50    80
 * 26       V          20    15
 * 28       VI         10    12
 * 71       XIV         –     8   absent the previous year
 * 84       XVI        10     –   absent this year
 * 98, 99   OTHER      10   2+3   98 and 99 belong to no section
 * TOTAL              100   120   2022: 90, no chapter rows
 * </pre>
 *
 * Contribution = (section this year − last year) / total last year × 100: V (95 − 70) / 100 = 25 pp,
 * VI 2 pp, XIV 8 pp, XVI −10 pp, OTHER −5 pp; together 20 pp = the total's growth of 20 %.
 */
class SectionContributionTests {

	private static final double EXACT = 1e-9;

	private final TradeLedger ledger = new TradeLedger();

	private final HsNomenclature hs = HsNomenclature.load();

	private int line = 1;

	private void row(String period, Flow flow, String commodity, String value) {
		this.ledger.add(new StagedTradeRow("trade.csv", ++this.line,
				new TradeRow(Period.parse(period), "KAZ", "EU27", flow, commodity, new BigDecimal(value))));
	}

	private void exports(String total2024) {
		row("2022", Flow.EXPORT, "TOTAL", "90");
		row("2023", Flow.EXPORT, "TOTAL", "100");
		row("2024", Flow.EXPORT, "TOTAL", total2024);
		row("2023", Flow.EXPORT, "27", "50");
		row("2023", Flow.EXPORT, "26", "20");
		row("2023", Flow.EXPORT, "28", "10");
		row("2023", Flow.EXPORT, "84", "10");
		row("2023", Flow.EXPORT, "99", "10");
		row("2024", Flow.EXPORT, "27", "80");
		row("2024", Flow.EXPORT, "26", "15");
		row("2024", Flow.EXPORT, "28", "12");
		row("2024", Flow.EXPORT, "71", "8");
		row("2024", Flow.EXPORT, "98", "2");
		row("2024", Flow.EXPORT, "99", "3");
		for (String year : List.of("2022", "2023", "2024")) {
			row(year, Flow.IMPORT, "TOTAL", "40");
		}
	}

	private PairAnalysis pair() {
		return new PairAnalysis(this.ledger.complete(), "KAZ", "EU27");
	}

	private static List<SectionRow> of(List<SectionRow> rows, int year, String flow) {
		return rows.stream().filter(r -> r.period().equals(Period.year(year)) && r.flow().equals(flow)).toList();
	}

	private static SectionRow section(List<SectionRow> rows, int year, String code) {
		return of(rows, year, "export").stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void contributionIsTheChangeOfTheSectionOverLastYearsTotal() {
		exports("120");
		List<SectionRow> rows = pair().sections(this.hs);

		assertThat(of(rows, 2024, "export")).extracting(SectionRow::code)
			.containsExactly("V", "VI", "XIV", "XVI", "OTHER", "TOTAL");
		SectionRow minerals = section(rows, 2024, "V");
		assertThat(minerals.chapters()).isEqualTo("25–27");
		assertThat(minerals.name()).isEqualTo("Mineral products");
		assertThat(minerals.value()).isEqualByComparingTo("95");
		assertThat(minerals.sharePct()).isCloseTo(95 * 100.0 / 120, within(EXACT));
		assertThat(minerals.yoyPct()).isCloseTo((95.0 / 70 - 1) * 100, within(EXACT));
		assertThat(minerals.contributionPp()).isCloseTo(25.0, within(EXACT));
		SectionRow chemicals = section(rows, 2024, "VI");
		assertThat(chemicals.sharePct()).isCloseTo(10.0, within(EXACT));
		assertThat(chemicals.yoyPct()).isCloseTo(20.0, within(EXACT));
		assertThat(chemicals.contributionPp()).isCloseTo(2.0, within(EXACT));
		SectionRow total = section(rows, 2024, "TOTAL");
		assertThat(total.value()).isEqualByComparingTo("120");
		assertThat(total.sharePct()).isCloseTo(100.0, within(EXACT));
		assertThat(total.yoyPct()).isCloseTo(20.0, within(EXACT));
		assertThat(total.contributionPp()).isCloseTo(20.0, within(EXACT));
		// no import chapters, no import sections
		assertThat(of(rows, 2024, "import")).isEmpty();
	}

	@Test
	void contributionsOfAYearAddUpToTheTotalGrowth() {
		exports("120");
		List<SectionRow> rows = of(pair().sections(this.hs), 2024, "export");
		double sum = rows.stream()
			.filter(r -> !r.code().equals(SectionRow.TOTAL))
			.mapToDouble(SectionRow::contributionPp)
			.sum();
		assertThat(sum).isCloseTo(20.0, within(EXACT));
	}

	@Test
	void aSectionAbsentLastYearContributesItsWholeValueAndHasNoGrowthRate() {
		exports("120");
		SectionRow pearls = section(pair().sections(this.hs), 2024, "XIV");
		assertThat(pearls.value()).isEqualByComparingTo("8");
		assertThat(pearls.yoyPct()).isNull();
		assertThat(pearls.contributionPp()).isCloseTo(8.0, within(EXACT));
	}

	@Test
	void aSectionAbsentThisYearIsShownAtZeroWithItsNegativeContribution() {
		exports("120");
		SectionRow machinery = section(pair().sections(this.hs), 2024, "XVI");
		assertThat(machinery.value()).isEqualByComparingTo("0");
		assertThat(machinery.sharePct()).isCloseTo(0.0, within(EXACT));
		assertThat(machinery.yoyPct()).isCloseTo(-100.0, within(EXACT));
		assertThat(machinery.contributionPp()).isCloseTo(-10.0, within(EXACT));
	}

	@Test
	void chaptersNinetyEightAndNinetyNineAreOtherNotClassified() {
		exports("120");
		SectionRow other = section(pair().sections(this.hs), 2024, HsNomenclature.OTHER_SECTION);
		assertThat(other.name()).isEqualTo("Other / not classified");
		assertThat(other.chapters()).isEqualTo("98–99, other");
		assertThat(other.value()).isEqualByComparingTo("5");
		assertThat(other.yoyPct()).isCloseTo(-50.0, within(EXACT));
		assertThat(other.contributionPp()).isCloseTo(-5.0, within(EXACT));
	}

	@Test
	void withoutABreakdownOfThePreviousYearContributionsAreBlankNotTheWholeValue() {
		exports("120");
		PairAnalysis pair = pair();
		List<SectionRow> y2023 = of(pair.sections(this.hs), 2023, "export");
		assertThat(y2023).extracting(SectionRow::code).containsExactly("V", "VI", "XVI", "OTHER", "TOTAL");
		assertThat(y2023).allSatisfy(r -> assertThat(r.contributionPp()).isNull());
		assertThat(y2023).filteredOn(r -> !r.code().equals(SectionRow.TOTAL))
			.allSatisfy(r -> assertThat(r.yoyPct()).isNull());
		assertThat(section(pair.sections(this.hs), 2023, "V").sharePct()).isCloseTo(70.0, within(EXACT));
		// the flow's own growth is known: 100 on 90
		assertThat(section(pair.sections(this.hs), 2023, "TOTAL").yoyPct()).isCloseTo((100.0 / 90 - 1) * 100,
				within(EXACT));
		// the chapter rows follow the same rule
		assertThat(pair.products(this.hs)).filteredOn(p -> p.period().equals(Period.year(2023)))
			.allSatisfy(p -> assertThat(p.contributionPp()).isNull());
		ProductRow fuels2024 = pair.products(this.hs)
			.stream()
			.filter(p -> p.period().equals(Period.year(2024)) && p.code().equals("27"))
			.findFirst()
			.orElseThrow();
		assertThat(fuels2024.contributionPp()).isCloseTo(30.0, within(EXACT));
	}

	@Test
	void aTotalLargerThanItsChaptersKeepsTheRestAsNotBrokenDownSoTheSumStillHolds() {
		exports("130");
		List<SectionRow> rows = of(pair().sections(this.hs), 2024, "export");
		SectionRow rest = rows.get(rows.size() - 2);
		assertThat(rest.code()).isEqualTo(SectionRow.UNALLOCATED);
		assertThat(rest.name()).isEqualTo("Not broken down by chapter (total − chapters)");
		assertThat(rest.value()).isEqualByComparingTo("10");
		assertThat(rest.sharePct()).isCloseTo(10 * 100.0 / 130, within(EXACT));
		assertThat(rest.yoyPct()).isNull();
		assertThat(rest.contributionPp()).isCloseTo(10.0, within(EXACT));
		double sum = rows.stream()
			.filter(r -> !r.code().equals(SectionRow.TOTAL))
			.mapToDouble(SectionRow::contributionPp)
			.sum();
		assertThat(sum).isCloseTo(30.0, within(EXACT));
		assertThat(rows.get(rows.size() - 1).yoyPct()).isCloseTo(30.0, within(EXACT));
		// chapters that add up to their total leave no such row
		assertThat(of(pair().sections(this.hs), 2023, "export")).extracting(SectionRow::code)
			.doesNotContain(SectionRow.UNALLOCATED);
	}

	@Test
	void anIncompleteYearShowsItsValuesButNoSharesGrowthOrContributions() {
		exports("120");
		for (int m = 1; m <= 9; m++) {
			row(String.format("2025-%02d", m), Flow.EXPORT, "TOTAL", "10");
			row(String.format("2025-%02d", m), Flow.EXPORT, "27", "10");
		}
		SectionRow minerals2025 = section(pair().sections(this.hs), 2025, "V");
		assertThat(minerals2025.value()).isEqualByComparingTo("90");
		assertThat(minerals2025.sharePct()).isNull();
		assertThat(minerals2025.yoyPct()).isNull();
		assertThat(minerals2025.contributionPp()).isNull();
	}

	@Test
	void sectionContributionsAreIndicatorsInPercentagePoints() {
		exports("120");
		List<IndicatorRow> rows = pair().indicators(this.hs);
		assertThat(rows).filteredOn(r -> r.indicator().startsWith("EXPORTS_CONTRIBUTION_HS_"))
			.extracting(IndicatorRow::indicator)
			.containsExactly("EXPORTS_CONTRIBUTION_HS_V", "EXPORTS_CONTRIBUTION_HS_VI", "EXPORTS_CONTRIBUTION_HS_XIV",
					"EXPORTS_CONTRIBUTION_HS_XVI", "EXPORTS_CONTRIBUTION_HS_OTHER");
		IndicatorRow minerals = rows.stream()
			.filter(r -> r.indicator().equals("EXPORTS_CONTRIBUTION_HS_V"))
			.findFirst()
			.orElseThrow();
		assertThat(minerals.period()).isEqualTo(Period.year(2024));
		assertThat(minerals.value()).isEqualByComparingTo("25");
		assertThat(minerals.unit()).isEqualTo("PP");
		assertThat(minerals.complete()).isTrue();
	}

}
