package org.partnership.reports.articles;

import java.time.LocalDate;

/**
 * One accepted article of the feed. {@code language} is en, ru, kk or {@code null}. The body is there while
 * the article is imported; it is not staged, so articles read back have none ({@code null}).
 */
public record Article(String id, LocalDate published, String publishedAt, String source, String url, String language,
		String title, String body) {

	/** The same article without its body: what is staged. */
	public Article withoutBody() {
		return new Article(this.id, this.published, this.publishedAt, this.source, this.url, this.language, this.title,
				null);
	}

}
