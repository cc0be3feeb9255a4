package org.partnership.reports.indicators;

import java.util.ArrayList;
import java.util.List;

import org.partnership.reports.articles.ArticleStore;
import org.partnership.reports.report.IndicatorRow;
import org.partnership.reports.run.RunSettings;
import org.partnership.reports.trade.HsNomenclature;
import org.partnership.reports.trade.PairAnalysis;
import org.partnership.reports.trade.TradeStore;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Computes every indicator of every pair from the staged rows and stores them in one transaction. */
public class IndicatorComputation implements Tasklet {

	private final TradeStore trade;

	private final ArticleStore articles;

	private final IndicatorStore indicators;

	private final RunSettings settings;

	public IndicatorComputation(TradeStore trade, ArticleStore articles, IndicatorStore indicators,
			RunSettings settings) {
		this.trade = trade;
		this.articles = articles;
		this.indicators = indicators;
		this.settings = settings;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		TradeData data = TradeData.load(this.trade, this.settings);
		HsNomenclature hs = HsNomenclature.load();
		ArticleCounts counts = new ArticleCounts();
		this.articles.forEach(a -> counts.add(a.article().published()));
		List<IndicatorRow> rows = new ArrayList<>();
		for (PairAnalysis pair : data.pairs()) {
			rows.addAll(pair.indicators(hs));
			rows.addAll(counts.rows(pair.reporter(), pair.partner()));
		}
		this.indicators.replaceAll(rows);
		contribution.incrementWriteCount(rows.size());
		return RepeatStatus.FINISHED;
	}

}
