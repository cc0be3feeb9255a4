package org.partnership.reports.articles.extract;

import java.util.List;

/**
 * Everything the rule-based extractor found in one article.
 *
 * @param topics topic codes from {@code reference/topics.csv}, sorted and distinct
 * @param actors countries, organisations and officials named in the article, sorted by code
 * @param events diplomatic events in order of first mention
 * @param figures quoted figures in order of appearance
 */
public record ArticleFacts(List<String> topics, List<ActorMention> actors, List<ExtractedEvent> events,
		List<QuotedFigure> figures) {

	public ArticleFacts {
		topics = List.copyOf(topics);
		actors = List.copyOf(actors);
		events = List.copyOf(events);
		figures = List.copyOf(figures);
	}

}
