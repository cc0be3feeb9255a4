package org.partnership.reports.report.excel;

import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.partnership.reports.report.IndicatorDefinition;
import org.partnership.reports.report.RunInfo;
import org.partnership.reports.report.RunInfo.InputFileInfo;
import org.partnership.reports.report.excel.Layout.Column;
import org.partnership.reports.report.excel.Styles.Kind;

/** Run facts, reading notes, the input files with their checksums and how each indicator is computed. */
final class AboutSheet {

	/** Input files and definitions share the columns, so the widths suit both. */
	static final List<Column> INPUT_COLUMNS = List.of(new Column("File", 30), Column.number("Rows read", 36),
			Column.number("Accepted", 50), Column.number("Rejected", 12), new Column("SHA-256", 68));

	static final List<Column> DEFINITION_COLUMNS = List.of(new Column("Code", 30), new Column("Name", 36),
			new Column("Formula", 50), new Column("Unit", 12), new Column("Scope", 68), new Column("Source", 30));

	static final List<String> NOTES = List.of(
			"Amounts are US dollars. Cells hold full dollars; number formats show them in billions (bn) or millions (m).",
			"Percentages are stored as fractions and shown with a percent format: 16.9 % is the value 0.169. "
					+ "Indicators with unit PCT follow the same rule; PP (percentage points) are stored as points.",
			"YoY compares a period with the same period one year earlier. An empty cell or n/a means not available, never zero.",
			"On the Trade sheet, turnover (exports + imports) and balance (exports − imports) are formulas over the cells above.",
			"Text from the feeds that starts with = + - @ is stored as text (quote prefix), never as a formula.",
			"Texts longer than 32,767 characters (Excel's cell limit) end with \"" + SafeText.TRUNCATED + "\".",
			"Only http and https article addresses are links; other addresses are shown as text in the URL column.",
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
		Layout.header(this.cells, sheet.createRow(r++), INPUT_COLUMNS, Kind.HEADER);
		for (InputFileInfo input : run.inputs()) {
			row = sheet.createRow(r++);
			this.cells.text(row, 0, input.file());
			this.cells.number(row, 1, input.read(), Kind.COUNT);
			this.cells.number(row, 2, input.accepted(), Kind.COUNT);
			this.cells.number(row, 3, input.rejected(), Kind.COUNT);
			this.cells.text(row, 4, input.sha256());
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
		}
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
