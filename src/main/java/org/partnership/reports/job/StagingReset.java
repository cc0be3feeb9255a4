package org.partnership.reports.job;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties the staging tables at the start of a new run. A restarted run skips this completed step
 * and keeps what its committed chunks staged.
 */
class StagingReset implements Tasklet {

	private final JdbcTemplate jdbc;

	StagingReset(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		for (String table : new String[] { "STG_REJECT", "STG_TRADE", "STG_ARTICLE", "STG_INDICATOR", "STG_INVESTMENT" }) {
			this.jdbc.update("DELETE FROM " + table);
		}
		return RepeatStatus.FINISHED;
	}

}
