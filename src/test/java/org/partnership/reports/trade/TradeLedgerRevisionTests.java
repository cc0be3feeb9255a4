package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.partnership.reports.period.Period;
import org.partnership.reports.trade.TradeLedger.StagedTradeRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Several files (and vintages) with the same key: which value is in effect, and what is listed. */
class TradeLedgerRevisionTests {

	private static final SeriesKey EXPORTS = new SeriesKey("KAZ", "EU27", Flow.EXPORT, "TOTAL");

	private static final Period Y2024 = Period.year(2024);

	private static void add(TradeLedger ledger, String file, long line, String value, String vintage) {
		ledger.add(new StagedTradeRow(file, line,
				new TradeRow(Y2024, "KAZ", "EU27", Flow.EXPORT, "TOTAL", new BigDecimal(value), vintage)));
	}

	private static BigDecimal inEffect(TradeLedger ledger) {
		return ledger.series(EXPORTS).supplied(Y2024);
	}

	@Test
	void withoutVintagesTheLaterFileWinsAndTheChangeIsListed() {
		TradeLedger ledger = new TradeLedger();
		add(ledger, "trade.csv", 2, "38600000000", null);
		add(ledger, "trade-revised.csv", 7, "39000000000", null);
		add(ledger, "trade-z.csv", 3, "39000000000", null); // same value again: no revision

		ledger.complete();
		assertThat(inEffect(ledger)).isEqualByComparingTo("39000000000");
		assertThat(ledger.revisions()).extracting(r -> r.oldValue().toPlainString(), r -> r.newValue().toPlainString(),
				TradeLedger.Revision::oldSource, TradeLedger.Revision::newSource)
			.containsExactly(tuple("38600000000", "39000000000", "trade.csv:2", "trade-revised.csv:7"));
	}

	@Test
	void theHighestVintageWinsWhateverTheFileOrder() {
		TradeLedger ledger = new TradeLedger();
		add(ledger, "trade.csv", 2, "39000000000", "2025-03-01");
		add(ledger, "trade-old.csv", 5, "38600000000", "2025-01-15");

		ledger.complete();
		assertThat(inEffect(ledger)).isEqualByComparingTo("39000000000");
		// listed from the older vintage to the newer one, although the older one was read last
		assertThat(ledger.revisions()).extracting(r -> r.oldValue().toPlainString(), r -> r.newValue().toPlainString(),
				TradeLedger.Revision::oldSource, TradeLedger.Revision::newSource)
			.containsExactly(tuple("38600000000", "39000000000", "trade-old.csv:5 (vintage 2025-01-15)",
					"trade.csv:2 (vintage 2025-03-01)"));
	}

	@Test
	void equalVintagesFallBackToFileAndLineOrderAndNoVintageRanksLowest() {
		TradeLedger ledger = new TradeLedger();
		add(ledger, "trade.csv", 2, "1", "2025-03-01");
		add(ledger, "trade.csv", 9, "2", "2025-03-01");
		add(ledger, "trade-x.csv", 2, "3", null);

		ledger.complete();
		assertThat(inEffect(ledger)).isEqualByComparingTo("2");
		assertThat(ledger.revisions()).extracting(r -> r.oldValue().toPlainString(), r -> r.newValue().toPlainString())
			.containsExactly(tuple("1", "2"), tuple("3", "2"));
		assertThat(TradeLedger.compareVintages(null, null)).isZero();
		assertThat(TradeLedger.compareVintages(null, "2020")).isNegative();
		assertThat(TradeLedger.compareVintages("2025-03-01", "2025-01-15")).isPositive();
	}

	@Test
	void memberStatesReportsRollUpIntoTheGroupAsReporter() {
		TradeLedger ledger = new TradeLedger(
				PartnerGroups.load(null, PartnerGroups.Composition.FIXED, LocalDate.of(2025, 11, 25)));
		Period june = Period.month(2021, 6);
		long line = 1;
		for (String[] r : new String[][] { { "DEU", "KAZ", "100" }, { "FRA", "KAZ", "50" }, { "GBR", "KAZ", "7" },
				{ "DEU", "FRA", "1000" }, { "KAZ", "CHN", "9" } }) {
			ledger.add(new StagedTradeRow("trade.csv", ++line,
					new TradeRow(june, r[0], r[1], Flow.EXPORT, "TOTAL", new BigDecimal(r[2]))));
		}
		ledger.complete();

		// EU27–KAZ from the 27's own reports: Germany and France, not the UK, not intra-EU trade
		assertThat(ledger.series(new SeriesKey("EU27", "KAZ", Flow.EXPORT, "TOTAL")).supplied(june))
			.isEqualByComparingTo("150");
		assertThat(ledger.groupNote("EU27", "KAZ")).endsWith("; computed from the reports of 2 member states");
		assertThat(ledger.series(new SeriesKey("EU27", "FRA", Flow.EXPORT, "TOTAL"))).isNull();
		// one member's own figures never pose as its group's (Kazakhstan alone is not Central Asia)
		assertThat(ledger.series(new SeriesKey("CENTRAL_ASIA", "CHN", Flow.EXPORT, "TOTAL"))).isNull();
		assertThat(ledger.pairs()).contains(java.util.List.of("EU27", "KAZ"))
			.doesNotContain(java.util.List.of("CENTRAL_ASIA", "CHN"));
	}

	@Test
	void aSuppliedGroupReporterIsUsedAndCheckedAgainstItsMembers() {
		TradeLedger ledger = new TradeLedger(
				PartnerGroups.load(null, PartnerGroups.Composition.FIXED, LocalDate.of(2025, 11, 25)));
		Period june = Period.month(2021, 6);
		long line = 1;
		for (String[] r : new String[][] { { "DEU", "100" }, { "FRA", "50" }, { "EU27", "200" } }) {
			ledger.add(new StagedTradeRow("trade.csv", ++line,
					new TradeRow(june, r[0], "KAZ", Flow.EXPORT, "TOTAL", new BigDecimal(r[1]))));
		}
		ledger.complete();

		assertThat(ledger.series(new SeriesKey("EU27", "KAZ", Flow.EXPORT, "TOTAL")).supplied(june))
			.isEqualByComparingTo("200");
		assertThat(ledger.warnings()).containsExactly("EU27–KAZ export TOTAL 2021-06: supplied group total 200"
				+ " differs from the sum of its member rows 150 (fixed composition); the supplied total is used");
	}

}
