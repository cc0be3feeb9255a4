package org.partnership.reports.report;

import java.math.BigDecimal;
import java.util.List;

/** Rejected rows, warnings and revisions for the data-quality sheet. */
public record DataQuality(List<RejectRow> rejects, List<String> warnings, List<RevisionRow> revisions) {

	public DataQuality {
		rejects = List.copyOf(rejects);
		warnings = List.copyOf(warnings);
		revisions = List.copyOf(revisions);
	}

	/** A skipped input row: {@code line} is the physical line where the record starts (header = 1). */
	public record RejectRow(String file, long line, String column, String value, String reason) {
	}

	/** A trade value replaced by a newer vintage. */
	public record RevisionRow(String key, BigDecimal oldValue, BigDecimal newValue, String oldSource,
			String newSource) {
	}

}
