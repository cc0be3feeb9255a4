package org.partnership.reports.report.excel;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.partnership.reports.period.Period;
import org.partnership.reports.report.DataQuality;
import org.partnership.reports.report.Figure;
import org.partnership.reports.report.KeyFigures;
import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.PeriodFigures;
import org.partnership.reports.report.ReportModel;

import static org.assertj.core.api.Assertions.assertThat;

/** Missing data shows as missing: empty cells and n/a, never 0, and nothing breaks. */
class SparseModelTests {

	@TempDir
	Path dir;

	@Test
	void anEmptyModelStillGivesAValidWorkbook() throws Exception {
		ReportModel empty = new ReportModel(ReportFixtures.run(Locale.ENGLISH), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), new DataQuality(List.of(), List.of(), List.of()), List.of());
		Path file = this.dir.resolve("empty.xlsx");
		new WorkbookWriter().write(empty, file);
		try (XSSFWorkbook workbook = Workbooks.open(file)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(12);
			assertThat(workbook.getSheet("HS sections").getLastRowNum()).isZero();
			assertThat(Workbooks.row(workbook.getSheet("Overview"), "No trade figures in this run.")).isNotNull();
			assertThat(workbook.getSheet("Overview").getDrawingPatriarch()).isNull();
			// a table needs a data row: an empty one
			assertThat(workbook.getSheet("Indicators").getTables().get(0).getArea().formatAsString())
				.isEqualTo("A1:I2");
			assertThat(workbook.getSheet("Articles").getLastRowNum()).isZero();
			assertThat(workbook.getSheet("Articles").getHyperlinkList()).isEmpty();
			Sheet quality = workbook.getSheet("Data quality");
			assertThat(quality.getRow(2).getCell(0).getStringCellValue()).isEqualTo("No rejected rows.");
			assertThat(Workbooks.row(quality, "No warnings.")).isNotNull();
			assertThat(Workbooks.row(quality, "No revisions.")).isNotNull();
		}
	}

	@Test
	void missingPanelsAndFiguresShowAsNotAvailable() throws Exception {
		PairReport full = ReportFixtures.kazEu();
		KeyFigures year = full.latestYear();
		// the year-to-date comparison has missing months: no YoY
		KeyFigures ytd = new KeyFigures(Period.yearToDate(2025, 9), Period.yearToDate(2024, 9), true, false,
				new Figure(new BigDecimal("30076663414"), new BigDecimal("28644000000"), null), Figure.EMPTY, null,
				null, null, null);
		List<PeriodFigures> annual = List.of(
				new PeriodFigures(Period.year(2023), true, new BigDecimal("32200961055"), null, null, null, null),
				new PeriodFigures(Period.year(2024), false, new BigDecimal("38600000000"),
						new BigDecimal("11100000000"), 19.9, null, null));
		PairReport sparse = new PairReport("KAZ", "EU27", null, null, null, annual, annual, year, null, ytd,
				List.of(), List.of());
		ReportModel base = ReportFixtures.model();
		ReportModel model = new ReportModel(base.run(), List.of(sparse), List.of(), List.of(), List.of(), List.of(),
				List.of(), base.dataQuality(), List.of());
		Path file = this.dir.resolve("sparse.xlsx");
		new WorkbookWriter().write(model, file);

		try (XSSFWorkbook workbook = Workbooks.open(file)) {
			XSSFSheet overview = workbook.getSheet("Overview");
			assertThat(Workbooks.row(overview, "KAZ – EU27 (KAZ–EU27)")).isNotNull();
			Row periods = Workbooks.row(overview, "US dollars");
			assertThat(periods.getCell(4).getStringCellValue()).isEqualTo("n/a");
			assertThat(periods.getCell(7).getStringCellValue()).isEqualTo("Jan–Sep 2025");
			assertThat(periods.getCell(8).getStringCellValue()).isEqualTo("Jan–Sep 2024 (incomplete)");
			Row exports = Workbooks.row(overview, "Exports");
			assertThat(exports.getCell(4).getStringCellValue()).isEqualTo("n/a");
			assertThat(exports.getCell(7).getNumericCellValue()).isEqualTo(30_076_663_414d);
			assertThat(exports.getCell(9).getStringCellValue()).isEqualTo("n/a");
			Row turnover = Workbooks.row(overview, "Turnover (exports + imports)");
			assertThat(turnover.getCell(7).getStringCellValue()).isEqualTo("n/a");
			// no products: the two annual charts only
			assertThat(overview.getDrawingPatriarch().getCharts()).hasSize(2);

			Sheet trade = workbook.getSheet("Trade");
			Row header = Workbooks.row(trade, "Annual");
			assertThat(header.getCell(2).getStringCellValue()).isEqualTo("2024 *");
			// 2023 has no imports: no turnover, no formula, no zero
			assertThat(trade.getRow(header.getRowNum() + 2).getCell(1).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(trade.getRow(header.getRowNum() + 3).getCell(1)).isNull();
			assertThat(trade.getRow(header.getRowNum() + 3).getCell(2).getCellFormula()).isEqualTo("C7+C8");
			assertThat(trade.getRow(header.getRowNum() + 8).getCell(2).getStringCellValue()).isEqualTo("no");
		}
	}

}
