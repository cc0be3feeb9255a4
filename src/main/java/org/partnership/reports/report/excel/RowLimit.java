package org.partnership.reports.report.excel;

import java.util.Locale;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.partnership.reports.report.excel.Styles.Kind;

/**
 * Excel's limit of 1,048,576 rows a sheet. A list that would run past it stops one row short, and that
 * row says how many rows were left out: a busy feed quotes some 3M figures from 500k articles, and the
 * workbook must still be written (the CSV outputs and the briefings keep them all).
 */
final class RowLimit {

	static final int EXCEL_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

	private final Sheet sheet;

	/** Index of the last row a list item may take: the row after it is kept for the note. */
	private final int lastItemRow;

	private int next;

	private long omitted;

	/** A list whose first item goes to row {@code firstRow}, with at most {@code maxRows} rows in the sheet. */
	RowLimit(Sheet sheet, int firstRow, int maxRows) {
		this.sheet = sheet;
		this.next = firstRow;
		this.lastItemRow = maxRows - 2;
	}

	/** The row for the next item, or {@code null} once the sheet is full (the item is counted as left out). */
	Row next() {
		if (this.next > this.lastItemRow) {
			this.omitted++;
			return null;
		}
		return this.sheet.createRow(this.next++);
	}

	/** Index of the row after the last item written. */
	int end() {
		return this.next;
	}

	long omitted() {
		return this.omitted;
	}

	/** Writes the note when items were left out ("1,234 more quoted figures not shown: …"); returns the next free row. */
	int close(Cells cells, String items, String whereAll) {
		if (this.omitted > 0) {
			cells.text(this.sheet.createRow(this.next++), 0, note(this.omitted, items, whereAll), Kind.NOTE);
		}
		return this.next;
	}

	/** "1,234 more quoted figures not shown: …", for lists cut here and in {@link ListRows}. */
	static String note(long omitted, String items, String whereAll) {
		return String.format(Locale.ROOT, "%,d more %s not shown: an Excel sheet holds at most %,d rows%s", omitted,
				items, EXCEL_ROWS, whereAll.isEmpty() ? "" : "; " + whereAll);
	}

}
