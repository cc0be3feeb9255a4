package org.partnership.reports.ingest;

import java.util.List;

/**
 * One CSV record with the physical line where it starts (header = line 1) and its raw fields.
 */
public record CsvLine(String file, long line, CsvHeader header, List<String> fields) {

	/** The field of a column, stripped, or {@code null} when the column is absent or the field is empty. */
	public String get(String column) {
		int i = this.header.indexOf(column);
		if (i < 0 || i >= this.fields.size()) {
			return null;
		}
		String value = this.fields.get(i).strip();
		return value.isEmpty() ? null : value;
	}

	/** The field of a column without stripping (bodies keep their line breaks), or {@code null}. */
	public String raw(String column) {
		int i = this.header.indexOf(column);
		if (i < 0 || i >= this.fields.size()) {
			return null;
		}
		String value = this.fields.get(i);
		return value.isBlank() ? null : value;
	}

}
