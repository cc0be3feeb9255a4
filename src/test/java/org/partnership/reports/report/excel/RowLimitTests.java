package org.partnership.reports.report.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.partnership.reports.report.DataQuality;
import org.partnership.reports.report.DataQuality.RejectRow;
import org.partnership.reports.report.ReconciliationRow;
import org.partnership.reports.report.ReconciliationRow.Verdict;
import org.partnership.reports.report.RowSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Lists longer than a sheet holds are cut one row short of the limit, with a note saying what was left out. */
class RowLimitTests {

	@Test
	void excelsLimitIsTheOneWeCutAt() {
		assertThat(RowLimit.EXCEL_ROWS).isEqualTo(1_048_576);
	}

	@Test
	void quotedFiguresPastTheLastRowAreCountedInANote() throws Exception {
		List<ReconciliationRow> rows = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			rows.add(figure("a-" + i, i % 3 == 0 ? Verdict.DISAGREES : Verdict.AGREES));
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Reconciliation");
			// five rows in all: the header, three figures, the note
			new ReconciliationSheet(new Cells(new Styles(workbook)), 5).write(sheet, RowSource.of(rows));

			assertThat(sheet.getLastRowNum()).isEqualTo(4);
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("a-3");
			// a-4 … a-10 left out, of which a-6 and a-9 disagree
			assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo(
					"7 more quoted figures not shown: an Excel sheet holds at most 1,048,576 rows; 2 of them disagree"
							+ " with the data; the briefings count them all");
		}
	}

	@Test
	void aListThatFitsHasNoNote() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Reconciliation");
			new ReconciliationSheet(new Cells(new Styles(workbook)), 5)
				.write(sheet, RowSource.of(List.of(figure("a-1", Verdict.AGREES), figure("a-2", Verdict.AGREES),
						figure("a-3", Verdict.AGREES))));
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("a-3");
		}
	}

	@Test
	void eachDataQualitySectionIsCutOnItsOwnAndTheNextStillFollows() throws Exception {
		List<RejectRow> rejects = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			rejects.add(new RejectRow("trade.csv", i + 1L, "value_usd", "x" + i, "not a number"));
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Data quality");
			new DataQualitySheet(new Cells(new Styles(workbook)), 2)
				.write(sheet, new DataQuality(rejects, List.of("one warning"), List.of()));

			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Rejected input rows (5)");
			assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("x1");
			assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("x2");
			assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo(
					"3 more rejected rows not shown: an Excel sheet holds at most 1,048,576 rows; rejects.csv lists them all");
			assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Warnings (1)");
			assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo("one warning");
		}
	}

	private static ReconciliationRow figure(String article, Verdict verdict) {
		return new ReconciliationRow(article, LocalDate.of(2025, 4, 1), "Feed", "Title", "TURNOVER", "AMOUNT", "2024",
				"EU27", new BigDecimal("49700000000"), "USD", new BigDecimal("49700000000"), 0.0, verdict, null);
	}

}
