package org.partnership.reports.report.excel;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's gzipped temporary sheet file, written with the same bytes at a fraction of the cost. Half a
 * gigabyte of XML per 100k articles passes through here; POI built a cell reference object per cell,
 * escaped text code point by code point and wrote every character through a lock. Here text is escaped
 * run by run into a lock-free UTF-8 writer ({@link Utf8Writer}), and the cells this workbook writes
 * (inline text, numbers, blanks) are written directly; any other cell is left to POI. The output is that
 * of POI 5.5's {@code SheetDataWriter}, as the tests check cell by cell, except that a cell written here in
 * the column after the row's last cell leaves out its optional reference.
 */
class FastSheetDataWriter extends SheetDataWriter {

	/** Column letters of the first columns: every sheet here is narrower. */
	private static final String[] COLUMNS = new String[64];

	static {
		for (int i = 0; i < COLUMNS.length; i++) {
			COLUMNS[i] = CellReference.convertNumToColString(i);
		}
	}

	private final boolean inlineStrings;

	/** The number of the row being written, as POI shows it (from 1). POI keeps its own in a private field. */
	private String rowNumber = "";

	/** A temporary file; {@code strings} is {@code null} for inline strings. */
	FastSheetDataWriter(SharedStringsTable strings) throws IOException {
		super(strings);
		this.inlineStrings = strings == null;
	}

	/** Into a writer of the caller's, with inline strings (tests). */
	FastSheetDataWriter(Writer out) throws IOException {
		super(out);
		this.inlineStrings = true;
	}

	@Override
	public File createTempFile() throws IOException {
		return TempFile.createTempFile("poi-sxssf-sheet-xml", ".gz");
	}

	@Override
	public Writer createWriter(File file) throws IOException {
		return new Utf8Writer(decorateOutputStream(new FileOutputStream(file)));
	}

	@Override
	protected OutputStream decorateOutputStream(FileOutputStream file) throws IOException {
		return new GZIPOutputStream(file, 1 << 16);
	}

	@Override
	protected InputStream decorateInputStream(FileInputStream file) throws IOException {
		return new GZIPInputStream(file, 1 << 16);
	}

	/** The column a cell written now takes without a reference: the one after the row's last cell. */
	private int nextColumn;

	@Override
	public void writeRow(int rownum, SXSSFRow row) throws IOException {
		this.rowNumber = Integer.toString(rownum + 1);
		this.nextColumn = 0;
		super.writeRow(rownum, row);
	}

	@Override
	public void writeCell(int column, Cell cell) throws IOException {
		if (cell == null) {
			return;
		}
		CellType type = cell.getCellType();
		boolean direct = type == CellType.NUMERIC || type == CellType.BLANK
				|| (type == CellType.STRING && this.inlineStrings);
		boolean next = column == this.nextColumn;
		this.nextColumn = column + 1;
		if (!direct) {
			super.writeCell(column, cell);
			return;
		}
		Writer out = this._out;
		if (next) {
			out.write("<c"); // in the column after the last cell: the reference is optional (see RowXml)
		}
		else {
			out.write("<c r=\"");
			out.write(column < COLUMNS.length ? COLUMNS[column] : CellReference.convertNumToColString(column));
			out.write(this.rowNumber);
			out.write('"');
		}
		int style = cell.getCellStyle().getIndex() & 0xFFFF;
		if (style != 0) {
			out.write(" s=\"");
			out.write(Integer.toString(style));
			out.write('"');
		}
		if (type == CellType.BLANK) {
			out.write('>');
		}
		else if (type == CellType.NUMERIC) {
			out.write(" t=\"n\"><v>");
			out.write(Double.toString(cell.getNumericCellValue()));
			out.write("</v>");
		}
		else {
			String text = cell.getStringCellValue();
			out.write(" t=\"inlineStr\"><is><t");
			if (leadingOrTrailingSpace(text)) {
				out.write(" xml:space=\"preserve\"");
			}
			out.write('>');
			escape(text, out);
			out.write("</t></is>");
		}
		out.write("</c>");
	}

	private static boolean leadingOrTrailingSpace(String text) {
		return text != null && !text.isEmpty()
				&& (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
	}

	/**
	 * As POI escapes it: five XML characters, tab, line feed and carriage return and the no-break space as
	 * references, other control characters and U+FFFE/U+FFFF as {@code ?}; runs between them are copied whole.
	 */
	@Override
	protected void outputEscapedString(String s) throws IOException {
		escape(s, this._out);
	}

	static void escape(String s, Writer out) throws IOException {
		if (s == null) {
			return;
		}
		int start = 0;
		for (int i = 0; i < s.length(); i++) {
			String escaped = escape(s.charAt(i));
			if (escaped != null) {
				out.write(s, start, i - start);
				out.write(escaped);
				start = i + 1;
			}
		}
		out.write(s, start, s.length() - start);
	}

	private static String escape(char c) {
		return switch (c) {
			case '\t' -> "&#x9;";
			case '\n' -> "&#xa;";
			case '\r' -> "&#xd;";
			case '"' -> "&quot;";
			case '&' -> "&amp;";
			case '<' -> "&lt;";
			case '>' -> "&gt;";
			case '\u00a0' -> "&#xa0;";
			case '\ufffe', '\uffff' -> "?";
			default -> c < ' ' ? "?" : null;
		};
	}

}
