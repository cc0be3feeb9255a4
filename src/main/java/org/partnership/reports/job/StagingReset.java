package org.partnership.reports.job;

import org.partnership.reports.trade.TradeRunFiles;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties the staging tables and removes the trade import runs at the start of a new run. A
 * restarted run skips this completed step and keeps what its committed chunks and slices staged.
 */
class StagingReset implements Tasklet {

	private final JdbcTemplate jdbc;

	private final TradeRunFiles runs;

	StagingReset(JdbcTemplate jdbc, TradeRunFiles runs) {
		this.jdbc = jdbc;
		this.runs = runs;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		for (String table : new String[] { "STG_REJECT", "STG_ARTICLE", "STG_STORY", "STG_INDICATOR", "STG_INVESTMENT" }) {
			this.jdbc.update("DELETE FROM " + table);
		}
		this.runs.clear();
		return RepeatStatus.FINISHED;
	}

}
