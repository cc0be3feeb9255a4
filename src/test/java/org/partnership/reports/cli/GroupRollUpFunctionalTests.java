package org.partnership.reports.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.reports.support.WorkbookRows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Fed the member-state rows of the Kazakh statistics bureau's tables (2018–2023), the job reproduces
 * the EU totals published in the same tables: EU27 = the «Страны ЕС» group without the UK.
 */
class GroupRollUpFunctionalTests {

	/** The 2018 table rounds every row to 0.1 thousand USD: 28 rows differ by at most 28 × 50 USD. */
	private static final double ROUNDING = 1_400;

	@TempDir
	Path dir;

	@Test
	void memberStateRowsReproduceTheBnsEuTotals() throws Exception {
		Path in = Files.createDirectories(this.dir.resolve("in"));
		Files.copy(Path.of("src/test/resources/bns/trade.csv"), in.resolve("trade.csv"));
		Files.writeString(in.resolve("articles.csv"), "id,published_at,title\n");

		int exit = new Cli(new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(new ByteArrayOutputStream(), true))
			.run("--input", in.toString(), "--output", this.dir.resolve("out").toString(), "--state-dir",
					this.dir.resolve("state").toString(), "--run-date", "2025-11-25", "--pairs", "KAZ-EU27,KAZ-EU28");

		assertThat(exit).isZero();
		List<Map<String, Object>> indicators = WorkbookRows
			.read(this.dir.resolve("out/partnership-indicators_2025-11-25.xlsx"), "Indicators");
		List<String> expected = Files.readAllLines(Path.of("src/test/resources/bns/expected-eu-totals.csv"));
		for (String line : expected.subList(1, expected.size())) {
			String[] f = line.split(",");
			String indicator = f[1].equals("export") ? "EXPORTS" : "IMPORTS";
			assertThat(value(indicators, "EU27", f[0], indicator)).as("EU27 " + f[0] + " " + indicator)
				.isCloseTo(Double.parseDouble(f[2]), within(ROUNDING));
			if (Integer.parseInt(f[0]) <= 2020) {
				assertThat(value(indicators, "EU28", f[0], indicator)).as("EU28 " + f[0] + " " + indicator)
					.isCloseTo(Double.parseDouble(f[3]), within(ROUNDING));
			}
		}
		assertThat(indicators).noneMatch(r -> "EU28".equals(r.get("Partner")) && "2023".equals(r.get("Period")));
		assertThat(this.dir.resolve("out/briefing_KAZ-EU27_2023.pdf")).exists();
		assertThat(this.dir.resolve("out/briefing_KAZ-DEU_2023.pdf")).doesNotExist();
	}

	private static double value(List<Map<String, Object>> rows, String partner, String period, String indicator) {
		return rows.stream()
			.filter(r -> partner.equals(r.get("Partner")) && period.equals(r.get("Period"))
					&& indicator.equals(r.get("Indicator")))
			.map(r -> (Double) r.get("Value"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + partner + " " + indicator + " " + period));
	}

}
