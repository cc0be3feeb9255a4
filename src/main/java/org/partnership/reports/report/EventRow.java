package org.partnership.reports.report;

import java.time.LocalDate;
import java.util.List;

/** A distinct event found in the articles, with the article that reports it. */
public record EventRow(LocalDate date, String type, String cameo, List<String> participants, String location,
		String articleId, String source, String title) {

	public EventRow {
		participants = List.copyOf(participants);
	}

}
