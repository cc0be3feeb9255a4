package org.partnership.reports.report;

import java.time.LocalDate;
import java.util.List;

/**
 * One accepted article with what was extracted from it. {@code storyId} groups near-duplicates;
 * {@code figures} are display strings of the quoted figures (e.g. "TURNOVER 49.7 bn USD 2024 +16.9%").
 */
public record ArticleRow(String id, LocalDate published, String source, String url, String language, String title,
		String storyId, List<String> topics, List<String> actors, List<String> eventTypes, List<String> figures) {

	public ArticleRow {
		topics = List.copyOf(topics);
		actors = List.copyOf(actors);
		eventTypes = List.copyOf(eventTypes);
		figures = List.copyOf(figures);
	}

}
