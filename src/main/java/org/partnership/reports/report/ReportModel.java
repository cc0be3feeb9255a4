package org.partnership.reports.report;

import java.util.List;

/**
 * Everything the workbook and the briefings show, assembled once from the staging database and
 * rendered twice (POI and OpenPDF). Renderers read it; they never query the database.
 */
public record ReportModel(RunInfo run, List<PairReport> pairs, List<IndicatorRow> indicators,
		List<ArticleRow> articles, List<TopicRow> topics, List<EventRow> events,
		List<ReconciliationRow> reconciliation, DataQuality dataQuality, List<IndicatorDefinition> definitions) {

	public ReportModel {
		pairs = List.copyOf(pairs);
		indicators = List.copyOf(indicators);
		articles = List.copyOf(articles);
		topics = List.copyOf(topics);
		events = List.copyOf(events);
		reconciliation = List.copyOf(reconciliation);
		definitions = List.copyOf(definitions);
	}

}
