package org.partnership.reports.ingest;

/**
 * A byte range of a CSV file that starts and ends on record boundaries, so it can be parsed on its
 * own: {@code firstLine} is the physical line (header = 1) where the range begins, for line
 * numbers in rejects; the first slice of a file starts with the header row.
 */
public record CsvSlice(int index, long start, long end, long firstLine) {

	public boolean startsWithHeader() {
		return this.firstLine == 1;
	}

	public long length() {
		return this.end - this.start;
	}

}
