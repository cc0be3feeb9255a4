package org.partnership.reports.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.partnership.reports.articles.ArticleSide;
import org.partnership.reports.articles.extract.StoryFolder;

import org.partnership.reports.articles.ArticleStore;
import org.partnership.reports.investment.InvestmentStore;
import org.partnership.reports.report.IndicatorRow;
import org.partnership.reports.trade.HsNomenclature;
import org.partnership.reports.trade.PairAnalysis;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Computes every indicator of every pair from the staged rows and stores them in one transaction. */
public class IndicatorComputation implements Tasklet {

	private final TradeData.Source trade;

	private final ArticleStore articles;

	private final IndicatorStore indicators;

	private final InvestmentStore investment;

	public IndicatorComputation(TradeData.Source trade, ArticleStore articles, IndicatorStore indicators,
			InvestmentStore investment) {
		this.trade = trade;
		this.articles = articles;
		this.indicators = indicators;
		this.investment = investment;
	}

	/** Folds near-duplicate articles (same story from several outlets, a re-sent copy) into stories. */
	private Map<String, String> foldStories() {
		return this.articles.foldStories(StoryFolder.withDefaults());
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		TradeData data = this.trade.get();
		HsNomenclature hs = HsNomenclature.load();
		Map<String, String> stories = foldStories();
		this.articles.saveStories(stories);
		List<IndicatorRow> rows = new ArrayList<>();
		for (PairAnalysis pair : data.pairs()) {
			rows.addAll(pair.indicators(hs));
		}
		rows.addAll(ArticleSide.indicators(this.articles, stories, data.pairs()));
		rows.addAll(this.investment.ledger().indicators());
		this.indicators.replaceAll(rows);
		contribution.incrementWriteCount(rows.size());
		return RepeatStatus.FINISHED;
	}

}
