package org.partnership.reports.indicators;

import org.partnership.reports.articles.ArticleStore;
import org.partnership.reports.investment.InvestmentStore;
import org.partnership.reports.ingest.RejectStore;
import org.partnership.reports.report.RunInfo.InputFileInfo;
import org.partnership.reports.run.RunInputs;
import org.partnership.reports.trade.TradeFile;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Read, accepted and rejected counts per input file. "Read" is the readers' committed positions in
 * the job repository (articles: summed over the slices; a trade file: summed over its completed
 * slices); accepted and rejected are the staged rows and rejects (for a trade file, the rows in its
 * committed runs), so the three can be checked against each other after any restart.
 */
public class RunCounts {

	/** Step names of the import steps, also the names of their readers' saved state. */
	public static final String ARTICLES_STEP = "importArticles";

	/** The step after the article slices that keeps the first article of each id and rejects the others. */
	public static final String ARTICLE_DUPLICATES_STEP = "rejectDuplicateArticles";

	public static final String TRADE_STEP = "importTrade";

	public static final String INVESTMENT_STEP = "importInvestment";

	/** Longest step name the job repository stores, less room for a slice suffix (":slice-00000"). */
	private static final int MAX_STEP_NAME = 100 - 12;

	private final JobRepository repository;

	private final ArticleStore articles;

	private final RejectStore rejects;

	private final InvestmentStore investment;

	public RunCounts(JobRepository repository, ArticleStore articles, RejectStore rejects, InvestmentStore investment) {
		this.investment = investment;
		this.repository = repository;
		this.articles = articles;
		this.rejects = rejects;
	}

	public java.util.List<InputFileInfo> of(JobInstance instance, RunInputs inputs) {
		String a = inputs.articles().fileName();
		java.util.List<InputFileInfo> files = new java.util.ArrayList<>();
		files.add(new InputFileInfo(a, read(instance, ARTICLES_STEP + ":slice-"),
				this.articles.count(a), this.rejects.count(a),
				inputs.articles().sha256()));
		for (int i = 0; i < inputs.trade().size(); i++) {
			TradeFile t = inputs.trade().get(i);
			String name = t.fileName();
			String step = tradeStep(i, name);
			files.add(new InputFileInfo(name, slices(instance, step, StepExecution::getReadCount),
					slices(instance, step, StepExecution::getWriteCount), this.rejects.count(name), t.csv().sha256()));
		}
		if (inputs.investment() != null) {
			String name = inputs.investment().fileName();
			files.add(new InputFileInfo(name, read(instance, INVESTMENT_STEP), this.investment.count(name),
					this.rejects.count(name), inputs.investment().sha256()));
		}
		return files;
	}

	/**
	 * The import step of the {@code index}-th trade file: {@code importTrade} for {@code trade.csv},
	 * {@code importTrade-2:trade-revised.csv} for the next one, and so on. Stable for the same
	 * inputs, so a restart finds the step (and its reader position) again.
	 */
	public static String tradeStep(int index, String fileName) {
		if (index == 0) {
			return TRADE_STEP;
		}
		String name = TRADE_STEP + "-" + (index + 1) + ":" + fileName;
		return name.length() > MAX_STEP_NAME ? name.substring(0, MAX_STEP_NAME) : name;
	}

	/**
	 * A count summed over the completed slices of a partitioned import. Only COMPLETED
	 * executions count: a slice killed after its transaction committed but before its step was
	 * marked complete is imported again on restart (same run file, same rejects by file and line),
	 * so its first attempt's counts must not be added.
	 */
	private long slices(JobInstance instance, String step, java.util.function.ToLongFunction<StepExecution> count) {
		long sum = 0;
		for (JobExecution execution : this.repository.getJobExecutions(instance)) {
			for (StepExecution s : execution.getStepExecutions()) {
				if (s.getStepName().startsWith(step + ":slice-") && s.getStatus() == BatchStatus.COMPLETED) {
					sum += count.applyAsLong(s);
				}
			}
		}
		return sum;
	}

	/**
	 * Records read by a chunk-oriented step, or by the slices of a partitioned one (names ending in
	 * {@code :slice-}), over all executions of the instance: each execution persists its read count
	 * with every committed chunk, and a restart resumes after the last commit, so the sum is exact
	 * after any number of interruptions.
	 */
	private long read(JobInstance instance, String step) {
		long read = 0;
		for (JobExecution execution : this.repository.getJobExecutions(instance)) {
			for (StepExecution s : execution.getStepExecutions()) {
				if (step.endsWith(":slice-") ? s.getStepName().startsWith(step) : s.getStepName().equals(step)) {
					read += s.getReadCount();
				}
			}
		}
		return read;
	}

}
