package org.partnership.reports.articles.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * A diplomatic event reported in an article.
 *
 * @param type {@code MEETING}, {@code VISIT}, {@code SUMMIT}, {@code PHONE_CALL}, {@code AGREEMENT} or {@code FORUM}
 * @param cameo CAMEO event code, see {@code reference/README.md}
 * @param date the date stated in the text, else the publication date
 * @param dateFromText whether {@code date} was read from the text
 * @param participants actor codes, sorted
 * @param location canonical place name or null
 * @param evidence the sentence the event was read from, as in the original text
 */
public record ExtractedEvent(String type, String cameo, LocalDate date, boolean dateFromText, List<String> participants,
		String location, String evidence) {

	public ExtractedEvent {
		participants = List.copyOf(participants);
	}

}
