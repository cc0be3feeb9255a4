package org.partnership.reports.report.excel;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.partnership.reports.report.ArticleRow;
import org.partnership.reports.report.DataQuality;
import org.partnership.reports.report.DataQuality.RejectRow;
import org.partnership.reports.report.ReconciliationRow;
import org.partnership.reports.report.ReconciliationRow.Verdict;
import org.partnership.reports.report.ReportModel;
import org.partnership.reports.report.RowSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Lists longer than a sheet holds are cut one row short of the limit, with a note saying what was left out. */
class RowLimitTests {

	@TempDir
	Path dir;

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
		// five rows in all: the header, three figures, the note
		try (XSSFWorkbook workbook = written(rows, 5)) {
			Sheet sheet = workbook.getSheet("Reconciliation");
			assertThat(sheet.getLastRowNum()).isEqualTo(4);
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("a-3");
			// a-4 … a-10 left out, of which a-6 and a-9 disagree
			assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo(
					"7 more quoted figures not shown: an Excel sheet holds at most 1,048,576 rows; 2 of them disagree"
							+ " with the data; the briefings count them all");
			assertThat(workbook.getFontAt(sheet.getRow(4).getCell(0).getCellStyle().getFontIndex()).getItalic()).isTrue();
			// the filter covers the figures, the used range the note as well
			assertThat(((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:N4");
			assertThat(((XSSFSheet) sheet).getCTWorksheet().getDimension().getRef()).isEqualTo("A1:N5");
		}
	}

	@Test
	void aListThatFitsHasNoNote() throws Exception {
		List<ReconciliationRow> rows = List.of(figure("a-1", Verdict.AGREES), figure("a-2", Verdict.AGREES),
				figure("a-3", Verdict.AGREES));
		try (XSSFWorkbook workbook = written(rows, 5)) {
			Sheet sheet = workbook.getSheet("Reconciliation");
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("a-3");
		}
	}

	@Test
	void articlesPastTheLastRowAreCountedInANoteAndKeepTheirLinksOnlyWhenShown() throws Exception {
		List<ArticleRow> articles = ReportFixtures.model().articles().toList();
		assertThat(articles).hasSizeGreaterThan(3);
		ReportModel model = ReportFixtures.model(articles);
		Path file = this.dir.resolve("articles.xlsx");
		new WorkbookWriter(4).write(model, file);
		try (XSSFWorkbook workbook = Workbooks.open(file)) {
			Sheet sheet = workbook.getSheet("Articles");
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue())
				.startsWith((articles.size() - 2) + " more articles not shown: ");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(articles.get(0).id());
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(articles.get(1).id());
			for (var link : ((XSSFSheet) sheet).getHyperlinkList()) {
				assertThat(link.getFirstRow()).isBetween(1, 2);
			}
		}
	}

	private XSSFWorkbook written(List<ReconciliationRow> rows, int maxRows) throws Exception {
		ReportModel fixture = ReportFixtures.model();
		ReportModel model = new ReportModel(fixture.run(), fixture.pairs(), fixture.indicators(), fixture.articles(),
				fixture.topics(), fixture.events(), RowSource.of(rows), fixture.dataQuality(), fixture.definitions());
		Path file = this.dir.resolve("workbook.xlsx");
		new WorkbookWriter(maxRows).write(model, file);
		return Workbooks.open(file);
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
