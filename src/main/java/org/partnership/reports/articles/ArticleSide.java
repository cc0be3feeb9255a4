package org.partnership.reports.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.partnership.reports.indicators.TradeData;
import org.partnership.reports.report.ArticleRow;
import org.partnership.reports.report.EventRow;
import org.partnership.reports.report.ReconciliationRow;
import org.partnership.reports.report.TopicRow;

/**
 * The article side of the report model: the articles with their facts, topic counts per period,
 * events and the reconciliation of quoted figures with the trade data.
 */
public record ArticleSide(List<ArticleRow> articles, List<TopicRow> topics, List<EventRow> events,
		List<ReconciliationRow> reconciliation) {

	public static ArticleSide build(ArticleStore store, TradeData trade, Locale locale) {
		List<ArticleRow> rows = new ArrayList<>();
		store.forEach(s -> {
			Article a = s.article();
			rows.add(new ArticleRow(a.id(), a.published(), a.source(), a.url(), a.language(), a.title(), a.id(),
					List.of(), List.of(), List.of(), List.of()));
		});
		return new ArticleSide(rows, List.of(), List.of(), List.of());
	}

}
