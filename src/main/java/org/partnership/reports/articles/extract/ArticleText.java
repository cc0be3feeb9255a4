package org.partnership.reports.articles.extract;

import java.time.LocalDate;

/**
 * One article as read from the input: the unit the extractor and the story folder work on.
 *
 * @param id unique article id
 * @param published publication date, used to resolve relative dates and implicit periods (may be null)
 * @param language {@code en}, {@code ru}, {@code kk} or null when unknown
 * @param title headline (may be null)
 * @param body article text (may be null)
 */
public record ArticleText(String id, LocalDate published, String language, String title, String body) {
}
