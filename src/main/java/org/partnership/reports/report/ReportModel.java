package org.partnership.reports.report;

import java.util.List;

/**
 * Everything the workbook and the briefings show, assembled once from the staging database and
 * rendered twice (POI and OpenPDF). Renderers read it; they never query the database themselves. The
 * two lists that grow with the articles (the articles and their quoted figures) are {@link RowSource}s,
 * read again on each pass instead of held.
 */
public record ReportModel(RunInfo run, List<PairReport> pairs, List<IndicatorRow> indicators,
		RowSource<ArticleRow> articles, List<TopicRow> topics, List<EventRow> events,
		RowSource<ReconciliationRow> reconciliation, DataQuality dataQuality, List<IndicatorDefinition> definitions) {

	public ReportModel {
		pairs = List.copyOf(pairs);
		indicators = List.copyOf(indicators);
		topics = List.copyOf(topics);
		events = List.copyOf(events);
		definitions = List.copyOf(definitions);
	}

	/** A model whose articles and quoted figures are in memory (tests, small feeds). */
	public ReportModel(RunInfo run, List<PairReport> pairs, List<IndicatorRow> indicators, List<ArticleRow> articles,
			List<TopicRow> topics, List<EventRow> events, List<ReconciliationRow> reconciliation,
			DataQuality dataQuality, List<IndicatorDefinition> definitions) {
		this(run, pairs, indicators, RowSource.of(articles), topics, events, RowSource.of(reconciliation),
				dataQuality, definitions);
	}

}
