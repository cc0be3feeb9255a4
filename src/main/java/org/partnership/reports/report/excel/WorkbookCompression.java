package org.partnership.reports.report.excel;

import java.util.zip.Deflater;

/**
 * How hard the workbook is compressed. Its sheets are XML, 1.25 GB of it for 500k articles: zlib's default level
 * deflates it in 10.8 s of CPU to 74 MB, level 3 in 4.1 s to 93 MB, level 2 in 3.8 s to 99.5 MB (BENCHMARKS.md,
 * session 10).
 */
public enum WorkbookCompression {

	/** zlib's default level: the smallest file (the default). */
	SMALL(Deflater.DEFAULT_COMPRESSION),

	/** Level 3: about 2.6 times less deflating, a file about a quarter larger (level 2 is no faster, and larger). */
	FAST(3);

	final int level;

	WorkbookCompression(int level) {
		this.level = level;
	}

}
