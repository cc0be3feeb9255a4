package org.partnership.reports.report.excel;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.partnership.reports.report.DataQuality;
import org.partnership.reports.report.DataQuality.RejectRow;
import org.partnership.reports.report.DataQuality.RevisionRow;
import org.partnership.reports.report.excel.Layout.Column;
import org.partnership.reports.report.excel.Styles.Kind;

/**
 * Rejected input rows, then warnings, then revised trade values, one section under the other.
 * Streamed: a bad feed can reject 100k+ rows.
 */
final class DataQualitySheet {

	/** The sections share columns, so the widths suit both. */
	static final List<Column> REJECT_COLUMNS = List.of(new Column("File", 28), Column.number("Line", 16),
			new Column("Column", 16), new Column("Value", 30), new Column("Reason", 60));

	static final List<Column> REVISION_COLUMNS = List.of(new Column("Key", 28), Column.number("Old value (USD)", 16),
			Column.number("New value (USD)", 16), Column.number("Change (USD)", 30), new Column("Old source", 60),
			new Column("New source", 28));

	private final Cells cells;

	/**
	 * The most rows each section lists (rejects, warnings, revisions), so that all three fit in one sheet
	 * within Excel's 1,048,576 rows; rejects.csv keeps every rejected row.
	 */
	static final int SECTION_ROWS = 300_000;

	private final int sectionRows;

	DataQualitySheet(Cells cells) {
		this(cells, SECTION_ROWS);
	}

	DataQualitySheet(Cells cells, int sectionRows) {
		this.cells = cells;
		this.sectionRows = sectionRows;
	}

	private RowLimit section(Sheet sheet, int firstRow) {
		return new RowLimit(sheet, firstRow, firstRow + this.sectionRows + 1);
	}

	void write(Sheet sheet, DataQuality quality) {
		this.cells.text(sheet.createRow(0), 0, "Rejected input rows (" + quality.rejects().size() + ")", Kind.SECTION);
		Layout.widths(sheet, REVISION_COLUMNS);
		Layout.header(this.cells, sheet.createRow(1), REJECT_COLUMNS, Kind.HEADER);
		sheet.createFreezePane(0, 2);
		Layout.print(sheet, 1);
		RowLimit rejects = section(sheet, 2);
		for (RejectRow reject : quality.rejects()) {
			Row row = rejects.next();
			if (row == null) {
				continue;
			}
			this.cells.text(row, 0, reject.file());
			this.cells.number(row, 1, reject.line(), Kind.COUNT);
			this.cells.text(row, 2, reject.column());
			this.cells.text(row, 3, reject.value());
			this.cells.text(row, 4, reject.reason());
		}
		int r = rejects.close(this.cells, "rejected rows", "rejects.csv lists them all");
		r = emptyNote(sheet, r, quality.rejects().isEmpty(), "No rejected rows.") + 1;

		this.cells.text(sheet.createRow(r++), 0, "Warnings (" + quality.warnings().size() + ")", Kind.SECTION);
		this.cells.text(sheet.createRow(r++), 0, "Warning", Kind.HEADER);
		RowLimit warnings = section(sheet, r);
		for (String warning : quality.warnings()) {
			Row row = warnings.next();
			if (row != null) {
				this.cells.text(row, 0, warning);
			}
		}
		r = warnings.close(this.cells, "warnings", "");
		r = emptyNote(sheet, r, quality.warnings().isEmpty(), "No warnings.") + 1;

		this.cells.text(sheet.createRow(r++), 0, "Revised values (" + quality.revisions().size() + ")", Kind.SECTION);
		Layout.header(this.cells, sheet.createRow(r++), REVISION_COLUMNS, Kind.HEADER);
		RowLimit revisions = section(sheet, r);
		for (RevisionRow revision : quality.revisions()) {
			Row row = revisions.next();
			if (row == null) {
				continue;
			}
			this.cells.text(row, 0, revision.key());
			this.cells.number(row, 1, revision.oldValue(), Kind.USD);
			this.cells.number(row, 2, revision.newValue(), Kind.USD);
			this.cells.number(row, 3, change(revision), Kind.USD);
			this.cells.text(row, 4, revision.oldSource());
			this.cells.text(row, 5, revision.newSource());
		}
		r = revisions.close(this.cells, "revised values", "");
		emptyNote(sheet, r, quality.revisions().isEmpty(), "No revisions.");
	}

	private int emptyNote(Sheet sheet, int r, boolean empty, String note) {
		if (!empty) {
			return r;
		}
		this.cells.text(sheet.createRow(r), 0, note, Kind.NOTE);
		return r + 1;
	}

	private static BigDecimal change(RevisionRow revision) {
		return (revision.oldValue() == null || revision.newValue() == null) ? null
				: revision.newValue().subtract(revision.oldValue());
	}

}
