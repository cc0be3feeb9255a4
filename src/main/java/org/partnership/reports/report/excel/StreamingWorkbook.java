package org.partnership.reports.report.excel;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF with inline strings and gzipped temporary sheet files, gzipped at the fastest level: those
 * files are read once, when the package is written, and a large run's Reconciliation sheet alone is
 * half a gigabyte of XML per 100k articles; the default level spent more time on them than the rows
 * took to write. The workbook's own entries keep POI's usual compression.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

	StreamingWorkbook(int window) {
		super(null, window, true, false);
	}

	@Override
	protected SheetDataWriter createSheetDataWriter() throws IOException {
		return new GZIPSheetDataWriter(getSharedStringSource()) {

			@Override
			protected OutputStream decorateOutputStream(FileOutputStream file) throws IOException {
				return new GZIPOutputStream(file, 1 << 16) {
					{
						this.def.setLevel(Deflater.BEST_SPEED);
					}
				};
			}

		};
	}

}
