package org.partnership.reports.report.excel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.partnership.reports.report.excel.Styles.Kind;

/**
 * The item rows of a list sheet that may hold a million rows (Indicators, Commodities, Top products, Articles,
 * Events, Reconciliation), written as XML bytes ({@link RowXml}) instead of as POI rows, and deflated on the
 * {@link DeflatePool} as they are written, into a spool file. POI writes the rest of the sheet (layout, header
 * row, filter) and no rows below the header; the {@link Repackager} splices the deflated rows in after POI's, and {@link StreamingWorkbook} widens the sheet's dimension to them. Cut at
 * the row limit as {@link RowLimit} cuts POI's lists.
 */
final class ListRows implements Closeable {

	private final Path file;

	private final ParallelDeflate out;

	private final RowXml xml;

	private final XmlCells cells;

	/** Index of the last row an item may take: the row after it is kept for the note. */
	private final int lastItemRow;

	private int next;

	private long omitted;

	private final int lastColumn;

	private boolean rowOpen;

	/**
	 * A list whose first item goes to row {@code firstRow}, with at most {@code maxRows} rows in the sheet; the
	 * texts of its category columns go to {@code shared}.
	 */
	ListRows(Styles styles, SharedTexts shared, int firstRow, int maxRows, List<Layout.Column> columns,
			DeflatePool deflaters) throws IOException {
		this.file = Files.createTempFile("partnership-rows-", ".deflate");
		this.out = deflaters.fragment(new BufferedOutputStream(Files.newOutputStream(this.file), 1 << 16));
		this.xml = new RowXml(this.out);
		boolean[] categories = new boolean[columns.size()];
		for (int i = 0; i < categories.length; i++) {
			categories[i] = columns.get(i).category();
		}
		this.cells = new XmlCells(styles, this.xml, shared, categories);
		this.next = firstRow;
		this.lastItemRow = maxRows - 2;
		this.lastColumn = columns.size() - 1;
	}

	/** The cells of the next item's row, or {@code null} once the sheet is full (the item is counted as left out). */
	XmlCells next() {
		if (this.next > this.lastItemRow) {
			this.omitted++;
			return null;
		}
		startRow();
		return this.cells;
	}

	/** Leaves a row blank (not written at all, as POI leaves a row never created). */
	void skip() {
		endRow();
		this.next++;
	}

	/** Index of the row after the last item written. */
	int end() {
		return this.next;
	}

	/** Index of the last row written, -1 if none. */
	int lastRow() {
		return this.next - 1;
	}

	int lastColumn() {
		return this.lastColumn;
	}

	/**
	 * Writes the note when items were left out ({@link RowLimit#note}) and completes the spool; returns the
	 * next free row.
	 */
	int finish(String items, String whereAll) throws IOException {
		if (this.omitted > 0) {
			startRow();
			this.cells.text(0, RowLimit.note(this.omitted, items, whereAll), Kind.NOTE, false);
		}
		endRow();
		this.xml.flush();
		this.out.finish();
		return this.next;
	}

	/** The rows as a raw deflate fragment ({@link ParallelDeflate}), once {@link #finish}ed. */
	InputStream deflated() throws IOException {
		return new BufferedInputStream(Files.newInputStream(this.file), 1 << 16);
	}

	/** CRC-32 of the rows' XML. */
	long crc() {
		return this.out.crc();
	}

	/** Bytes of the rows' XML. */
	long length() {
		return this.out.length();
	}

	private void startRow() {
		endRow();
		this.xml.startRow(this.next++);
		this.rowOpen = true;
	}

	private void endRow() {
		if (this.rowOpen) {
			this.xml.endRow();
			this.rowOpen = false;
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.out.close();
		}
		finally {
			Files.deleteIfExists(this.file);
		}
	}

}
