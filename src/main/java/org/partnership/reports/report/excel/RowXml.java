package org.partnership.reports.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.util.CellReference;

/**
 * Rows of a worksheet's {@code <sheetData>} written straight as UTF-8 bytes, for the list sheets that hold
 * hundreds of thousands of rows: no POI row or cell objects, text escaped and encoded in one pass. The bytes
 * are those of POI 5.5's {@code SheetDataWriter} for plain rows of inline-text, numeric and blank cells, as the
 * tests check cell by cell. One thread only; I/O errors are unchecked (rows are written from a
 * {@code RowSource} callback).
 */
final class RowXml {

	/** Column letters of the first columns: every list sheet here is narrower. */
	private static final byte[][] COLUMNS = new byte[64][];

	private static final byte[] ROW_END = ascii("</row>\n");

	private static final byte[] CELL_END = ascii("</c>");

	private static final byte[] TEXT_START = ascii(" t=\"inlineStr\"><is><t");

	private static final byte[] TEXT_END = ascii("</t></is></c>");

	private static final byte[] PRESERVE = ascii(" xml:space=\"preserve\"");

	private static final byte[] NUMBER_START = ascii(" t=\"n\"><v>");

	private static final byte[] NUMBER_END = ascii("</v></c>");

	static {
		for (int i = 0; i < COLUMNS.length; i++) {
			COLUMNS[i] = ascii(CellReference.convertNumToColString(i));
		}
	}

	private final OutputStream out;

	private final byte[] buffer = new byte[1 << 16];

	private int filled;

	/** The number of the row being written, as the sheet shows it (from 1), in ASCII digits. */
	private final byte[] rowNumber = new byte[12];

	private int rowNumberLength;

	RowXml(OutputStream out) {
		this.out = out;
	}

	/** Opens row {@code index} (from 0), without attributes. */
	void startRow(int index) {
		int length = 0;
		for (int n = index + 1; n > 0; n /= 10) {
			length++;
		}
		this.rowNumberLength = length;
		for (int n = index + 1, i = length - 1; i >= 0; n /= 10, i--) {
			this.rowNumber[i] = (byte) ('0' + n % 10);
		}
		ensure(32);
		put("<row r=\"");
		put(this.rowNumber, this.rowNumberLength);
		put("\">\n");
	}

	void endRow() {
		ensure(ROW_END.length);
		put(ROW_END, ROW_END.length);
	}

	/** A cell without a value; {@code style} 0 is the workbook default, written without an attribute. */
	void blank(int column, int style) {
		cellStart(column, style);
		ensure(1 + CELL_END.length);
		this.buffer[this.filled++] = '>';
		put(CELL_END, CELL_END.length);
	}

	/** An inline-text cell; text that is {@code null} or empty makes a blank cell, as POI writes it. */
	void text(int column, String text, int style) {
		if (text == null || text.isEmpty()) {
			blank(column, style);
			return;
		}
		cellStart(column, style);
		ensure(TEXT_START.length + PRESERVE.length + 1);
		put(TEXT_START, TEXT_START.length);
		if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
			put(PRESERVE, PRESERVE.length);
		}
		this.buffer[this.filled++] = '>';
		escaped(text);
		ensure(TEXT_END.length);
		put(TEXT_END, TEXT_END.length);
	}

	/** A numeric cell, the value written as {@link Double#toString(double)} writes it. */
	void number(int column, double value, int style) {
		cellStart(column, style);
		ensure(NUMBER_START.length + 32 + NUMBER_END.length);
		put(NUMBER_START, NUMBER_START.length);
		long whole = (long) value;
		if (whole == value && whole > -10_000_000L && whole < 10_000_000L
				&& (whole != 0 || Double.doubleToRawLongBits(value) == 0)) {
			// what Double.toString gives for whole numbers below 10^7 (dates among them), without its cost
			putLong(whole);
			put(".0");
		}
		else {
			put(Double.toString(value));
		}
		put(NUMBER_END, NUMBER_END.length);
	}

	void flush() {
		drain();
		try {
			this.out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void cellStart(int column, int style) {
		ensure(48);
		put("<c r=\"");
		if (column < COLUMNS.length) {
			put(COLUMNS[column], COLUMNS[column].length);
		}
		else {
			put(CellReference.convertNumToColString(column));
		}
		put(this.rowNumber, this.rowNumberLength);
		this.buffer[this.filled++] = '"';
		if (style != 0) {
			put(" s=\"");
			putLong(style);
			this.buffer[this.filled++] = '"';
		}
	}

	/**
	 * Escaped as POI escapes it (the five XML characters but {@code '}, tab, line feed, carriage return and
	 * the no-break space as references, other control characters and U+FFFE/U+FFFF as {@code ?}) and
	 * encoded as {@code OutputStreamWriter} encodes UTF-8 ({@code ?} for a surrogate without its pair).
	 */
	private void escaped(String text) {
		int n = text.length();
		for (int i = 0; i < n; i++) {
			if (this.filled > this.buffer.length - 8) {
				drain();
			}
			char c = text.charAt(i);
			if (c >= 0x80) {
				i = nonAscii(text, i, c);
				continue;
			}
			switch (c) {
				case '<' -> put("&lt;");
				case '>' -> put("&gt;");
				case '&' -> put("&amp;");
				case '"' -> put("&quot;");
				case '\t' -> put("&#x9;");
				case '\n' -> put("&#xa;");
				case '\r' -> put("&#xd;");
				default -> this.buffer[this.filled++] = (c < ' ') ? (byte) '?' : (byte) c;
			}
		}
	}

	/** Writes the character at {@code i} (not ASCII) and returns the index of the last character it used. */
	private int nonAscii(String text, int i, char c) {
		byte[] buf = this.buffer;
		if (c < 0x800) {
			if (c == '\u00a0') {
				put("&#xa0;");
			}
			else {
				buf[this.filled++] = (byte) (0xC0 | (c >> 6));
				buf[this.filled++] = (byte) (0x80 | (c & 0x3F));
			}
			return i;
		}
		if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
			int cp = Character.toCodePoint(c, text.charAt(i + 1));
			buf[this.filled++] = (byte) (0xF0 | (cp >> 18));
			buf[this.filled++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
			buf[this.filled++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
			buf[this.filled++] = (byte) (0x80 | (cp & 0x3F));
			return i + 1;
		}
		if (Character.isSurrogate(c) || c == '\ufffe' || c == '\uffff') {
			buf[this.filled++] = '?';
			return i;
		}
		buf[this.filled++] = (byte) (0xE0 | (c >> 12));
		buf[this.filled++] = (byte) (0x80 | ((c >> 6) & 0x3F));
		buf[this.filled++] = (byte) (0x80 | (c & 0x3F));
		return i;
	}

	/** Room for {@code n} more bytes in the buffer ({@code n} is small). */
	private void ensure(int n) {
		if (this.filled > this.buffer.length - n) {
			drain();
		}
	}

	/** ASCII only, with room already ensured. */
	private void put(String ascii) {
		for (int i = 0; i < ascii.length(); i++) {
			this.buffer[this.filled++] = (byte) ascii.charAt(i);
		}
	}

	private void put(byte[] bytes, int length) {
		System.arraycopy(bytes, 0, this.buffer, this.filled, length);
		this.filled += length;
	}


	private void putLong(long value) {
		if (value < 0) {
			this.buffer[this.filled++] = '-';
			value = -value;
		}
		int start = this.filled;
		do {
			this.buffer[this.filled++] = (byte) ('0' + value % 10);
			value /= 10;
		}
		while (value > 0);
		for (int a = start, b = this.filled - 1; a < b; a++, b--) {
			byte t = this.buffer[a];
			this.buffer[a] = this.buffer[b];
			this.buffer[b] = t;
		}
	}

	private void drain() {
		try {
			this.out.write(this.buffer, 0, this.filled);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.filled = 0;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
