package org.partnership.reports.report.excel;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * SXSSF with inline strings and gzipped temporary sheet files, gzipped at the fastest level on a thread
 * of its own ({@link BackgroundGzip}): those files are read once, when the package is written, and a
 * large run's Reconciliation sheet alone is half a gigabyte of XML per 100k articles; the default level
 * spent more time on them than the rows took to write. The workbook's own entries keep POI's usual
 * compression.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

	/** One thread compresses the temporary files of every sheet, in the order their buffers fill. */
	private final ExecutorService compressor = Executors
		.newSingleThreadExecutor(new CustomizableThreadFactory("workbook-gzip-"));

	StreamingWorkbook(int window) {
		super(null, window, true, false);
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
