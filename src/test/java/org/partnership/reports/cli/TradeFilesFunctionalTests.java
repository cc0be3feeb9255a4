package org.partnership.reports.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.reports.support.WorkbookRows;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Several trade files in one run: later files (or higher vintages) revise earlier ones, each file is
 * counted on its own, and each is read in the layout its header shows (ours, UN Comtrade, Eurostat).
 */
class TradeFilesFunctionalTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(Path input, String... extra) {
		List<String> args = new ArrayList<>(List.of("--input", input.toString(), "--output",
				this.dir.resolve("out").toString(), "--state-dir", this.dir.resolve("state").toString(), "--run-date",
				"2025-11-25"));
		args.addAll(List.of(extra));
		return new Cli(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.run(args.toArray(String[]::new));
	}

	private Path input() throws Exception {
		Path in = Files.createDirectories(this.dir.resolve("in"));
		Files.writeString(in.resolve("articles.csv"), "id,published_at,title\n");
		return in;
	}

	private JsonNode inputs() throws Exception {
		return JsonMapper.builder().build().readTree(this.dir.resolve("out/run-summary.json").toFile()).get("inputs");
	}

	private List<Map<String, Object>> indicators() throws Exception {
		return WorkbookRows.read(this.dir.resolve("out/partnership-indicators_2025-11-25.xlsx"), "Indicators");
	}

	private static double value(List<Map<String, Object>> rows, String reporter, String partner, String period,
			String indicator) {
		return rows.stream()
			.filter(r -> reporter.equals(r.get("Reporter")) && partner.equals(r.get("Partner"))
					&& period.equals(r.get("Period")) && indicator.equals(r.get("Indicator")))
			.map(r -> (Double) r.get("Value"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + reporter + "-" + partner + " " + indicator + " " + period));
	}

	@Test
	void aSecondFileRevisesTwoValuesAndTheDataQualitySheetListsBoth() throws Exception {
		Path in = input();
		Files.writeString(in.resolve("trade.csv"), """
				period,reporter,partner,flow,commodity,value_usd
				2023,KAZ,EU27,export,TOTAL,30000000000
				2023,KAZ,EU27,import,TOTAL,10000000000
				2024,KAZ,EU27,export,TOTAL,38600000000
				2024,KAZ,EU27,import,TOTAL,11100000000
				""");
		Files.writeString(in.resolve("trade-revised.csv"), """
				period,reporter,partner,flow,commodity,value_usd
				2024,KAZ,EU27,export,TOTAL,39000000000
				2024,KAZ,EU27,import,TOTAL,11200000000
				2023,KAZ,EU27,export,TOTAL,30000000000
				2024,KAZ,EU27,export,TOTAL,-1
				""");

		int exit = run(in);

		assertThat(exit).as(this.err.toString()).isZero();
		assertThat(inputs()).extracting(f -> f.get("file").asString(), f -> f.get("read").asLong(),
				f -> f.get("accepted").asLong(), f -> f.get("rejected").asLong())
			.containsExactly(tuple("articles.csv", 0L, 0L, 0L), tuple("trade.csv", 4L, 4L, 0L),
					tuple("trade-revised.csv", 4L, 3L, 1L));
		for (JsonNode file : inputs()) {
			assertThat(file.get("read").asLong()).isEqualTo(file.get("accepted").asLong() + file.get("rejected").asLong());
			assertThat(file.get("sha256").asString()).hasSize(64);
		}
		List<Map<String, Object>> indicators = indicators();
		assertThat(value(indicators, "KAZ", "EU27", "2024", "EXPORTS")).isEqualTo(39.0e9);
		assertThat(value(indicators, "KAZ", "EU27", "2024", "IMPORTS")).isEqualTo(11.2e9);
		assertThat(value(indicators, "KAZ", "EU27", "2024", "TURNOVER")).isEqualTo(50.2e9);
		assertThat(value(indicators, "KAZ", "EU27", "2023", "EXPORTS")).isEqualTo(30.0e9);
		assertThat(revisions()).containsExactly(
				List.of("KAZ-EU27 export TOTAL 2024", "38600000000", "39000000000", "400000000", "trade.csv:4",
						"trade-revised.csv:2"),
				List.of("KAZ-EU27 import TOTAL 2024", "11100000000", "11200000000", "100000000", "trade.csv:5",
						"trade-revised.csv:3"));
		assertThat(Files.readAllLines(this.dir.resolve("out/rejects.csv")))
			.containsExactly("file,line,column,value,reason", "trade-revised.csv,5,value_usd,-1,negative value");
		assertThat(this.out.toString()).contains("trade-revised.csv: read 4, accepted 3, rejected 1");
	}

	@Test
	void comtradeAndEurostatFilesAreReadAsTheyAre() throws Exception {
		Path in = input();
		Files.copy(Path.of("src/test/resources/layouts/comtrade-kaz-2023.csv"), in.resolve("trade.csv"));
		Files.copy(Path.of("src/test/resources/layouts/eurostat-imports-2021-06.csv"), in.resolve("trade-eurostat-m.csv"));
		Files.copy(Path.of("src/test/resources/layouts/eurostat-exports-2021-06.csv"), in.resolve("trade-eurostat-x.csv"));

		int exit = run(in, "--pairs", "KAZ-DEU,EU27-KAZ,DEU-KAZ");

		assertThat(exit).as(this.err.toString()).isZero();
		assertThat(inputs()).extracting(f -> f.get("file").asString(), f -> f.get("read").asLong(),
				f -> f.get("accepted").asLong(), f -> f.get("rejected").asLong())
			.containsExactly(tuple("articles.csv", 0L, 0L, 0L), tuple("trade.csv", 13L, 8L, 5L),
					tuple("trade-eurostat-m.csv", 54L, 40L, 14L), tuple("trade-eurostat-x.csv", 30L, 27L, 3L));
		List<Map<String, Object>> indicators = indicators();
		// UN Comtrade, USD as given; HS 2709 is under HS 27 and not added twice
		assertThat(value(indicators, "KAZ", "DEU", "2023", "EXPORTS")).isEqualTo(5.0e9);
		assertThat(value(indicators, "KAZ", "DEU", "2023", "IMPORTS")).isEqualTo(3.5e9);
		assertThat(value(indicators, "KAZ", "DEU", "2023", "TURNOVER")).isEqualTo(8.5e9);
		// Germany's share of Kazakhstan's trade with the world (partner W00): 8.5 / 140 (a percent cell)
		assertThat(value(indicators, "KAZ", "DEU", "2023", "PARTNER_SHARE_OF_TURNOVER"))
			.isCloseTo(0.0607143, org.assertj.core.api.Assertions.within(1e-7));
		// Eurostat, EUR × 1.2047 (ECB, June 2021): EU-27 exports as supplied (= its member states),
		// imports computed from the 26 member states that report a value
		assertThat(value(indicators, "EU27", "KAZ", "2021-06", "EXPORTS")).isEqualTo(596_512_953.83);
		assertThat(value(indicators, "EU27", "KAZ", "2021-06", "IMPORTS")).isEqualTo(1_630_522_353.88);
		assertThat(value(indicators, "EU27", "KAZ", "2021-06", "TURNOVER")).isEqualTo(2_227_035_307.71);
		assertThat(value(indicators, "EU27", "KAZ", "2021-06", "BALANCE")).isEqualTo(-1_034_009_400.05);
		assertThat(value(indicators, "DEU", "KAZ", "2021-06", "EXPORTS")).isEqualTo(133_581_800.60);
		assertThat(value(indicators, "DEU", "KAZ", "2021-06", "IMPORTS")).isEqualTo(354_095_882.00);
		List<String> rejects = Files.readAllLines(this.dir.resolve("out/rejects.csv"));
		assertThat(rejects).hasSize(1 + 5 + 14 + 3)
			.contains("trade.csv,9,flowcode,RX,re-exports (RX) are already part of exports (X); skipped so they are not counted twice",
					"trade-eurostat-m.csv,5,value_eur,,not available (Eurostat ':')");
		assertThat(rejects).filteredOn(l -> l.startsWith("trade-eurostat-x.csv,"))
			.allMatch(l -> l.contains("in eurostat-geo.csv"));
		assertThat(revisions()).isEmpty();
	}

	@Test
	void aTradeFileMatchingNoLayoutStopsTheRunWithExit2() throws Exception {
		Path in = input();
		Files.writeString(in.resolve("trade.csv"), "period,reporter,partner,flow,value_usd\n2024,KAZ,EU27,export,1\n");
		Files.writeString(in.resolve("trade-extra.csv"), "date,country,amount\n2024-01-01,KZ,5\n");

		int exit = run(in);

		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString()).startsWith("error: trade-extra.csv: the header matches no trade layout: expected "
				+ "period, reporter, partner, flow, value_usd; or UN Comtrade refYear or period, ")
			.endsWith("(header: date,country,amount)" + System.lineSeparator());
		assertThat(this.dir.resolve("out")).doesNotExist();
	}

	@Test
	void validateChecksEveryTradeFileInItsLayout() throws Exception {
		Path in = input();
		Files.writeString(in.resolve("trade.csv"), "period,reporter,partner,flow,value_usd\n2024,KAZ,EU27,export,1\n");
		Files.copy(Path.of("src/test/resources/layouts/comtrade-kaz-2023.csv"), in.resolve("trade_comtrade.csv"));

		int exit = run(in, "--validate");

		assertThat(exit).isZero();
		assertThat(this.out.toString()).contains("trade.csv: read 1, would accept 1, would reject 0",
				"trade_comtrade.csv:12: period: not a Comtrade period (expected 2024 or 202407) ('202413')",
				"trade_comtrade.csv (UN Comtrade layout): read 13, would accept 8, would reject 5",
				"5 records would be rejected");
		assertThat(this.dir.resolve("state")).doesNotExist();
	}

	/** The "Revised values" section of the Data quality sheet, cells as shown. */
	private List<List<String>> revisions() throws Exception {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter text = new DataFormatter();
		try (XSSFWorkbook wb = new XSSFWorkbook(this.dir.resolve("out/partnership-indicators_2025-11-25.xlsx").toFile())) {
			Sheet sheet = wb.getSheet("Data quality");
			boolean inSection = false;
			for (Row row : sheet) {
				Cell first = row.getCell(0);
				String label = first == null ? "" : text.formatCellValue(first);
				if (label.startsWith("Revised values (")) {
					inSection = true;
					continue;
				}
				if (!inSection || label.equals("Key") || label.equals("No revisions.")) {
					continue;
				}
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < 6; i++) {
					Cell c = row.getCell(i);
					cells.add(c == null ? "" : c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
							? new java.math.BigDecimal(c.getNumericCellValue()).toPlainString() : c.getStringCellValue());
				}
				rows.add(cells);
			}
		}
		return rows;
	}

}
