package org.partnership.reports.report.excel;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Writes the KAZ–EU27 fixture once and reads the workbook back with POI. */
class WorkbookContentTests {

	static final String BILLIONS = "#,##0.0,,,\" bn\"";

	static final String MILLIONS = "#,##0,,\" m\"";

	static final String CHANGE = "+0.0%;-0.0%;0.0%";

	@TempDir
	static Path dir;

	static XSSFWorkbook workbook;

	@BeforeAll
	static void writeFixture() throws Exception {
		Path file = dir.resolve("partnership.xlsx");
		new WorkbookWriter().write(ReportFixtures.model(), file);
		workbook = Workbooks.open(file);
	}

	@AfterAll
	static void close() throws Exception {
		workbook.close();
	}

	@Test
	void sheetsComeInTheDocumentedOrder() {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		assertThat(names).containsExactly("Overview", "Indicators", "Trade", "Commodities", "Top products", "HS sections", "Articles",
				"Topics", "Events", "Reconciliation", "Data quality", "About");
	}

	@Test
	void mergedRegionsNeverOverlapAndTheOverviewPanelTitlesAreMerged() {
		// the Overview adds its regions without POI's overlap check
		workbook.forEach(sheet -> {
			List<org.apache.poi.ss.util.CellRangeAddress> regions = sheet.getMergedRegions();
			for (int i = 0; i < regions.size(); i++) {
				for (int j = i + 1; j < regions.size(); j++) {
					assertThat(regions.get(i).intersects(regions.get(j)))
						.as("%s: %s and %s", sheet.getSheetName(), regions.get(i), regions.get(j))
						.isFalse();
				}
			}
		});
		assertThat(workbook.getSheet("Overview").getMergedRegions()).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void overviewShowsThe2024KeyFiguresAsNumbersInBillions() {
		Sheet overview = workbook.getSheet("Overview");
		Row periods = Workbooks.row(overview, "US dollars");
		assertThat(texts(periods, 1, 10)).containsExactly("2024", "2023", "YoY", "Q3 2025", "Q3 2024", "YoY",
				"Jan–Sep 2025", "Jan–Sep 2024", "YoY");
		assertThat(texts(overview.getRow(periods.getRowNum() - 1), 1, 10)).containsExactly("Latest year", "", "",
				"Latest quarter", "", "", "Year to date", "", "");

		Row exports = Workbooks.row(overview, "Exports");
		assertThat(exports.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(exports.getCell(1).getNumericCellValue()).isEqualTo(38_600_000_000d);
		assertThat(Workbooks.format(exports.getCell(1))).isEqualTo(BILLIONS);
		assertThat(exports.getCell(2).getNumericCellValue()).isEqualTo(32_200_961_055d);
		assertThat(exports.getCell(3).getNumericCellValue()).isEqualTo(0.199);

		Row imports = Workbooks.row(overview, "Imports");
		assertThat(imports.getCell(1).getNumericCellValue()).isEqualTo(11_100_000_000d);
		assertThat(Workbooks.format(imports.getCell(1))).isEqualTo(BILLIONS);

		Row turnover = Workbooks.row(overview, "Turnover (exports + imports)");
		assertThat(turnover.getCell(1).getNumericCellValue()).isEqualTo(49_700_000_000d);
		assertThat(turnover.getCell(2).getNumericCellValue()).isEqualTo(42_514_970_060d);
		assertThat(turnover.getCell(3).getNumericCellValue()).isEqualTo(0.169);
		assertThat(Workbooks.format(turnover.getCell(3))).isEqualTo(CHANGE);
		// Q3 2025 against Q3 2024, summed from the monthly customs figures
		assertThat(turnover.getCell(4).getNumericCellValue()).isEqualTo(13_925_088_852d);
		assertThat(turnover.getCell(5).getNumericCellValue()).isEqualTo(12_760_184_449d);

		Row balance = Workbooks.row(overview, "Balance (exports − imports)");
		assertThat(balance.getCell(1).getNumericCellValue()).isEqualTo(27_500_000_000d);

		Row coverage = Workbooks.row(overview, "Coverage ratio (exports ÷ imports)");
		assertThat(coverage.getCell(1).getNumericCellValue()).isEqualTo(3.477);
		assertThat(Workbooks.format(coverage.getCell(1))).isEqualTo("0.0%");
		Row share = Workbooks.row(overview, "Partner share of reporter's trade");
		assertThat(share.getCell(1).getNumericCellValue()).isEqualTo(0.35);
		assertThat(share.getCell(4).getStringCellValue()).isEqualTo("n/a");
	}

	@Test
	void indicatorsAreAnExcelTableWithUniqueHeaders() {
		XSSFSheet sheet = workbook.getSheet("Indicators");
		assertThat(sheet.getTables()).hasSize(1);
		XSSFTable table = sheet.getTables().get(0);
		assertThat(table.getName()).isEqualTo("tblIndicators");
		assertThat(table.getArea().formatAsString()).isEqualTo("A1:I61");
		assertThat(table.getStyleName()).isEqualTo("TableStyleMedium2");
		assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo("A1:I61");
		assertThat(table.getColumns()).extracting(XSSFTableColumn::getName)
			.containsExactly("Reporter", "Partner", "Period", "Period type", "Period start", "Complete", "Indicator",
					"Value", "Unit");
		assertThat(texts(sheet.getRow(0), 0, 9)).containsExactly("Reporter", "Partner", "Period", "Period type",
				"Period start", "Complete", "Indicator", "Value", "Unit");
		assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
	}

	@Test
	void indicatorValuesKeepTheirUnitPercentagesAsFractions() {
		XSSFSheet sheet = workbook.getSheet("Indicators");
		// 2024 is the tenth year: rows 56..61 (1-based), six indicators a year
		Row exports = sheet.getRow(55);
		assertThat(texts(exports, 0, 4)).containsExactly("KAZ", "EU27", "2024", "YEAR");
		assertThat(exports.getCell(6).getStringCellValue()).isEqualTo("EXPORTS");
		assertThat(exports.getCell(7).getNumericCellValue()).isEqualTo(38_600_000_000d);
		assertThat(Workbooks.format(exports.getCell(7))).isEqualTo("#,##0");
		assertDate(exports.getCell(4), LocalDate.of(2024, 1, 1));
		assertThat(exports.getCell(5).getStringCellValue()).isEqualTo("yes");

		Row turnoverYoy = sheet.getRow(59);
		assertThat(turnoverYoy.getCell(6).getStringCellValue()).isEqualTo("TURNOVER_YOY");
		assertThat(turnoverYoy.getCell(7).getNumericCellValue()).isEqualTo(0.169);
		assertThat(Workbooks.format(turnoverYoy.getCell(7))).isEqualTo("0.0%");
		assertThat(turnoverYoy.getCell(8).getStringCellValue()).isEqualTo("PCT");

		// 2015 has no base year: the YoY cell is empty, not 0
		Row firstYoy = sheet.getRow(5);
		assertThat(firstYoy.getCell(6).getStringCellValue()).isEqualTo("TURNOVER_YOY");
		assertThat(firstYoy.getCell(7).getCellType()).isEqualTo(CellType.BLANK);
	}

	@Test
	void tradeTurnoverAndBalanceAreFormulasWithCachedValues() {
		Sheet trade = workbook.getSheet("Trade");
		Row header = Workbooks.row(trade, "Annual");
		assertThat(header.getCell(1).getStringCellValue()).isEqualTo("2015");
		assertThat(header.getCell(10).getStringCellValue()).isEqualTo("2024");
		Row exports = trade.getRow(header.getRowNum() + 1);
		assertThat(exports.getCell(0).getStringCellValue()).isEqualTo("Exports (USD)");
		assertThat(exports.getCell(10).getNumericCellValue()).isEqualTo(38_600_000_000d);
		assertThat(Workbooks.format(exports.getCell(10))).isEqualTo(MILLIONS);

		Cell turnover = trade.getRow(header.getRowNum() + 3).getCell(10);
		assertThat(turnover.getCellType()).isEqualTo(CellType.FORMULA);
		assertThat(turnover.getCellFormula()).isEqualTo("K8+K9");
		assertThat(turnover.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
		assertThat(turnover.getNumericCellValue()).isEqualTo(49_700_000_000d);
		assertThat(workbook.getCreationHelper().createFormulaEvaluator().evaluate(turnover).getNumberValue())
			.isEqualTo(49_700_000_000d);

		Cell balance = trade.getRow(header.getRowNum() + 4).getCell(10);
		assertThat(balance.getCellFormula()).isEqualTo("K8-K9");
		assertThat(balance.getNumericCellValue()).isEqualTo(27_500_000_000d);

		Row turnoverYoy = Workbooks.row(trade, "Turnover YoY", header.getRowNum());
		assertThat(turnoverYoy.getCell(10).getNumericCellValue()).isEqualTo(0.169);
		assertThat(Workbooks.format(turnoverYoy.getCell(10))).isEqualTo(CHANGE);
		assertThat(turnoverYoy.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
		assertThat(workbook.getForceFormulaRecalculation()).isTrue();
	}

	@Test
	void tradeHasQuarterlyMonthlyAndYearToDateBlocks() {
		Sheet trade = workbook.getSheet("Trade");
		Row ytd = Workbooks.row(trade, "Year to date");
		assertThat(texts(ytd, 1, 4)).containsExactly("Jan–Sep 2023", "Jan–Sep 2024", "Jan–Sep 2025");
		Row quarterly = Workbooks.row(trade, "Quarterly");
		assertThat(quarterly.getCell(1).getStringCellValue()).isEqualTo("Q1 2023");
		assertThat(quarterly.getCell(11).getStringCellValue()).isEqualTo("Q3 2025");
		Row monthly = Workbooks.row(trade, "Monthly");
		assertThat(monthly.getCell(1).getStringCellValue()).isEqualTo("Jan 2023");
		assertThat(monthly.getCell(33).getStringCellValue()).isEqualTo("Sep 2025");
		Row monthlyExports = trade.getRow(monthly.getRowNum() + 1);
		assertThat(monthlyExports.getCell(33).getNumericCellValue()).isEqualTo(3_854_637_125d);
		Cell monthlyTurnover = trade.getRow(monthly.getRowNum() + 3).getCell(33);
		assertThat(monthlyTurnover.getNumericCellValue()).isEqualTo(4_937_763_543d);
	}

	@Test
	void commoditiesListProductsWithSharesAsFractions() {
		Sheet sheet = workbook.getSheet("Commodities");
		assertThat(texts(sheet.getRow(0), 0, 10)).containsExactly("Pair", "Period", "Flow", "Rank", "HS code",
				"Product", "Value (USD)", "Share of flow", "YoY", "Contribution (pp)");
		Row fuels = sheet.getRow(1);
		assertThat(texts(fuels, 0, 3)).containsExactly("KAZ-EU27", "2024", "export");
		assertThat(fuels.getCell(3).getNumericCellValue()).isEqualTo(1d);
		assertThat(fuels.getCell(4).getStringCellValue()).isEqualTo("27");
		assertThat(fuels.getCell(6).getNumericCellValue()).isEqualTo(30_339_600_000d);
		assertThat(Workbooks.format(fuels.getCell(6))).isEqualTo("#,##0.0,,\" m\"");
		assertThat(fuels.getCell(7).getNumericCellValue()).isEqualTo(0.786);
		assertThat(Workbooks.format(fuels.getCell(7))).isEqualTo("0.0%");
		assertThat(fuels.getCell(8).getNumericCellValue()).isEqualTo(0.211);
		assertThat(fuels.getCell(9).getNumericCellValue()).isEqualTo(16.4);
		assertThat(Workbooks.format(fuels.getCell(9))).isEqualTo("+0.0\" pp\";-0.0\" pp\";0.0\" pp\"");
		assertThat(sheet.getLastRowNum()).isEqualTo(21);
	}

	@Test
	void hsSectionsListContributionsInPointsUpToTheFlowTotal() {
		Sheet sheet = workbook.getSheet("HS sections");
		assertThat(texts(sheet.getRow(0), 0, 10)).containsExactly("Pair", "Period", "Flow", "Section", "Chapters",
				"Section name", "Value (USD)", "Share of flow", "YoY", "Contribution (pp)");
		// exports 2024 in nomenclature order: II, V, VI, XIV, XV, OTHER, then the total
		Row minerals = sheet.getRow(2);
		assertThat(texts(minerals, 0, 6)).containsExactly("KAZ-EU27", "2024", "export", "V", "25–27",
				"Mineral products");
		// chapters 26 + 27: 1,312,400,000 + 30,339,600,000
		assertThat(minerals.getCell(6).getNumericCellValue()).isEqualTo(31_652_000_000d);
		assertThat(Workbooks.format(minerals.getCell(6))).isEqualTo("#,##0.0,,\" m\"");
		// 31,652.0 / 38,600.0 = 82.0 %
		assertThat(minerals.getCell(7).getNumericCellValue()).isEqualTo(0.82);
		assertThat(Workbooks.format(minerals.getCell(7))).isEqualTo("0.0%");
		// on 26,211,582,299 in 2023: +20.8 %
		assertThat(minerals.getCell(8).getNumericCellValue()).isEqualTo(0.208);
		assertThat(Workbooks.format(minerals.getCell(8))).isEqualTo(CHANGE);
		// 5,440,417,701 / 32,200,961,055 (exports 2023) = 16.9 pp, stored as points
		assertThat(minerals.getCell(9).getNumericCellValue()).isEqualTo(16.9);
		assertThat(Workbooks.format(minerals.getCell(9))).isEqualTo("+0.0\" pp\";-0.0\" pp\";0.0\" pp\"");
		Row other = sheet.getRow(6);
		assertThat(texts(other, 3, 6)).containsExactly("OTHER", "98–99, other", "Other / not classified");
		Row total = sheet.getRow(7);
		assertThat(texts(total, 3, 6)).containsExactly("TOTAL", "01–99", "All goods");
		assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(38_600_000_000d);
		assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(1.0);
		assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(0.199);
		assertThat(total.getCell(9).getNumericCellValue()).isEqualTo(19.9);
		// then the nine import rows (eight sections and the total)
		assertThat(texts(sheet.getRow(8), 0, 4)).containsExactly("KAZ-EU27", "2024", "import", "IV");
		assertThat(sheet.getLastRowNum()).isEqualTo(16);
	}

	@Test
	void articlesHaveRealDatesAndJoinedLists() {
		Sheet sheet = workbook.getSheet("Articles");
		assertThat(texts(sheet.getRow(0), 0, 11)).containsExactly("ID", "Date", "Source", "Language", "Title",
				"Story ID", "Topics", "Actors", "Events", "Figures", "URL");
		Row first = sheet.getRow(1);
		assertThat(first.getCell(0).getStringCellValue()).isEqualTo("a-0001");
		assertDate(first.getCell(1), LocalDate.of(2025, 4, 1));
		assertThat(first.getCell(4).getStringCellValue())
			.isEqualTo("Kazakhstan–EU trade turnover reaches $49.7 billion");
		assertThat(first.getCell(7).getStringCellValue()).isEqualTo("Kazakhstan; European Union");
		assertThat(first.getCell(9).getStringCellValue())
			.isEqualTo("TURNOVER 49.7 bn USD 2024 +16.9%; EXPORTS 38.6 bn USD 2024; IMPORTS 11.1 bn USD 2024");
		assertThat(sheet.getRow(2).getCell(4).getStringCellValue())
			.isEqualTo("Товарооборот Казахстана и ЕС в 2024 году достиг 49,7 млрд долларов");
		assertThat(sheet.getRow(3).getCell(4).getStringCellValue())
			.isEqualTo("Қазақстан мен Еуропалық одақ арасындағы тауар айналымы өсті");
		assertThat(sheet.getLastRowNum()).isEqualTo(ReportFixtures.articles().size());
	}

	@Test
	void reconciliationDisagreementsAreFilled() {
		Sheet sheet = workbook.getSheet("Reconciliation");
		Row agrees = sheet.getRow(1);
		Row disagrees = sheet.getRow(2);
		assertThat(disagrees.getCell(12).getStringCellValue()).isEqualTo("DISAGREES");
		assertThat(disagrees.getCell(8).getNumericCellValue()).isEqualTo(40_100_000_000d);
		assertThat(disagrees.getCell(10).getNumericCellValue()).isEqualTo(38_600_000_000d);
		assertThat(disagrees.getCell(11).getNumericCellValue()).isEqualTo(0.039);
		assertThat(Workbooks.format(disagrees.getCell(11))).isEqualTo(CHANGE);
		for (int c = 0; c < ReconciliationSheet.COLUMNS.size(); c++) {
			XSSFCellStyle style = (XSSFCellStyle) disagrees.getCell(c).getCellStyle();
			assertThat(style.getFillPattern()).as("column %d", c).isEqualTo(FillPatternType.SOLID_FOREGROUND);
			assertThat(style.getFillForegroundColorColor().getARGBHex()).as("column %d", c).isEqualTo("FFFFC7CE");
		}
		assertThat(agrees.getCell(12).getStringCellValue()).isEqualTo("AGREES");
		assertThat(agrees.getCell(8).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
		// a quoted percentage is stored as a fraction like every other percentage
		Row pct = sheet.getRow(3);
		assertThat(pct.getCell(8).getNumericCellValue()).isEqualTo(0.169);
		assertThat(Workbooks.format(pct.getCell(8))).isEqualTo("0.0%");
	}

	@Test
	void dataQualityListsRejectsThenWarningsThenRevisions() {
		Sheet sheet = workbook.getSheet("Data quality");
		assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Rejected input rows (2)");
		assertThat(texts(sheet.getRow(1), 0, 5)).containsExactly("File", "Line", "Column", "Value", "Reason");
		assertThat(texts(sheet.getRow(2), 0, 1)).containsExactly("trade.csv");
		assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(17d);
		assertThat(texts(sheet.getRow(2), 2, 5)).containsExactly("value_usd", "-12a", "not a number");
		Row warnings = Workbooks.row(sheet, "Warnings (1)");
		assertThat(sheet.getRow(warnings.getRowNum() + 2).getCell(0).getStringCellValue())
			.isEqualTo("2025-Q3 is preliminary: the bureau revises monthly data for three months");
		Row revisions = Workbooks.row(sheet, "Revised values (1)");
		Row revision = sheet.getRow(revisions.getRowNum() + 2);
		assertThat(revision.getCell(0).getStringCellValue()).isEqualTo("KAZ-EU27 2024 export TOTAL");
		assertThat(revision.getCell(1).getNumericCellValue()).isEqualTo(38_500_000_000d);
		assertThat(revision.getCell(2).getNumericCellValue()).isEqualTo(38_600_000_000d);
		assertThat(revision.getCell(3).getNumericCellValue()).isEqualTo(100_000_000d);
	}

	@Test
	void aboutCarriesRunDateInputsAndDefinitions() {
		Sheet sheet = workbook.getSheet("About");
		assertDate(Workbooks.row(sheet, "Run date").getCell(1), ReportFixtures.RUN_DATE);
		assertThat(Workbooks.row(sheet, "Report language").getCell(1).getStringCellValue()).isEqualTo("English");
		Row input = Workbooks.row(sheet, "trade.csv");
		assertThat(input.getCell(1).getStringCellValue())
			.isEqualTo("9f2c1e0b7a8d4c3e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a");
		assertThat(input.getCell(3).getNumericCellValue()).isEqualTo(137d);
		assertThat(input.getCell(4).getNumericCellValue()).isEqualTo(136d);
		assertThat(input.getCell(5).getNumericCellValue()).isEqualTo(1d);
		Row header = Workbooks.row(sheet, "Code");
		assertThat(texts(header, 0, 6)).containsExactly("Code", "Name", "Formula", "Unit", "Scope", "Source");
		assertThat(texts(sheet.getRow(header.getRowNum() + 2), 0, 4)).containsExactly("COVERAGE_RATIO",
				"Coverage ratio", "X / M × 100", "PCT");
		// wrapped definitions get the height of their tallest cell: "reporter–partner" (16 characters)
		// needs two lines in the 14-wide Scope column
		assertThat(sheet.getRow(header.getRowNum() + 2).getHeightInPoints()).isEqualTo(2 * Layout.LINE_HEIGHT);
	}

	@Test
	void listSheetsFreezeTheirHeaderAndPrintLandscapeOnePageWide() {
		for (String name : List.of("Indicators", "Commodities", "Top products", "HS sections", "Articles", "Topics",
				"Events", "Reconciliation")) {
			Sheet sheet = workbook.getSheet(name);
			PaneInformation pane = sheet.getPaneInformation();
			assertThat(pane.isFreezePane()).as(name).isTrue();
			assertThat(pane.getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
			assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
			assertThat(sheet.getPrintSetup().getFitHeight()).as(name).isEqualTo((short) 0);
			assertThat(sheet.getFitToPage()).as(name).isTrue();
			assertThat(sheet.getRepeatingRows()).as(name).isEqualTo(CellRangeAddress.valueOf("1:1"));
		}
		assertThat(workbook.getSheet("Data quality").getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("2:2"));
		assertThat(workbook.getSheet("Trade").getRepeatingColumns()).isEqualTo(CellRangeAddress.valueOf("A:A"));
	}

	@Test
	void columnWidthsAreSetExplicitly() {
		Sheet articles = workbook.getSheet("Articles");
		assertThat(articles.getColumnWidth(4)).isEqualTo(70 * 256);
		assertThat(articles.getColumnWidth(1)).isEqualTo(11 * 256);
		assertThat(workbook.getSheet("Overview").getColumnWidth(0)).isEqualTo(OverviewSheet.LABEL_WIDTH * 256);
	}

	@Test
	void stylesAreSharedNotCreatedPerCell() {
		// 10 sheets and hundreds of cells: a style per cell would show here
		assertThat(workbook.getNumCellStyles()).isLessThan(40);
		assertThat(workbook.getNumberOfFonts()).isLessThanOrEqualTo(8);
	}

	static List<String> texts(Row row, int from, int to) {
		List<String> texts = new ArrayList<>();
		for (int c = from; c < to; c++) {
			Cell cell = row.getCell(c);
			texts.add((cell == null) ? null : cell.getStringCellValue());
		}
		return texts;
	}

	static void assertDate(Cell cell, LocalDate expected) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
		assertThat(Workbooks.format(cell)).isEqualTo("yyyy-mm-dd");
		assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected);
	}

}
