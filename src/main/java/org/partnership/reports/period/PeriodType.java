package org.partnership.reports.period;

/** Granularity of a reporting period, ordered from coarsest to finest for sorting. */
public enum PeriodType {

	/** Calendar year. */
	YEAR,
	/** Year-to-date: the first n months of a year, compared with the same months a year earlier. */
	YTD,
	/** Rolling twelve months ending with a month. */
	ROLLING_12,
	/** Half-year (H1, H2). */
	HALF,
	/** Calendar quarter. */
	QUARTER,
	/** Calendar month. */
	MONTH

}
