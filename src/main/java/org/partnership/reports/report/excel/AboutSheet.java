package org.partnership.reports.report.excel;

import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import org.partnership.reports.report.IndicatorDefinition;
import org.partnership.reports.report.RunInfo;
import org.partnership.reports.report.RunInfo.InputFileInfo;
import org.partnership.reports.report.excel.Layout.Column;
import org.partnership.reports.report.excel.Styles.Kind;

/** Run facts, reading notes, the input files with their checksums and how each indicator is computed. */
final class AboutSheet {

	/** Definitions and input files share the columns, so the widths suit both (about one landscape page). */
	static final List<Column> DEFINITION_COLUMNS = List.of(new Column("Code", 34), new Column("Name", 34),
			new Column("Formula", 34), new Column("Unit", 12), new Column("Scope", 14), new Column("Source", 28));

	/** File, SHA-256 over the Name and Formula columns, then the counts. */
	static final List<String> INPUT_HEADERS = List.of("File", "SHA-256", "", "Rows read", "Accepted", "Rejected");

	/** Characters of the default font per unit of column width, a little on the safe side. */
	private static final double CHARS_PER_WIDTH = 1.1;

	static final List<String> NOTES = List.of(
			"Amounts are US dollars. Cells hold full dollars; number formats show them in billions (bn) or millions (m).",
			"Percentages are stored as fractions with a percent format: 16.9 % is the value 0.169.",
			"Indicators with unit PCT follow the same rule; PP (percentage points) are stored as points.",
			"YoY compares a period with the same period one year earlier. Empty or n/a means not available, never zero.",
			"On the Trade sheet, turnover and balance are formulas over the exports and imports cells above them.",
			"On the HS sections sheet, the contributions (pp) of a year and flow add up to its Total row: the flow's YoY.",
			"Top products: the 10 largest codes at the finest level the feed carries (an HS4 stands for its HS6 lines).",
			"Feed text that starts with = + - @, tab or CR is stored as text (quote prefix), never as a formula.",
			"Texts longer than Excel's 32,767 characters per cell end with \"" + SafeText.TRUNCATED + "\".",
			"Only http and https article addresses are links; other addresses stay text in the URL column.",
			"Column headers are in English for every report language.");

	private final Cells cells;

	AboutSheet(Cells cells) {
		this.cells = cells;
	}

	void write(Sheet sheet, RunInfo run, List<IndicatorDefinition> definitions) {
		Layout.widths(sheet, DEFINITION_COLUMNS);
		Layout.print(sheet, -1);
		this.cells.text(Cells.row(sheet, 0), 0, "About this workbook", Kind.TITLE);
		int r = 2;
		Row row = sheet.createRow(r++);
		this.cells.text(row, 0, "Run date", Kind.HEADER);
		this.cells.date(row, 1, run.runDate());
		r = fact(sheet, r, "Issuing unit", run.issuingUnit());
		r = fact(sheet, r, "Sources", run.sources());
		r = fact(sheet, r, "Report language",
				(run.locale() != null) ? run.locale().getDisplayLanguage(Locale.ENGLISH) : null);
		r = fact(sheet, r, "Produced by", "partnership-reports nightly job");

		r = section(sheet, r + 1, "How to read this workbook");
		for (String note : NOTES) {
			this.cells.text(sheet.createRow(r++), 0, note);
		}

		r = section(sheet, r + 1, "Input files");
		row = sheet.createRow(r);
		for (int c = 0; c < INPUT_HEADERS.size(); c++) {
			this.cells.text(row, c, INPUT_HEADERS.get(c), (c < 3) ? Kind.HEADER : Kind.HEADER_RIGHT);
		}
		sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
		r++;
		for (InputFileInfo input : run.inputs()) {
			row = sheet.createRow(r);
			this.cells.text(row, 0, input.file());
			this.cells.text(row, 1, input.sha256());
			sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
			this.cells.number(row, 3, input.read(), Kind.COUNT);
			this.cells.number(row, 4, input.accepted(), Kind.COUNT);
			this.cells.number(row, 5, input.rejected(), Kind.COUNT);
			r++;
		}

		r = section(sheet, r + 1, "Indicator definitions");
		Layout.header(this.cells, sheet.createRow(r++), DEFINITION_COLUMNS, Kind.HEADER);
		for (IndicatorDefinition definition : definitions) {
			row = sheet.createRow(r++);
			this.cells.text(row, 0, definition.code());
			this.cells.text(row, 1, definition.name(), Kind.WRAP);
			this.cells.text(row, 2, definition.formula(), Kind.WRAP);
			this.cells.text(row, 3, definition.unit());
			this.cells.text(row, 4, definition.scope(), Kind.WRAP);
			this.cells.text(row, 5, definition.source(), Kind.WRAP);
			row.setHeightInPoints(lines(definition) * Layout.LINE_HEIGHT);
		}
	}

	/**
	 * Lines the tallest wrapped cell of a definition needs, estimated from its length (a column fits
	 * about 1.1 characters per unit of width, less where words wrap early): viewers do not grow a row for
	 * wrapped text on opening.
	 */
	static int lines(IndicatorDefinition definition) {
		String[] wrapped = { definition.name(), definition.formula(), definition.scope(), definition.source() };
		int[] columns = { 1, 2, 4, 5 };
		int lines = 1;
		for (int i = 0; i < wrapped.length; i++) {
			int width = DEFINITION_COLUMNS.get(columns[i]).width();
			int length = (wrapped[i] != null) ? wrapped[i].length() : 0;
			lines = Math.max(lines, (int) Math.ceil(length / (width * CHARS_PER_WIDTH)));
		}
		return lines;
	}

	private int fact(Sheet sheet, int r, String label, String value) {
		Row row = sheet.createRow(r);
		this.cells.text(row, 0, label, Kind.HEADER);
		this.cells.text(row, 1, value);
		return r + 1;
	}

	private int section(Sheet sheet, int r, String title) {
		this.cells.text(sheet.createRow(r), 0, title, Kind.SECTION);
		return r + 1;
	}

}
