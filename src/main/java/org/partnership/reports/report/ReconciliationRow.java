package org.partnership.reports.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A figure quoted in an article compared with the indicator the job computed for the same metric,
 * period and scope. {@code computed} and {@code diffPct} are {@code null} when not comparable.
 */
public record ReconciliationRow(String articleId, LocalDate published, String source, String title, String metric,
		String kind, String periodCode, String scope, BigDecimal quoted, String unit, BigDecimal computed,
		Double diffPct, Verdict verdict, String note) {

	/** Outcome of a comparison. */
	public enum Verdict {

		/** Within tolerance. */
		AGREES,
		/** Outside tolerance: flagged in the workbook and the briefing. */
		DISAGREES,
		/** Different scope, period, unit or reporter, or no data for it. */
		NOT_COMPARABLE

	}

}
