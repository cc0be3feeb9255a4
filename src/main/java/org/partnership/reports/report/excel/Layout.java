package org.partnership.reports.report.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import org.partnership.reports.report.excel.Styles.Kind;

/** Column headers, widths, frozen panes and print setup shared by the sheets. */
final class Layout {

	/** A column of a list-like sheet: its header, its width in characters, whether it holds numbers. */
	/**
	 * @param category text from a small set (a metric, a verdict, an outlet): stored once in the shared-strings
	 * table ({@link SharedTexts}) by the sheets that write rows as XML. Not for combinations (an article's topics:
	 * 19,470 distinct among 100k articles), which would fill the table before the sheets after them.
	 */
	record Column(String header, int width, boolean numeric, boolean category) {

		Column(String header, int width) {
			this(header, width, false, false);
		}

		static Column number(String header, int width) {
			return new Column(header, width, true, false);
		}

		static Column category(String header, int width) {
			return new Column(header, width, false, true);
		}

	}

	/** Row height of one line of the default 11 pt font. */
	static final float LINE_HEIGHT = 15f;

	private Layout() {
	}

	/** Explicit widths: autoSizeColumn needs fonts on the host and differs between hosts. */
	static void widths(Sheet sheet, List<Column> columns) {
		for (int i = 0; i < columns.size(); i++) {
			width(sheet, i, columns.get(i).width());
		}
	}

	static void width(Sheet sheet, int col, int chars) {
		sheet.setColumnWidth(col, chars * 256);
	}

	static void header(Cells cells, Row row, List<Column> columns, Kind kind) {
		int lines = 1;
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			cells.text(row, i, column.header(), (kind == Kind.HEADER && column.numeric()) ? Kind.HEADER_RIGHT : kind);
			lines = Math.max(lines, lines(column));
		}
		if (kind == Kind.HEADER && lines > 1) {
			// viewers do not grow a row for wrapped text on opening: give it the height
			row.setHeightInPoints(lines * LINE_HEIGHT);
		}
	}

	/** Lines a bold header needs in its column, estimated from its length (bold runs about 15% wider). */
	static int lines(Column column) {
		return Math.min(3, (int) Math.ceil(column.header().length() * 1.15 / column.width()));
	}

	/**
	 * A list sheet: widths, header row at {@code headerRow}, frozen above the data and repeated on
	 * every printed page, landscape fit to one page wide.
	 */
	static void listSheet(Sheet sheet, Cells cells, int headerRow, List<Column> columns) {
		widths(sheet, columns);
		header(cells, Cells.row(sheet, headerRow), columns, Kind.HEADER);
		sheet.createFreezePane(0, headerRow + 1);
		print(sheet, headerRow);
	}

	/** Filter buttons over the header and data rows (not for Excel tables, which have their own). */
	static void filter(Sheet sheet, int headerRow, int lastRow, int columns) {
		sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, columns - 1));
	}

	/** Landscape A4, one page wide; {@code repeatRow} (or -1) prints on top of every page. */
	static void print(Sheet sheet, int repeatRow) {
		PrintSetup setup = sheet.getPrintSetup();
		setup.setLandscape(true);
		setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
		setup.setFitWidth((short) 1);
		setup.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		if (repeatRow >= 0) {
			sheet.setRepeatingRows(new CellRangeAddress(repeatRow, repeatRow, -1, -1));
		}
		sheet.getFooter().setCenter("&A – page &P of &N");
	}

}
