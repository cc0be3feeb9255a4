package org.partnership.reports.job;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.partnership.reports.articles.ArticleStore;
import org.partnership.reports.ingest.Reject;
import org.partnership.reports.ingest.RejectStore;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Once every slice of {@code articles.csv} is staged: of the articles sharing an id, keeps the one on the
 * lowest line and rejects the others ("duplicate id (first seen on line N)"), in one transaction. The result
 * depends on the file only, never on which slice finished first; run again after a kill, it finds nothing
 * left to do or does it all.
 */
class ArticleDuplicates implements Tasklet {

	private static final Log log = LogFactory.getLog(ArticleDuplicates.class);

	private final String file;

	private final ArticleStore articles;

	private final RejectStore rejects;

	ArticleDuplicates(String file, ArticleStore articles, RejectStore rejects) {
		this.file = file;
		this.articles = articles;
		this.rejects = rejects;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		List<Reject> duplicates = this.articles.removeDuplicates(this.file);
		this.rejects.save(duplicates);
		contribution.incrementWriteCount(duplicates.size());
		if (log.isInfoEnabled()) {
			log.info(this.file + ": " + duplicates.size() + " articles with an id seen on an earlier line rejected");
		}
		return RepeatStatus.FINISHED;
	}

}
