package org.partnership.reports.indicators;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.partnership.reports.articles.ArticleSide;
import org.partnership.reports.articles.extract.StoryFolder;

import org.partnership.reports.articles.ArticleStore;
import org.partnership.reports.articles.CountedLists;
import org.partnership.reports.investment.InvestmentStore;
import org.partnership.reports.report.IndicatorRow;
import org.partnership.reports.run.Futures;
import org.partnership.reports.trade.HsNomenclature;
import org.partnership.reports.trade.PairAnalysis;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/** Computes every indicator of every pair from the staged data and stores them in one transaction. */
public class IndicatorComputation implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(IndicatorComputation.class);

	private final TradeData.Source trade;

	private final ArticleStore articles;

	private final CountedLists counted;

	private final IndicatorStore indicators;

	private final InvestmentStore investment;

	public IndicatorComputation(TradeData.Source trade, ArticleStore articles, CountedLists counted,
			IndicatorStore indicators, InvestmentStore investment) {
		this.trade = trade;
		this.articles = articles;
		this.counted = counted;
		this.indicators = indicators;
		this.investment = investment;
	}

	/**
	 * The trade side (merging the import runs into the ledger, every pair's indicators) runs on a thread of
	 * its own while this one folds and counts the articles: the two share nothing until the rows are stored,
	 * and each took about half of the step.
	 */
	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		ExecutorService side = Executors.newSingleThreadExecutor(new CustomizableThreadFactory("indicators-trade-"));
		try {
			Future<TradeSide> trade = side.submit(this::tradeSide);
			// folds near-duplicate articles (same story from several outlets, a re-sent copy) into stories
			// and counts them in the same pass, their stories put in once the fold is done
			long start = System.nanoTime();
			ArticleSide.Counting counting = new ArticleSide.Counting();
			Map<String, String> stories = this.articles.foldStories(StoryFolder.withDefaults(), counting);
			long folded = System.nanoTime();
			ArticleSide.FeedCounts feed = counting.finish(stories);
			this.articles.saveStories(stories);
			this.counted.keep(this.articles.spoolStamp(), feed.lists()); // for the report model
			logger.info("{} articles folded into stories and counted in {} ms, stories put in and saved in {} ms",
					stories.size(), (folded - start) / 1_000_000, (System.nanoTime() - folded) / 1_000_000);
			TradeSide done = Futures.result(trade);
			List<IndicatorRow> rows = new ArrayList<>(done.rows());
			rows.addAll(feed.indicators(done.data().pairs()));
			rows.addAll(this.investment.ledger().indicators());
			long storing = System.nanoTime();
			this.indicators.replaceAll(rows);
			logger.info("{} indicator rows stored in {} ms", rows.size(), (System.nanoTime() - storing) / 1_000_000);
			contribution.incrementWriteCount(rows.size());
			return RepeatStatus.FINISHED;
		}
		finally {
			side.shutdownNow();
		}
	}

	private TradeSide tradeSide() {
		long start = System.nanoTime();
		TradeData data = this.trade.get();
		long merged = System.nanoTime();
		HsNomenclature hs = HsNomenclature.load();
		List<IndicatorRow> rows = new ArrayList<>();
		for (PairAnalysis pair : data.pairs()) {
			rows.addAll(pair.indicators(hs));
		}
		logger.info("trade data loaded in {} ms, {} pairs' trade indicators computed in {} ms",
				(merged - start) / 1_000_000, data.pairs().size(), (System.nanoTime() - merged) / 1_000_000);
		return new TradeSide(data, rows);
	}

	/** The merged trade data and every pair's trade indicators. */
	private record TradeSide(TradeData data, List<IndicatorRow> rows) {
	}

}
