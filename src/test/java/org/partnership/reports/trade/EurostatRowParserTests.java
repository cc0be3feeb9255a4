package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.reports.ingest.InputFileException;
import org.partnership.reports.ingest.Parsed;
import org.partnership.reports.ingest.Reject;
import org.partnership.reports.period.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class EurostatRowParserTests {

	private static final Period JUNE_2021 = Period.month(2021, 6);

	@TempDir
	Path dir;

	private static BigDecimal sum(List<TradeRow> rows) {
		return rows.stream().map(TradeRow::valueUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	@Test
	void memberStateExportsKeepEurostatsViewAndAreConvertedAtTheMonthsRate() throws Exception {
		List<Parsed<TradeRow>> parsed = LayoutFixtures
			.parse(Path.of("src/test/resources/layouts/eurostat-exports-2021-06.csv"));
		List<TradeRow> rows = LayoutFixtures.accepted(parsed);

		assertThat(rows).hasSize(27).allSatisfy(r -> {
			assertThat(r.period()).isEqualTo(JUNE_2021);
			assertThat(r.partner()).isEqualTo("KAZ");
			assertThat(r.flow()).isEqualTo(Flow.EXPORT);
			assertThat(r.commodity()).isEqualTo("TOTAL");
		});
		// Germany: 110,883,872 EUR × 1.2047 USD/EUR
		assertThat(rows).filteredOn(r -> r.reporter().equals("DEU")).singleElement()
			.satisfies(r -> assertThat(r.valueUsd()).isEqualByComparingTo("133581800.60"));
		// the EU-27 aggregate row: 495,154,772 EUR × 1.2047 = the sum of the 26 member-state rows
		TradeRow eu27 = rows.stream().filter(r -> r.reporter().equals("EU27")).findFirst().orElseThrow();
		assertThat(eu27.valueUsd()).isEqualByComparingTo("596512953.83");
		assertThat(sum(rows.stream().filter(r -> !r.reporter().equals("EU27")).toList())).isEqualByComparingTo("596512953.83");
		assertThat(LayoutFixtures.rejected(parsed)).extracting(Reject::line, Reject::column, Reject::reason)
			.containsExactly(tuple(10L, "reporter", "no code for Eurostat reporter 'euro area' in eurostat-geo.csv"),
					tuple(11L, "reporter", "no code for Eurostat reporter 'euro area - 20 countries' in eurostat-geo.csv"),
					tuple(12L, "reporter", "no code for Eurostat reporter 'european union' in eurostat-geo.csv"));
	}

	@Test
	void importsWithNotAvailableValuesAreRejectedOneByOne() throws Exception {
		List<Parsed<TradeRow>> parsed = LayoutFixtures
			.parse(Path.of("src/test/resources/layouts/eurostat-imports-2021-06.csv"));
		List<TradeRow> rows = LayoutFixtures.accepted(parsed);

		assertThat(rows).hasSize(40).allSatisfy(r -> assertThat(r.flow()).isEqualTo(Flow.IMPORT));
		assertThat(sum(rows.stream().filter(r -> r.commodity().equals("TOTAL")).toList()))
			.isEqualByComparingTo("1630522353.88");
		assertThat(sum(rows.stream().filter(r -> r.commodity().equals("27")).toList()))
			.isEqualByComparingTo("1419225271.93");
		List<Reject> rejects = LayoutFixtures.rejected(parsed);
		assertThat(rejects).hasSize(14).allSatisfy(r -> {
			assertThat(r.column()).isEqualTo("value_eur");
			assertThat(r.reason()).isEqualTo("not available (Eurostat ':')");
		});
		assertThat(rejects).filteredOn(r -> r.line() == 5).hasSize(1); // Cyprus, TOTAL
	}

	@Test
	void otherFormsOfPeriodFlowAndProductAreRead() throws Exception {
		Path f = LayoutFixtures.write(this.dir, "trade-eu.csv", """
				TIME_PERIOD,REPORTER,PARTNER,PRODUCT,FLOW,STAT_PROCEDURE,VALUE_IN_EUR
				2024-08,DE,KZ,27-MINERAL FUELS,1-IMPORT,T-Total,1000
				2019,Italy (incl. San Marino 'SM' -> 1993),Kazakhstan,TOTAL,EXPORT,T,"1,000,000"
				2024-08,Germany,Kazakhstan,TOTAL,2-EXPORT,1-Normal,5
				2019-01,Germany,Kazakhstan,TOTAL,3-TRANSIT,T-Total,5
				2019-01,Germany,Kazakhstan,TOTAL-Total,EXPORT,T-Total,:
				2019-Q1,Germany,Kazakhstan,TOTAL,EXPORT,T-Total,5
				2025-01,Germany,Kazakhstan,TOTAL,EXPORT,T-Total,5
				2019-01,Germany,Kazakhstan,Total of goods,EXPORT,T-Total,5
				""");

		List<Parsed<TradeRow>> parsed = LayoutFixtures.parse(f);

		assertThat(LayoutFixtures.accepted(parsed)).extracting(TradeRow::period, TradeRow::reporter, TradeRow::partner,
				TradeRow::flow, TradeRow::commodity, r -> r.valueUsd().toPlainString())
			.containsExactly(tuple(Period.month(2024, 8), "DEU", "KAZ", Flow.IMPORT, "27", "1101.20"),
					tuple(Period.year(2019), "ITA", "KAZ", Flow.EXPORT, "TOTAL", "1119500.00"));
		assertThat(LayoutFixtures.rejected(parsed)).extracting(Reject::line, Reject::column, Reject::reason)
			.containsExactly(tuple(4L, "stat_procedure", "a statistical-procedure breakdown (only T-Total is read)"),
					tuple(5L, "flow", "unknown flow (expected EXPORT, IMPORT, 2-EXPORT or 1-IMPORT)"),
					tuple(6L, "value_in_eur", "not available (Eurostat ':')"),
					tuple(7L, "time_period", "not a Eurostat period (expected 2019-01, 201901-Jan. 2019 or 2019)"),
					tuple(8L, "time_period", "no EUR/USD rate for 2025-01 in eur-usd-rates.csv"),
					tuple(9L, "product", "not an HS/CN code or TOTAL"));
	}

	@Test
	void ratesAndNamesFromTheReferenceFolderReplaceTheShippedOnes() throws Exception {
		Path reference = Files.createDirectories(this.dir.resolve("reference"));
		Files.writeString(reference.resolve("eur-usd-rates.csv"), "# test rates\nperiod,rate\n2025-01,1.0354\n");
		Files.writeString(reference.resolve("eurostat-geo.csv"), "code,eurostat_code,label\nEA20,EA20,Euro area - 20 countries\nKAZ,KZ,Kazakhstan\n");
		Path f = LayoutFixtures.write(this.dir, "trade-eu.csv", """
				period_month,reporter,partner,product_code,flow,value_eur
				2025-01,Euro area - 20 countries (AT; BE),Kazakhstan,TOTAL,EXPORT,100
				2024-01,Euro area - 20 countries,Kazakhstan,TOTAL,EXPORT,100
				2025-01,Germany,Kazakhstan,TOTAL,EXPORT,100
				""");

		List<Parsed<TradeRow>> parsed = LayoutFixtures.parse(f, reference);

		assertThat(LayoutFixtures.accepted(parsed)).extracting(TradeRow::reporter, r -> r.valueUsd().toPlainString())
			.containsExactly(tuple("EA20", "103.54"));
		assertThat(LayoutFixtures.rejected(parsed)).extracting(Reject::line, Reject::reason)
			.containsExactly(tuple(3L, "no EUR/USD rate for 2024-01 in eur-usd-rates.csv"),
					tuple(4L, "no code for Eurostat reporter 'germany' in eurostat-geo.csv"));
	}

	@Test
	void aMalformedRatesFileStopsTheRunNamingFileAndLine() throws Exception {
		Path reference = Files.createDirectories(this.dir.resolve("reference"));
		Files.writeString(reference.resolve("eur-usd-rates.csv"), "period,rate\n2024-01,1.09\n2024-02,-1\n");

		assertThatThrownBy(() -> EurUsdRates.load(reference)).isInstanceOf(InputFileException.class)
			.hasMessage("eur-usd-rates.csv: line 3: rate must be a positive number: '-1'");
	}

	@Test
	void theShippedRatesCoverEveryMonthAndYearFrom2019To2024() {
		EurUsdRates rates = EurUsdRates.load(null);
		for (int year = 2019; year <= 2024; year++) {
			assertThat(rates.rate(Period.year(year))).as("%d", year).isNotNull();
			for (int month = 1; month <= 12; month++) {
				assertThat(rates.rate(Period.month(year, month))).as("%d-%d", year, month).isBetween(
						new BigDecimal("0.95"), new BigDecimal("1.25"));
			}
		}
		assertThat(rates.rate(Period.month(2021, 6))).isEqualByComparingTo("1.2047");
		assertThat(rates.rate(Period.year(2022))).isEqualByComparingTo("1.0530");
		assertThat(rates.rate(Period.month(2025, 1))).isNull();
	}

}
