package org.partnership.reports.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.reports.run.RunLock;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Runs the real job in-process through the command line, on the sample input and on bad files. */
class NightlyJobFunctionalTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(Path input, String... extra) {
		List<String> args = new java.util.ArrayList<>(List.of("--input", input.toString(), "--output",
				this.dir.resolve("out").toString(), "--state-dir", this.dir.resolve("state").toString(), "--run-date",
				"2025-11-25"));
		args.addAll(List.of(extra));
		return new Cli(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.run(args.toArray(String[]::new));
	}

	private JsonNode summary() throws Exception {
		return JsonMapper.builder().build().readTree(this.dir.resolve("out/run-summary.json").toFile());
	}

	private Path input(String articles, String trade) throws Exception {
		Path in = Files.createDirectories(this.dir.resolve("in"));
		Files.writeString(in.resolve("articles.csv"), articles, StandardCharsets.UTF_8);
		Files.writeString(in.resolve("trade.csv"), trade, StandardCharsets.UTF_8);
		return in;
	}

	@Test
	void sampleInputGivesReportsAndExactCounts() throws Exception {
		// when
		int exit = run(Path.of("input"));

		// then
		assertThat(exit).as(this.err.toString()).isZero();
		JsonNode summary = summary();
		assertThat(summary.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(summary.get("runDate").asString()).isEqualTo("2025-11-25");
		JsonNode articles = summary.get("inputs").get(0);
		assertThat(articles.get("file").asString()).isEqualTo("articles.csv");
		assertThat(articles.get("read").asLong()).isEqualTo(32);
		assertThat(articles.get("accepted").asLong()).isEqualTo(32);
		assertThat(articles.get("rejected").asLong()).isZero();
		assertThat(articles.get("sha256").asString()).hasSize(64);
		JsonNode trade = summary.get("inputs").get(1);
		assertThat(trade.get("read").asLong()).isEqualTo(136);
		assertThat(trade.get("accepted").asLong()).isEqualTo(136);
		assertThat(summary.get("outputs").findValuesAsString("file")).contains("rejects.csv");
		assertThat(Files.readString(this.dir.resolve("out/rejects.csv"))).isEqualTo("file,line,column,value,reason\n");
		// the log tells what happened without carrying article bodies
		assertThat(Files.readString(this.dir.resolve("state/logs/2025-11-25.log"))).contains("importTrade:slice-00000 written")
			.doesNotContain("Trans-Caspian International Transport Route")
			// a clean night warns of nothing (temp sheet files were once closed twice: "Failed to dispose sheet")
			.doesNotContain(" WARN ")
			.doesNotContain(" ERROR ");
		assertThat(summary.get("outputs").findValuesAsString("file")).contains("briefing_KAZ-EU27_2024.pdf",
				"briefing_KAZ-EU27_2025-Q3.pdf", "briefing_KAZ-EU27_2025-9M.pdf");

		// the analyst's workbook: indicators as numbers, one row per period × pair × indicator
		List<java.util.Map<String, Object>> indicators = org.partnership.reports.support.WorkbookRows
			.read(this.dir.resolve("out/partnership-indicators_2025-11-25.xlsx"), "Indicators");
		assertThat(indicator(indicators, "2024", "EXPORTS")).isEqualTo(38.6e9);
		assertThat(indicator(indicators, "2024", "IMPORTS")).isEqualTo(11.1e9);
		assertThat(indicator(indicators, "2024", "TURNOVER")).isEqualTo(49.7e9);
		assertThat(indicator(indicators, "2024", "BALANCE")).isEqualTo(27.5e9);
		assertThat(indicator(indicators, "2024", "TURNOVER_YOY")).isCloseTo(0.169, org.assertj.core.api.Assertions.within(1e-9));
		assertThat(indicator(indicators, "2025-9M", "TURNOVER")).isEqualTo(38_793_675_923.0);
		assertThat(indicator(indicators, "2025-9M", "TURNOVER_YOY")).isCloseTo(38_793_675_923.0 / 36_715_749_226.0 - 1,
				org.assertj.core.api.Assertions.within(1e-9));
		assertThat(indicator(indicators, "2025", "ARTICLES")).isEqualTo(12.0);

		// contributions to growth by HS section, by hand from input/trade.csv: section V = chapters 26 + 27,
		// 1,312,400,000 + 30,339,600,000 in 2024 on 1,159,234,598 + 25,052,347,701 in 2023, over the 2023
		// exports of 32,200,961,055; chapter 99 is "Other / not classified"
		double exports2023 = 32_200_961_055.0;
		List<java.util.Map<String, Object>> sections = org.partnership.reports.support.WorkbookRows
			.read(this.dir.resolve("out/partnership-indicators_2025-11-25.xlsx"), "HS sections");
		java.util.Map<String, Object> minerals = section(sections, "2024", "export", "V");
		assertThat(minerals).containsEntry("Pair", "KAZ-EU27")
			.containsEntry("Chapters", "25–27")
			.containsEntry("Section name", "Mineral products")
			.containsEntry("Value (USD)", 31_652_000_000.0);
		assertThat((Double) minerals.get("Share of flow")).isCloseTo(0.82, within(1e-12));
		assertThat((Double) minerals.get("YoY")).isCloseTo(31_652_000_000.0 / 26_211_582_299.0 - 1, within(1e-12));
		assertThat((Double) minerals.get("Contribution (pp)"))
			.isCloseTo((31_652_000_000.0 - 26_211_582_299.0) / exports2023 * 100, within(1e-9));
		java.util.Map<String, Object> other = section(sections, "2024", "export", "OTHER");
		assertThat(other).containsEntry("Section name", "Other / not classified")
			.containsEntry("Value (USD)", 810_600_000.0);
		assertThat((Double) other.get("Contribution (pp)"))
			.isCloseTo((810_600_000.0 - 708_421_143.0) / exports2023 * 100, within(1e-9));
		// the contributions add up to the exports' growth, 38.6 bn on 32.2 bn; 2022 has no breakdown: 2023 blank
		double sum = sections.stream()
			.filter(r -> "2024".equals(r.get("Period")) && "export".equals(r.get("Flow"))
					&& !"TOTAL".equals(r.get("Section")))
			.mapToDouble(r -> (Double) r.get("Contribution (pp)"))
			.sum();
		double growth = (38_600_000_000.0 / exports2023 - 1) * 100;
		assertThat(sum).isCloseTo(growth, within(1e-9));
		assertThat((Double) section(sections, "2024", "export", "TOTAL").get("Contribution (pp)"))
			.isCloseTo(growth, within(1e-9));
		assertThat(section(sections, "2023", "export", "V")).containsEntry("Contribution (pp)", "");
		assertThat(indicator(indicators, "2024", "EXPORTS_CONTRIBUTION_HS_V"))
			.isCloseTo((31_652_000_000.0 - 26_211_582_299.0) / exports2023 * 100, within(1e-6));

		// the official's briefing of the latest complete year carries the founding article's figures
		String briefing = pdfText(this.dir.resolve("out/briefing_KAZ-EU27_2024.pdf"));
		assertThat(briefing).contains("Kazakhstan – European Union (EU27)", "2024 compared with 2023")
			.contains("49.7", "38.6", "11.1", "27.5", "+16.9%")
			.contains("Turnover reached 49.7 bn USD in 2024, up 16.9% on 2023.")
			.contains("By HS section, mineral products (V) contributed +16.9 pp to the +19.9% change in exports")
			.contains("Page 1 of 2");
		// year-to-date: Jan–Sep 2025 against Jan–Sep 2024 (input/README.md: +5.66 % turnover)
		String ytd = pdfText(this.dir.resolve("out/briefing_KAZ-EU27_2025-9M.pdf"));
		assertThat(ytd).contains("Jan–Sep 2025").contains("38.8").contains("+5.7%");
	}

	private static java.util.Map<String, Object> section(List<java.util.Map<String, Object>> rows, String period,
			String flow, String section) {
		return rows.stream()
			.filter(r -> period.equals(r.get("Period")) && flow.equals(r.get("Flow"))
					&& section.equals(r.get("Section")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no section " + section + " for " + flow + " " + period));
	}

	@Test
	void articleIndicatorsGoOnlyToThePairsTheArticlesName() throws Exception {
		// the sample articles name the EU (and Kazakhstan), never China or Japan
		Path in = Files.createDirectories(this.dir.resolve("in"));
		Files.copy(Path.of("input/articles.csv"), in.resolve("articles.csv"));
		Files.copy(Path.of("input/trade.csv"), in.resolve("trade.csv"));
		Files.writeString(in.resolve("trade-asia.csv"), """
				period,reporter,partner,flow,commodity,value_usd
				2024,KAZ,CHN,export,TOTAL,100
				2024,KAZ,CHN,import,TOTAL,50
				2024,KAZ,JPN,export,TOTAL,10
				2024,KAZ,JPN,import,TOTAL,5
				""");

		assertThat(run(in)).as(this.err.toString()).isZero();

		List<java.util.Map<String, Object>> indicators = org.partnership.reports.support.WorkbookRows
			.read(this.dir.resolve("out/partnership-indicators_2025-11-25.xlsx"), "Indicators");
		assertThat(indicators.stream().filter(r -> "ARTICLES".equals(r.get("Indicator"))).map(r -> r.get("Partner")).distinct())
			.containsExactly("EU27");
		assertThat(indicators.stream()
			.filter(r -> "TURNOVER".equals(r.get("Indicator")) && "2024".equals(r.get("Period")))
			.map(r -> r.get("Partner"))).containsExactlyInAnyOrder("EU27", "CHN", "JPN");
		assertThat(indicator(indicators, "2025", "ARTICLES")).isEqualTo(12.0);
	}

	private static Double indicator(List<java.util.Map<String, Object>> rows, String period, String indicator) {
		return rows.stream()
			.filter(r -> period.equals(r.get("Period")) && indicator.equals(r.get("Indicator")))
			.map(r -> (Double) r.get("Value"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + indicator + " for " + period));
	}

	static String pdfText(Path pdf) throws Exception {
		try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
		}
	}

	/** A cron line written with --force must work on its first night too, with an empty state folder. */
	@Test
	void forceOnAFreshStateFolderRunsTheJob() throws Exception {
		assertThat(run(Path.of("input"), "--force")).as(this.err::toString).isZero();
		assertThat(summary().get("status").asString()).isEqualTo("COMPLETED");
		assertThat(this.dir.resolve("out/briefing_KAZ-EU27_2024.pdf")).isRegularFile();
	}

	@Test
	void sameInputsAndDateAgainIsUpToDateAndForceRebuilds() throws Exception {
		assertThat(run(Path.of("input"))).isZero();
		long written = Files.getLastModifiedTime(this.dir.resolve("out/run-summary.json")).toMillis();
		Thread.sleep(20);

		assertThat(run(Path.of("input"))).isZero();
		assertThat(this.out.toString()).contains("up to date: reports for 2025-11-25");
		assertThat(Files.getLastModifiedTime(this.dir.resolve("out/run-summary.json")).toMillis()).isEqualTo(written);

		assertThat(run(Path.of("input"), "--force")).isZero();
		assertThat(Files.getLastModifiedTime(this.dir.resolve("out/run-summary.json")).toMillis()).isGreaterThan(written);
	}

	@Test
	void badRowsAreSkippedReportedWithLineAndReasonAndCounted() throws Exception {
		String articles = """
				id,published_at,source,url,language,title,body
				a1,2025-04-01,S,,en,First,"Body with, comma
				and a second line"
				a1,2025-04-02,S,,en,Duplicate id,body
				a2,not-a-date,S,,en,Bad date,body
				a3,2025-04-03,S,,de,Wrong language,body
				a4,2025-04-03,S,,en,,missing title
				a5,2025-04-04T10:15:00,S,,ru,Хороший,текст
				""";
		String trade = """
				period,reporter,partner,flow,commodity,value_usd
				2024,KAZ,EU27,export,TOTAL,38600000000
				2024,KAZ,EU27,import,TOTAL,11100000000
				2024,KAZ,EU27,import,TOTAL,-1
				2024,KAZ,EU27,transit,TOTAL,5
				""";

		int exit = run(input(articles, trade));

		assertThat(exit).as(this.err.toString()).isZero();
		assertThat(Files.readString(this.dir.resolve("out/rejects.csv"))).isEqualTo("""
				file,line,column,value,reason
				articles.csv,4,id,a1,duplicate id (first seen on line 2)
				articles.csv,5,published_at,not-a-date,not an ISO date or date-time
				articles.csv,6,language,de,"unknown language (expected en, ru or kk)"
				articles.csv,7,title,,required value missing
				trade.csv,4,value_usd,-1,negative value
				trade.csv,5,flow,transit,unknown flow (expected export or import)
				""");
		JsonNode summary = summary();
		for (JsonNode file : summary.get("inputs")) {
			assertThat(file.get("read").asLong())
				.isEqualTo(file.get("accepted").asLong() + file.get("rejected").asLong());
		}
		assertThat(summary.get("inputs").get(0).get("read").asLong()).isEqualTo(6);
		assertThat(summary.get("inputs").get(0).get("rejected").asLong()).isEqualTo(4);
		assertThat(summary.get("inputs").get(1).get("accepted").asLong()).isEqualTo(2);
		assertThat(summary.get("inputs").get(1).get("rejected").asLong()).isEqualTo(2);
	}

	@Test
	void missingRequiredColumnStopsWithExit2AndOneLineBeforeAnyReport() throws Exception {
		Path in = input("id,published_at,title\n", "period,reporter,partner,flow,commodity\n2024,KAZ,EU27,export,TOTAL\n");

		int exit = run(in);

		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString()).isEqualTo(
				"error: trade.csv: required column 'value_usd' missing (header: period,reporter,partner,flow,commodity)"
						+ System.lineSeparator());
		assertThat(this.dir.resolve("out")).doesNotExist();
	}

	@Test
	void badUsageExits2() {
		assertThat(run(Path.of("input"), "--colour")).isEqualTo(2);
		assertThat(this.err.toString()).startsWith("error: Unknown option: '--colour'");
		assertThat(run(this.dir.resolve("missing"))).isEqualTo(2);
		assertThat(this.err.toString()).contains("error: input folder not found: ");
		assertThat(run(Path.of("input"), "--run-date", "25.11.2025")).isEqualTo(2);
	}

	@Test
	void anotherRunHoldingTheLockMakesThisOneExit3AtOnce() throws Exception {
		try (RunLock held = RunLock.tryAcquire(this.dir.resolve("state"))) {
			assertThat(held).isNotNull();
			long start = System.nanoTime();
			assertThat(run(Path.of("input"))).isEqualTo(3);
			assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
			assertThat(this.err.toString()).startsWith("error: another run holds the lock on ");
		}
	}

}
