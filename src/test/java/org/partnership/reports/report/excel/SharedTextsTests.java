package org.partnership.reports.report.excel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Category texts go to the shared-strings table once each, and read back as the texts they were. */
class SharedTextsTests {

	@TempDir
	Path dir;

	@Test
	void eachDistinctTextIsAddedOnceAfterThoseTheTableHeld() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			SharedStringsTable table = workbook.getSharedStringSource();
			table.addSharedStringItem(new XSSFRichTextString("Trade overview"));
			SharedTexts texts = new SharedTexts(table);

			int turnover = texts.index("TURNOVER");
			assertThat(turnover).isEqualTo(1);
			assertThat(texts.index("AGREES")).isEqualTo(2);
			assertThat(texts.index(new String("TURNOVER"))).isEqualTo(turnover);
			assertThat(texts.index("Trade overview")).isZero(); // already in the table: its index
			assertThat(table.getUniqueCount()).isEqualTo(3);
			assertThat(table.getItemAt(turnover).getString()).isEqualTo("TURNOVER");
		}
	}

	@Test
	void theCountAttributeCountsEveryReference() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			SharedTexts texts = new SharedTexts(workbook.getSharedStringSource());
			texts.index("TURNOVER");
			texts.index("TURNOVER");
			texts.index("AGREES");
			texts.index("TURNOVER");

			assertThat(texts.uncounted()).isEqualTo(2); // POI counted the two texts added, once each
		}
		assertThat(Repackager.counted("<?xml version=\"1.0\"?>\n<sst count=\"5\" uniqueCount=\"3\" xmlns=\"x\"><si><t>count=\"1\"</t></si></sst>", 7))
			.isEqualTo("<?xml version=\"1.0\"?>\n<sst count=\"12\" uniqueCount=\"3\" xmlns=\"x\"><si><t>count=\"1\"</t></si></sst>");
		assertThat(Repackager.counted("<sst uniqueCount=\"3\"></sst>", 7)).isEqualTo("<sst uniqueCount=\"3\"></sst>");
	}

	@Test
	void aFullTableLeavesFurtherTextsInline() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			SharedTexts texts = new SharedTexts(workbook.getSharedStringSource(), 2);

			assertThat(texts.index("a")).isZero();
			assertThat(texts.index("b")).isEqualTo(1);
			assertThat(texts.index("c")).isEqualTo(-1);
			assertThat(texts.index("a")).isZero(); // still shared
		}
	}

	@Test
	void categoryColumnsAreSharedAndReadBackAsTheirTexts() throws IOException {
		Path file = this.dir.resolve("shared.xlsx");
		new WorkbookWriter().write(ReportFixtures.model(), file);

		String rows = sheetXml(file, "Reconciliation");
		// Metric (E) and Verdict (M) are categories, Title (D) is not
		assertThat(cell(rows, "E2")).contains("t=\"s\"");
		assertThat(cell(rows, "M2")).contains("t=\"s\"");
		assertThat(cell(rows, "D2")).contains("t=\"inlineStr\"");
		assertThat(cell(rows, "I2")).doesNotContain(" t=");
		// the table's count is every cell of every sheet that refers to one of its texts
		int references = 0;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (var entry : java.util.Collections.list(zip.entries())) {
				if (entry.getName().startsWith("xl/worksheets/sheet")) {
					String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
					references += xml.split(" t=\"s\"", -1).length - 1;
				}
			}
			String table = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(),
					StandardCharsets.UTF_8);
			assertThat(references).isGreaterThan(100);
			assertThat(table).contains("<sst count=\"" + references + "\"");
		}
		try (XSSFWorkbook workbook = Workbooks.open(file)) {
			Sheet sheet = workbook.getSheet("Reconciliation");
			Row first = sheet.getRow(1);
			assertThat(first.getCell(4).getStringCellValue()).isEqualTo("TURNOVER");
			assertThat(first.getCell(12).getStringCellValue()).isEqualTo("AGREES");
		}
	}

	private static String cell(String rows, String reference) {
		Matcher m = Pattern.compile("<c r=\"" + reference + "\"[^>]*>").matcher(ImpliedReferences.restore(rows));
		assertThat(m.find()).as("cell %s", reference).isTrue();
		return m.group();
	}

	/** The XML of the sheet named {@code name}: sheets are numbered in their order in the workbook. */
	private static String sheetXml(Path file, String name) throws IOException {
		int number;
		try (XSSFWorkbook workbook = Workbooks.open(file)) {
			number = workbook.getSheetIndex(name) + 1;
		}
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + number + ".xml")).readAllBytes(),
					StandardCharsets.UTF_8);
		}
	}

}
