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
 * tests check cell by cell, except that numeric cells leave out the type they have by default ({@code t="n"}),
 * as Excel writes them, and a cell in the column after the last one leaves out its reference; cells of shared
 * strings ({@link SharedTexts}) are Excel's too. One thread only; I/O
 * errors are unchecked (rows are written from a {@code RowSource} callback).
 */
final class RowXml {

	/** Column letters of the first columns: every list sheet here is narrower. */
	private static final byte[][] COLUMNS = new byte[64][];

	private static final byte[] ROW_END = ascii("</row>\n");

	private static final byte[] CELL_END = ascii("</c>");

	private static final byte[] TEXT_START = ascii(" t=\"inlineStr\"><is><t");

	private static final byte[] TEXT_END = ascii("</t></is></c>");

	private static final byte[] PRESERVE = ascii(" xml:space=\"preserve\"");

	/** Without {@code t="n"}: numeric is the default type, and Excel writes numbers so. */
	private static final byte[] NUMBER_START = ascii("><v>");

	private static final byte[] SHARED_START = ascii(" t=\"s\"><v>");

	private static final byte[] NUMBER_END = ascii("</v></c>");

	/** Bytes of UTF-8 that {@link #escaped} cannot copy as they are (or lead bytes of such characters). */
	private static final boolean[] NEEDS_CARE = new boolean[256];

	static {
		for (int i = 0; i < COLUMNS.length; i++) {
			COLUMNS[i] = ascii(CellReference.convertNumToColString(i));
		}
		for (int b = 0; b < 0x20; b++) {
			NEEDS_CARE[b] = true;
		}
		for (char c : new char[] { '<', '>', '&', '"' }) {
			NEEDS_CARE[c] = true;
		}
		NEEDS_CARE[0xC2] = true; // U+0080..U+00BF, the no-break space among them
		NEEDS_CARE[0xEF] = true; // U+F000..U+FFFF, U+FFFE and U+FFFF among them
	}

	private final OutputStream out;

	private final byte[] buffer = new byte[1 << 16];

	private int filled;

	/** How many times the buffer was written out: a cell's bytes are in one piece when this did not change. */
	private long drains;

	/**
	 * Per column, the last text of {@link #text} and where its bytes (from the cell type on) are in the buffer,
	 * valid while {@link #drains} is still {@code lastDrains}.
	 */
	private final String[] lastText = new String[COLUMNS.length];

	private final int[] lastStart = new int[COLUMNS.length];

	private final int[] lastEnd = new int[COLUMNS.length];

	private final long[] lastDrains = new long[COLUMNS.length];

	/** The number of the row being written, as the sheet shows it (from 1), in ASCII digits. */
	private final byte[] rowNumber = new byte[12];

	private int rowNumberLength;

	/** The column a cell written now takes without a reference: the one after the row's last cell. */
	private int nextColumn;

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
		this.nextColumn = 0;
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

	/**
	 * An inline-text cell; text that is {@code null} or empty makes a blank cell, as POI writes it. A text equal
	 * to the last one of its column is copied from where it was written, while that is still in the buffer:
	 * consecutive rows often repeat one (an article's title on each of its figures, a metric, a verdict).
	 */
	void text(int column, String text, int style) {
		if (text == null || text.isEmpty()) {
			blank(column, style);
			return;
		}
		cellStart(column, style);
		boolean remembered = column < COLUMNS.length;
		if (remembered && this.lastDrains[column] == this.drains && text.equals(this.lastText[column])) {
			int length = this.lastEnd[column] - this.lastStart[column];
			if (this.filled + length <= this.buffer.length) {
				System.arraycopy(this.buffer, this.lastStart[column], this.buffer, this.filled, length);
				this.filled += length;
				return;
			}
		}
		ensure(TEXT_START.length + PRESERVE.length + 1);
		int start = this.filled;
		long drains = this.drains;
		put(TEXT_START, TEXT_START.length);
		if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
			put(PRESERVE, PRESERVE.length);
		}
		this.buffer[this.filled++] = '>';
		escaped(text);
		ensure(TEXT_END.length);
		put(TEXT_END, TEXT_END.length);
		if (remembered) {
			this.lastText[column] = text;
			this.lastStart[column] = start;
			this.lastEnd[column] = this.filled;
			// written in one piece only if the buffer was not emptied meanwhile; else never matched
			this.lastDrains[column] = drains == this.drains ? drains : -1;
		}
	}

	/** A cell holding text {@code index} of the shared-strings table. */
	void shared(int column, int index, int style) {
		cellStart(column, style);
		ensure(SHARED_START.length + 12 + NUMBER_END.length);
		put(SHARED_START, SHARED_START.length);
		putLong(index);
		put(NUMBER_END, NUMBER_END.length);
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

	/**
	 * A cell that follows the row's last cell goes without its reference ({@code r="B12"}), which the format
	 * makes optional: such a cell is in the next column. The references were a fifth of the list sheets' bytes,
	 * and as every row's differ, they more than doubled the deflated size of the Reconciliation sheet.
	 */
	private void cellStart(int column, int style) {
		ensure(48);
		if (column == this.nextColumn) {
			put("<c");
		}
		else {
			put("<c r=\"");
			if (column < COLUMNS.length) {
				put(COLUMNS[column], COLUMNS[column].length);
			}
			else {
				put(CellReference.convertNumToColString(column));
			}
			put(this.rowNumber, this.rowNumberLength);
			this.buffer[this.filled++] = '"';
		}
		this.nextColumn = column + 1;
		if (style != 0) {
			put(" s=\"");
			putLong(style);
			this.buffer[this.filled++] = '"';
		}
	}

	/**
	 * Escaped as POI escapes it (the five XML characters but {@code '}, tab, line feed, carriage return and
	 * the no-break space as references, other control characters and U+FFFE/U+FFFF as {@code ?}) and
	 * encoded as {@code OutputStreamWriter} encodes UTF-8 ({@code ?} for a surrogate without its pair). The
	 * JDK's encoder gives the UTF-8 bytes (a lone surrogate is already its {@code ?}); runs of bytes that need
	 * nothing are copied whole, which is most text: a character-by-character loop was a quarter of the
	 * workbook's thread.
	 */
	private void escaped(String text) {
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		int n = utf8.length;
		int run = 0;
		for (int i = 0; i < n; i++) {
			if (!NEEDS_CARE[utf8[i] & 0xFF]) {
				continue;
			}
			copy(utf8, run, i - run);
			i = special(utf8, i);
			run = i + 1;
		}
		copy(utf8, run, n - run);
	}

	/** Writes the byte at {@code i} that needs care and returns the index of the last byte it used. */
	private int special(byte[] utf8, int i) {
		ensure(8);
		byte b = utf8[i];
		switch (b) {
			case '<' -> put("&lt;");
			case '>' -> put("&gt;");
			case '&' -> put("&amp;");
			case '"' -> put("&quot;");
			case '\t' -> put("&#x9;");
			case '\n' -> put("&#xa;");
			case '\r' -> put("&#xd;");
			case (byte) 0xC2 -> {
				// a two-byte character U+0080..U+00BF: only the no-break space is written as a reference
				if (utf8[i + 1] == (byte) 0xA0) {
					put("&#xa0;");
				}
				else {
					this.buffer[this.filled++] = b;
					this.buffer[this.filled++] = utf8[i + 1];
				}
				return i + 1;
			}
			case (byte) 0xEF -> {
				// U+F000..U+FFFF: U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not characters XML carries
				byte b1 = utf8[i + 1];
				byte b2 = utf8[i + 2];
				if (b1 == (byte) 0xBF && (b2 == (byte) 0xBE || b2 == (byte) 0xBF)) {
					this.buffer[this.filled++] = '?';
				}
				else {
					this.buffer[this.filled++] = b;
					this.buffer[this.filled++] = b1;
					this.buffer[this.filled++] = b2;
				}
				return i + 2;
			}
			default -> this.buffer[this.filled++] = '?'; // another control character
		}
		return i;
	}

	/** Copies {@code length} bytes, draining the buffer as often as it takes. */
	private void copy(byte[] bytes, int from, int length) {
		while (length > 0) {
			if (this.filled == this.buffer.length) {
				drain();
			}
			int chunk = Math.min(length, this.buffer.length - this.filled);
			System.arraycopy(bytes, from, this.buffer, this.filled, chunk);
			this.filled += chunk;
			from += chunk;
			length -= chunk;
		}
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
		this.drains++;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
