package org.partnership.reports.report.excel;

import java.util.zip.Deflater;

/**
 * How hard the workbook is compressed. Its sheets are XML, 1.25 GB of it for 500k articles: zlib's default
 * level deflated about 100 MB/s a core here, level 2 about 300 MB/s, for a file about a fifth larger
 * (BENCHMARKS.md, session 6, on the sheets as they were then).
 */
public enum WorkbookCompression {

	/** zlib's default level: the smallest file (the default). */
	SMALL(Deflater.DEFAULT_COMPRESSION),

	/** Level 2: about three times less deflating, a file about 20–30 % larger. */
	FAST(2);

	final int level;

	WorkbookCompression(int level) {
		this.level = level;
	}

}
