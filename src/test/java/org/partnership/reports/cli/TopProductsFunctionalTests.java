package org.partnership.reports.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.reports.support.WorkbookRows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A feed with an HS4 heading beside its HS6 lines, a code new in 2024, a year without breakdown and
 * monthly imports, through the whole job; the Top products sheet read back with POI. Hand-computed
 * (USD): exports 2024 = 260 over 2023 = 200: 270900 150 (2023: 100), 260300 40 (50), 8471 40 (30; its
 * lines 847130 and 847150 never added), 710812 20 (20), 740311 10 (new). Imports Jan–Mar 2025 = 41 over
 * Jan–Mar 2024 = 80: 300490 36 (30), 870323 5 (50, in February).
 */
class TopProductsFunctionalTests {

	private static final double EXACT = 1e-9;

	@TempDir
	Path dir;

	@Test
	void theWorkbookListsTheTopProductsAtTheFinestLevelWithHandComputedFigures() throws Exception {
		// given
		Path in = Files.createDirectories(this.dir.resolve("in"));
		StringBuilder trade = new StringBuilder("period,reporter,partner,flow,commodity,value_usd\n");
		String[] exports = { "2022,TOTAL,100", "2023,TOTAL,200", "2024,TOTAL,260", "2023,270900,100", "2023,260300,50",
				"2023,8471,30", "2023,847130,20", "2023,847150,10", "2023,710812,20", "2024,270900,150", "2024,260300,40",
				"2024,8471,40", "2024,847130,25", "2024,847150,15", "2024,710812,20", "2024,740311,10" };
		for (String e : exports) {
			String[] f = e.split(",");
			trade.append(f[0]).append(",KAZ,EU27,export,").append(f[1]).append(',').append(f[2]).append('\n');
		}
		for (int m = 1; m <= 12; m++) {
			trade.append(String.format("2024-%02d,KAZ,EU27,import,300490,10%n", m));
		}
		trade.append("2024-02,KAZ,EU27,import,870323,50\n");
		for (int m = 1; m <= 3; m++) {
			trade.append(String.format("2025-%02d,KAZ,EU27,import,300490,12%n", m));
		}
		trade.append("2025-01,KAZ,EU27,import,870323,5\n");
		Files.writeString(in.resolve("trade.csv"), trade, StandardCharsets.UTF_8);
		Files.writeString(in.resolve("articles.csv"), "id,published_at,title\n");
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		// when
		int exit = new Cli(new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(err, true))
			.run("--input", in.toString(), "--output", this.dir.resolve("out").toString(), "--state-dir",
					this.dir.resolve("state").toString(), "--run-date", "2025-11-25", "--pairs", "KAZ-EU27");

		// then
		assertThat(exit).as(err.toString()).isZero();
		Path workbook = this.dir.resolve("out/partnership-indicators_2025-11-25.xlsx");
		List<Map<String, Object>> rows = WorkbookRows.read(workbook, "Top products");
		List<Map<String, Object>> exports2024 = of(rows, "2024", "export");
		assertThat(exports2024).extracting(r -> r.get("Code")).containsExactly("270900", "260300", "8471", "710812",
				"740311");
		assertThat(exports2024).extracting(r -> r.get("Rank")).containsExactly(1d, 2d, 3d, 4d, 5d);
		assertThat(exports2024).extracting(r -> r.get("Level")).containsExactly("HS6", "HS6", "HS4", "HS6", "HS6");
		assertThat(exports2024).extracting(r -> r.get("Value (USD)")).containsExactly(150d, 40d, 40d, 20d, 10d);
		assertThat((Double) exports2024.get(0).get("Share of flow")).isCloseTo(150.0 / 260, within(EXACT));
		assertThat((Double) exports2024.get(0).get("YoY")).isCloseTo(0.5, within(EXACT));
		assertThat((Double) exports2024.get(2).get("YoY")).isCloseTo(1.0 / 3, within(EXACT));
		assertThat(exports2024).extracting(r -> r.get("Contribution (pp)")).containsExactly(25d, -5d, 5d, 0d, 5d);
		// new in 2024: no growth rate (empty cell, never 0), its whole value as contribution
		assertThat(exports2024.get(4)).containsEntry("YoY", "");
		// 2023: 2022 has no breakdown, so nothing is compared
		List<Map<String, Object>> exports2023 = of(rows, "2023", "export");
		assertThat(exports2023).extracting(r -> r.get("Value (USD)")).containsExactly(100d, 50d, 30d, 20d);
		assertThat(exports2023)
			.allSatisfy(r -> assertThat(r).containsEntry("YoY", "").containsEntry("Contribution (pp)", ""));
		List<Map<String, Object>> importsYtd = of(rows, "2025-3M", "import");
		assertThat(importsYtd).extracting(r -> r.get("Code")).containsExactly("300490", "870323");
		assertThat((Double) importsYtd.get(0).get("YoY")).isCloseTo(0.2, within(EXACT));
		assertThat((Double) importsYtd.get(1).get("Contribution (pp)")).isCloseTo(-56.25, within(EXACT));
		try (XSSFWorkbook wb = new XSSFWorkbook(workbook.toFile())) {
			Sheet sheet = wb.getSheet("Top products");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getRow(1).getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(sheet.getRow(1).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
		}
		// the briefing's top-products table shows the finest level too
		String briefing = NightlyJobFunctionalTests.pdfText(this.dir.resolve("out/briefing_KAZ-EU27_2024.pdf"));
		assertThat(briefing).contains("270900").contains("740311");
		// the year-to-date briefing lists the year-to-date's own top products, not the calendar year's
		String ytd = NightlyJobFunctionalTests.pdfText(this.dir.resolve("out/briefing_KAZ-EU27_2025-3M.pdf"));
		assertThat(ytd).contains("Top products, Jan–Mar 2025").contains("300490").contains("870323");
	}

	private static List<Map<String, Object>> of(List<Map<String, Object>> rows, String period, String flow) {
		return rows.stream()
			.filter(r -> "KAZ-EU27".equals(r.get("Pair")) && period.equals(r.get("Period")) && flow.equals(r.get("Flow")))
			.toList();
	}

}
