package org.partnership.reports.report.excel;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * SXSSF with inline strings and gzipped temporary sheet files, gzipped at the fastest level on a thread
 * of its own ({@link BackgroundGzip}): those files are read once, when the package is written, and the
 * sheets still written by POI (Trade, HS sections, Topics, Data quality) are small; the default level once
 * spent more time on the large ones than the rows took to write. The rows of the long lists never come here
 * ({@link ListRows}). The package itself is written uncompressed and deflated by the
 * {@link Repackager}.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

	/** One thread compresses the temporary files of every sheet, in the order their buffers fill. */
	private final ExecutorService compressor = Executors
		.newSingleThreadExecutor(new CustomizableThreadFactory("workbook-gzip-"));

	/** Sheets with rows POI never sees, which the package gets from the {@link Repackager}. */
	private final Map<SXSSFSheet, ListRows> listRows = new LinkedHashMap<>();

	StreamingWorkbook(int window) {
		super(null, window, true, false);
	}

	/** Rows of {@code sheet} written outside POI: its dimension (the used range) must cover them. */
	void addListRows(SXSSFSheet sheet, ListRows rows) {
		this.listRows.put(sheet, rows);
	}

	/** POI sets each sheet's dimension from the rows it wrote here; widened to the rows written outside POI. */
	@Override
	protected void flushSheets() throws IOException {
		super.flushSheets();
		this.listRows.forEach((sheet, rows) -> {
			XSSFSheet backing = getXSSFWorkbook().getSheet(sheet.getSheetName());
			CellRangeAddress poi = backing.getDimension();
			if (rows.lastRow() > poi.getLastRow() || rows.lastColumn() > poi.getLastColumn()) {
				backing.setDimensionOverride(new CellRangeAddress(poi.getFirstRow(),
						Math.max(poi.getLastRow(), rows.lastRow()), poi.getFirstColumn(),
						Math.max(poi.getLastColumn(), rows.lastColumn())));
			}
		});
	}

	@Override
	public void close() throws IOException {
		try {
			super.close();
		}
		finally {
			this.compressor.shutdownNow();
		}
	}

	/**
	 * The package POI writes is copied by the {@link Repackager}, which deflates every entry on both cores;
	 * deflating it here as well would only cost time.
	 */
	@Override
	protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
		ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
		zip.setLevel(Deflater.NO_COMPRESSION);
		return zip;
	}

	@Override
	protected SheetDataWriter createSheetDataWriter() throws IOException {
		return new FastSheetDataWriter(getSharedStringSource()) {

			@Override
			protected OutputStream decorateOutputStream(FileOutputStream file) throws IOException {
				return new BackgroundGzip(file, StreamingWorkbook.this.compressor);
			}

		};
	}

}
