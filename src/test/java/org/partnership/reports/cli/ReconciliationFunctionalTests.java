package org.partnership.reports.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.reports.support.WorkbookRows;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures quoted by the press are checked against the trade data: on the sample they agree for 2024;
 * with a deliberately different base year the founding article's +16.9 % is flagged as disagreeing,
 * in the workbook and in the briefing.
 */
class ReconciliationFunctionalTests {

	private static final String FOUNDING = "a-2025-04-01-nurtleu-stiprais";

	@TempDir
	Path dir;

	private Path run(Path input) {
		Path out = this.dir.resolve("out");
		int exit = new Cli(new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(new ByteArrayOutputStream(), true))
			.run("--input", input.toString(), "--output", out.toString(), "--state-dir", this.dir.resolve("state").toString(),
					"--run-date", "2025-11-25");
		assertThat(exit).isZero();
		return out;
	}

	private static List<Map<String, Object>> founding(Path out) throws Exception {
		return WorkbookRows.read(out.resolve("partnership-indicators_2025-11-25.xlsx"), "Reconciliation")
			.stream()
			.filter(r -> FOUNDING.equals(r.get("Article ID")))
			.toList();
	}

	@Test
	void foundingArticleAgreesWithTheSampleDataFor2024() throws Exception {
		List<Map<String, Object>> rows = founding(run(Path.of("input")));

		assertThat(rows).filteredOn(r -> "2024".equals(r.get("Period")))
			.extracting(r -> r.get("Metric") + " " + r.get("Kind") + " " + r.get("Verdict"))
			.containsExactlyInAnyOrder("TURNOVER AMOUNT AGREES", "TURNOVER GROWTH_PCT AGREES", "EXPORTS AMOUNT AGREES",
					"IMPORTS AMOUNT AGREES");
		assertThat(rows).filteredOn(r -> "INVESTMENT".equals(r.get("Metric")))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.get("Verdict")).isEqualTo("NOT_COMPARABLE");
				assertThat((String) r.get("Note")).contains("article-sourced", "2005 – 2024-9M");
				assertThat((Double) r.get("Quoted")).isEqualTo(200.7e9);
			});
	}

	@Test
	void aDifferentBaseYearIsFlaggedInTheWorkbookAndTheBriefing() throws Exception {
		// 2023 imports 10 % lower: 2024 turnover growth becomes 19.8 % instead of the quoted 16.9 %
		Path input = Files.createDirectories(this.dir.resolve("in"));
		Files.copy(Path.of("input/articles.csv"), input.resolve("articles.csv"));
		List<String> trade = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("input/trade.csv"))) {
			String[] f = line.split(",");
			if (f[0].startsWith("2023-") && f[2].equals("EU27") && f[3].equals("import")) {
				f[5] = new BigDecimal(f[5]).multiply(new BigDecimal("0.9")).setScale(0, RoundingMode.HALF_UP).toPlainString();
			}
			trade.add(String.join(",", f));
		}
		Files.write(input.resolve("trade.csv"), trade);

		Path out = run(input);

		assertThat(founding(out)).filteredOn(r -> "GROWTH_PCT".equals(r.get("Kind")))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.get("Verdict")).isEqualTo("DISAGREES");
				assertThat((Double) r.get("Quoted")).isEqualTo(16.9);
				assertThat((String) r.get("Note")).startsWith("differs by -2.");
			});
		String briefing = NightlyJobFunctionalTests.pdfText(out.resolve("briefing_KAZ-EU27_2024.pdf"));
		String flagged = briefing.substring(briefing.indexOf("Quoted figures that disagree with the data"));
		assertThat(flagged).contains("Founding article").contains("+16.9%");
	}

}
