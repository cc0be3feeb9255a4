package org.partnership.reports.articles;

import java.time.LocalDate;

/** One accepted article of the feed. {@code language} is en, ru, kk or {@code null}. */
public record Article(String id, LocalDate published, String publishedAt, String source, String url, String language,
		String title, String body) {

}
