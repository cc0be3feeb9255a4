package org.partnership.reports.articles.extract;

/**
 * A reference period stated in a sentence at {@code [start, end)}.
 *
 * @param period "2024", "2024-Q3", "2024-H1", "2024-07", "2024-9M", or null for an open span ("since 2005")
 * @param periodStart first year of a span, else null
 * @param cumulative whether the period is a span of several periods
 */
record PeriodMention(int start, int end, String period, String periodStart, boolean cumulative) {

	boolean overlaps(int from, int to) {
		return start < to && from < end;
	}

}
