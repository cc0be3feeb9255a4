package org.partnership.reports.job;

import org.partnership.reports.articles.ArticleStore;
import org.partnership.reports.trade.TradeRunFiles;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties the staging tables and removes the trade import runs and the article spool at the start of a new run. A
 * restarted run skips this completed step and keeps what its committed chunks and slices staged.
 * Tables are truncated, not deleted row by row: H2 took 80 s to delete the 100k articles a night
 * before had staged (0.4 s to truncate), and a truncated table gives its pages back to the file.
 * H2 commits before a TRUNCATE, which changes nothing here: emptying twice is emptying once.
 */
class StagingReset implements Tasklet {

	private final JdbcTemplate jdbc;

	private final TradeRunFiles runs;

	private final ArticleStore articles;

	StagingReset(JdbcTemplate jdbc, TradeRunFiles runs, ArticleStore articles) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.articles = articles;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		for (String table : new String[] { "STG_REJECT", "STG_ARTICLE", "STG_ARTICLE_KEY", "STG_STORY", "STG_INDICATOR", "STG_INVESTMENT" }) {
			this.jdbc.execute("TRUNCATE TABLE " + table);
		}
		this.runs.clear();
		this.articles.discardSpool();
		return RepeatStatus.FINISHED;
	}

}
