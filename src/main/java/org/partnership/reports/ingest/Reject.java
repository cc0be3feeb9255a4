package org.partnership.reports.ingest;

/**
 * A skipped input record: file name, physical start line, offending column and value, and why.
 */
public record Reject(String file, long line, String column, String value, String reason) {

	/** Longest value kept in the reject report; the rest is cut (a 10 MB field must not flood it). */
	static final int MAX_VALUE = 200;

	public Reject {
		if (value != null && value.length() > MAX_VALUE) {
			value = value.substring(0, MAX_VALUE) + "…";
		}
	}

	public static Reject of(CsvLine line, String column, String reason) {
		return new Reject(line.file(), line.line(), column, column == null ? null : line.get(column), reason);
	}

}
