package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.partnership.reports.period.Period;
import org.partnership.reports.trade.PartnerGroups.Composition;
import org.partnership.reports.trade.TradeLedger.StagedTradeRow;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerGroupsTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 11, 25);

	private int line;

	private void row(TradeLedger ledger, String period, String partner, Flow flow, String value) {
		ledger.add(new StagedTradeRow("trade.csv", ++this.line,
				new TradeRow(Period.parse(period), "KAZ", partner, flow, "TOTAL", new BigDecimal(value))));
	}

	private TradeLedger ledger(Composition composition) {
		TradeLedger l = new TradeLedger(PartnerGroups.load(null, composition, TODAY));
		for (String year : new String[] { "2019", "2020", "2021" }) {
			row(l, year, "DEU", Flow.EXPORT, "100");
			row(l, year, "FRA", Flow.EXPORT, "50");
			row(l, year, "GBR", Flow.EXPORT, "10");
			row(l, year, "DEU", Flow.IMPORT, "40");
			row(l, year, "GBR", Flow.IMPORT, "5");
		}
		return l.complete();
	}

	@Test
	void theUkIsNeverInEu27AndLeavesEu28AtTheEndOfJanuary2020() {
		TradeLedger fixed = ledger(Composition.FIXED);
		assertThat(new PairAnalysis(fixed, "KAZ", "EU27").figures(Period.year(2019)).exports()).isEqualByComparingTo("150");
		assertThat(new PairAnalysis(fixed, "KAZ", "EU28").figures(Period.year(2019)).exports()).isEqualByComparingTo("160");
		// EU28 is back-cast but never carried past its end
		assertThat(new PairAnalysis(fixed, "KAZ", "EU28").figures(Period.year(2021)).exports()).isNull();
		assertThat(fixed.pairs()).contains(java.util.List.of("KAZ", "EU27"), java.util.List.of("KAZ", "DEU"));
		assertThat(fixed.groupNote("KAZ", "EU27"))
			.isEqualTo("EU27: fixed composition of 27 members (group since 2020-02-01), back-cast over every period; computed from member rows");
	}

	@Test
	void asOfCompositionCountsMembersOnThePeriodsFirstDay() {
		TradeLedger asOf = ledger(Composition.AS_OF);
		// the UK is still in EU28 on 2020-01-01, the first day of the year 2020
		assertThat(new PairAnalysis(asOf, "KAZ", "EU28").figures(Period.year(2020)).exports()).isEqualByComparingTo("160");
		assertThat(new PairAnalysis(asOf, "KAZ", "EU27").figures(Period.year(2020)).exports()).isEqualByComparingTo("150");
		assertThat(asOf.groupNote("KAZ", "EU27")).startsWith("EU27: composition as of each period");
	}

	@Test
	void aSuppliedGroupTotalIsNotDoubleCountedAndAMismatchIsListed() {
		TradeLedger l = new TradeLedger(PartnerGroups.load(null, Composition.FIXED, TODAY));
		row(l, "2024", "DEU", Flow.EXPORT, "100");
		row(l, "2024", "FRA", Flow.EXPORT, "50");
		row(l, "2024", "EU27", Flow.EXPORT, "170");
		l.complete();
		assertThat(new PairAnalysis(l, "KAZ", "EU27").figures(Period.year(2024)).exports()).isEqualByComparingTo("170");
		assertThat(l.warnings()).contains("KAZ–EU27 export TOTAL 2024: supplied group total 170 differs from the sum of"
				+ " its member rows 150 (fixed composition); the supplied total is used");
		assertThat(l.groupNote("KAZ", "EU27")).endsWith("totals as supplied by the feed, checked against member rows");
	}

	@Test
	void theEuIsRankedAsOneBlocAmongTheOtherPartners() {
		TradeLedger l = new TradeLedger(PartnerGroups.load(null, Composition.FIXED, TODAY));
		row(l, "2024", "DEU", Flow.EXPORT, "100");
		row(l, "2024", "FRA", Flow.EXPORT, "50");
		row(l, "2024", "DEU", Flow.IMPORT, "0");
		row(l, "2024", "FRA", Flow.IMPORT, "0");
		row(l, "2024", "CHN", Flow.EXPORT, "200");
		row(l, "2024", "CHN", Flow.IMPORT, "0");
		row(l, "2024", "RUS", Flow.EXPORT, "90");
		row(l, "2024", "RUS", Flow.IMPORT, "10");
		row(l, "2024", "WLD", Flow.EXPORT, "500");
		row(l, "2024", "WLD", Flow.IMPORT, "100");
		l.complete();
		// EU27 (150) after China (200), before Russia (100); its own members are not competitors
		assertThat(new PairAnalysis(l, "KAZ", "EU27").partnerRank(Period.year(2024))).isEqualTo(2);
		assertThat(new PairAnalysis(l, "KAZ", "CHN").partnerRank(Period.year(2024))).isEqualTo(1);
		// a member state is ranked among countries: DEU 100 ties RUS 100 (ties share the better rank)
		assertThat(new PairAnalysis(l, "KAZ", "DEU").partnerRank(Period.year(2024))).isEqualTo(2);
	}

}
