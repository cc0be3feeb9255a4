package org.partnership.reports.report.excel;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Feed text can never become a formula, a dangerous link or an oversized cell. */
class WorkbookSafetyTests {

	static final int TITLE = 4;

	@TempDir
	static Path dir;

	static XSSFWorkbook workbook;

	static XSSFSheet articles;

	@BeforeAll
	static void writeFixture() throws Exception {
		Path file = dir.resolve("safety.xlsx");
		new WorkbookWriter().write(ReportFixtures.model(), file);
		workbook = Workbooks.open(file);
		articles = workbook.getSheet("Articles");
	}

	@AfterAll
	static void close() throws Exception {
		workbook.close();
	}

	@Test
	void formulaLikeTitlesAreStoredAsQuotePrefixedText() {
		for (String title : ReportFixtures.INJECTION_TITLES) {
			Cell cell = titleCell(title.substring(0, 6));
			assertThat(cell.getCellType()).as(title).isEqualTo(CellType.STRING);
			assertThat(cell.getStringCellValue()).as(title).isEqualTo(title);
			assertThat(cell.getCellStyle().getQuotePrefixed()).as(title).isTrue();
		}
		// the formula-looking title still links to its own http address, nowhere else
		Cell formula = titleCell("=HYPER");
		assertThat(formula.getHyperlink().getAddress()).isEqualTo("https://example.org/articles/4");
	}

	@Test
	void ordinaryTextIsNotQuotePrefixed() {
		assertThat(articles.getRow(1).getCell(TITLE).getCellStyle().getQuotePrefixed()).isFalse();
		assertThat(articles.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
	}

	@Test
	void rejectedValuesThatLookLikeFormulasAreInert() {
		Sheet quality = workbook.getSheet("Data quality");
		Cell negative = quality.getRow(2).getCell(3);
		assertThat(negative.getStringCellValue()).isEqualTo("-12a");
		assertThat(negative.getCellStyle().getQuotePrefixed()).isTrue();
		Cell dde = quality.getRow(3).getCell(3);
		assertThat(dde.getCellType()).isEqualTo(CellType.STRING);
		assertThat(dde.getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
		assertThat(dde.getCellStyle().getQuotePrefixed()).isTrue();
	}

	@Test
	void onlyTradeTotalsAreFormulas() {
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.FORMULA) {
						assertThat(sheet.getSheetName()).isEqualTo("Trade");
						assertThat(cell.getCellFormula()).matches("[A-Z]+[0-9]+[+-][A-Z]+[0-9]+");
					}
				}
			}
		}
	}

	@Test
	void onlyHttpAddressesBecomeHyperlinks() {
		List<XSSFHyperlink> links = articles.getHyperlinkList();
		// 12 articles: one javascript: address and one without any address
		assertThat(links).hasSize(ReportFixtures.articles().size() - 2);
		assertThat(links).allSatisfy(link -> {
			assertThat(link.getType()).isEqualTo(HyperlinkType.URL);
			assertThat(link.getAddress()).matches("https?://.*");
		});
		Cell javascript = titleCell("Click for details");
		assertThat(javascript.getHyperlink()).isNull();
		// not styled as a link either
		assertThat(javascript.getCellStyle().getFontIndex())
			.isEqualTo(articles.getRow(1).getCell(0).getCellStyle().getFontIndex());
		Cell url = articles.getRow(javascript.getRowIndex()).getCell(10);
		assertThat(url.getStringCellValue()).isEqualTo(ReportFixtures.JAVASCRIPT_URL);
		assertThat(url.getHyperlink()).isNull();
	}

	@Test
	void nonAsciiAddressesArePercentEncoded() {
		Cell russian = articles.getRow(2).getCell(TITLE);
		assertThat(russian.getHyperlink().getAddress()).isEqualTo(
				"https://www.inform.kz/ru/%D1%82%D0%BE%D0%B2%D0%B0%D1%80%D0%BE%D0%BE%D0%B1%D0%BE%D1%80%D0%BE%D1%82-"
						+ "%D0%BA%D0%B0%D0%B7%D0%B0%D1%85%D1%81%D1%82%D0%B0%D0%BD%D0%B0-%D0%B8-%D0%B5%D1%81");
	}

	@Test
	void textOverTheCellLimitIsCutWithAMarker() {
		Cell cell = titleCell("Long read");
		String text = cell.getStringCellValue();
		assertThat(ReportFixtures.LONG_TITLE).hasSizeGreaterThan(40_000);
		assertThat(text).hasSize(32_767);
		assertThat(text).endsWith("… [truncated]");
		assertThat(ReportFixtures.LONG_TITLE).startsWith(text.substring(0, text.length() - "… [truncated]".length()));
	}

	private static Cell titleCell(String prefix) {
		for (Row row : articles) {
			Cell cell = row.getCell(TITLE);
			if (row.getRowNum() > 0 && cell != null && cell.getStringCellValue().startsWith(prefix)) {
				return cell;
			}
		}
		throw new AssertionError("no title starting with " + prefix);
	}

}
