package org.partnership.reports.trade;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.reports.ingest.Parsed;
import org.partnership.reports.ingest.Reject;
import org.partnership.reports.period.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ComtradeRowParserTests {

	@TempDir
	Path dir;

	@Test
	void theFixtureMapsToTradeRowsInUsd() throws Exception {
		List<Parsed<TradeRow>> parsed = LayoutFixtures.parse(Path.of("src/test/resources/layouts/comtrade-kaz-2023.csv"));

		assertThat(LayoutFixtures.accepted(parsed)).extracting(TradeRow::period, TradeRow::reporter, TradeRow::partner,
				TradeRow::flow, TradeRow::commodity, r -> r.valueUsd().toPlainString())
			.containsExactly(tuple(Period.year(2023), "KAZ", "WLD", Flow.EXPORT, "TOTAL", "80000000000"),
					tuple(Period.year(2023), "KAZ", "WLD", Flow.IMPORT, "TOTAL", "60000000000"),
					tuple(Period.year(2023), "KAZ", "DEU", Flow.EXPORT, "TOTAL", "5000000000"),
					tuple(Period.year(2023), "KAZ", "DEU", Flow.IMPORT, "TOTAL", "3500000000"),
					tuple(Period.year(2023), "KAZ", "DEU", Flow.EXPORT, "27", "4000000000"),
					tuple(Period.year(2023), "KAZ", "DEU", Flow.EXPORT, "2709", "3900000000"),
					tuple(Period.year(2023), "KAZ", "DEU", Flow.EXPORT, "84", "1000000000"),
					tuple(Period.month(2024, 7), "KAZ", "FRA", Flow.EXPORT, "TOTAL", "100000000"));
		assertThat(LayoutFixtures.rejected(parsed)).containsExactly(
				new Reject("comtrade-kaz-2023.csv", 9, "flowcode", "RX",
						"re-exports (RX) are already part of exports (X); skipped so they are not counted twice"),
				new Reject("comtrade-kaz-2023.csv", 10, "motcode", "2100",
						"a mode-of-transport breakdown (only 0 = all modes is read)"),
				new Reject("comtrade-kaz-2023.csv", 12, "period", "202413",
						"not a Comtrade period (expected 2024 or 202407)"),
				new Reject("comtrade-kaz-2023.csv", 13, "partneriso", "_X", "not an ISO alpha-3 or group code"),
				new Reject("comtrade-kaz-2023.csv", 14, "primaryvalue", "-5", "negative value"));
	}

	@Test
	void refYearAndRefMonthGiveThePeriodWhenThereIsNoPeriodColumn() throws Exception {
		Path f = LayoutFixtures.write(this.dir, "trade.csv", """
				freqCode,refYear,refMonth,reporterISO,partnerISO,flowCode,cmdCode,primaryValue
				A,2022,52,KAZ,CHN,M,TOTAL,1.5E10
				M,2024,7,KAZ,WLD,X,27,123.456
				M,2024,,KAZ,CHN,X,TOTAL,1
				M,2024,14,KAZ,CHN,X,TOTAL,1
				A,2024,,KAZ,CHN,RM,TOTAL,1
				A,2024,,KAZ,CHN,DX,TOTAL,1
				A,2024,,KAZ,CHN,X,AG2,1
				A,2030,,KAZ,CHN,X,TOTAL,1
				""");

		List<Parsed<TradeRow>> parsed = LayoutFixtures.parse(f);

		assertThat(LayoutFixtures.accepted(parsed)).extracting(TradeRow::period, TradeRow::partner, TradeRow::flow,
				TradeRow::commodity, r -> r.valueUsd().toPlainString())
			.containsExactly(tuple(Period.year(2022), "CHN", Flow.IMPORT, "TOTAL", "15000000000"),
					tuple(Period.month(2024, 7), "WLD", Flow.EXPORT, "27", "123.46"));
		assertThat(LayoutFixtures.rejected(parsed)).extracting(Reject::line, Reject::column, Reject::reason)
			.containsExactly(tuple(4L, "refmonth", "required value missing (freqCode M is monthly)"),
					tuple(5L, "refmonth", "not a month (1 to 12, or 52 for the whole year)"),
					tuple(6L, "flowcode",
							"re-imports (RM) are already part of imports (M); skipped so they are not counted twice"),
					tuple(7L, "flowcode", "flow code not read (expected X or M)"),
					tuple(8L, "cmdcode", "not an HS code or TOTAL"),
					tuple(9L, "refyear", "out of range (1950 to the run date 2025-11-25)"));
	}

	@Test
	void servicesAndOtherClassificationsAreNotReadAsGoods() throws Exception {
		Path f = LayoutFixtures.write(this.dir, "trade.csv", """
				typeCode,clCode,period,reporterISO,partnerISO,flowCode,cmdCode,primaryValue,vintage
				S,EB,2023,KAZ,DEU,X,TOTAL,1,
				C,S4,2023,KAZ,DEU,X,334,1,
				C,H5,2023,KAZ,DEU,X,TOTAL,7,2024-06-30
				""");

		List<Parsed<TradeRow>> parsed = LayoutFixtures.parse(f);

		assertThat(LayoutFixtures.rejected(parsed)).extracting(Reject::line, Reject::column, Reject::reason)
			.containsExactly(tuple(2L, "typecode", "not goods trade (typeCode C is read)"),
					tuple(3L, "clcode", "not an HS classification: its commodity codes would be misread"));
		assertThat(LayoutFixtures.accepted(parsed)).singleElement()
			.satisfies(r -> assertThat(r.vintage()).isEqualTo("2024-06-30"));
	}

}
