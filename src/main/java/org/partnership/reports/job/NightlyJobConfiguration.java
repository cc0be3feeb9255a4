package org.partnership.reports.job;

import java.util.List;

import org.partnership.reports.articles.ArticleProcessor;
import org.partnership.reports.articles.ArticleRowParser;
import org.partnership.reports.articles.ArticleStore;
import org.partnership.reports.articles.ArticleStore.StagedArticle;
import org.partnership.reports.articles.FactExtraction;
import org.partnership.reports.articles.extract.StoryFolder;
import org.partnership.reports.indicators.IndicatorComputation;
import org.partnership.reports.indicators.IndicatorStore;
import org.partnership.reports.indicators.RunCounts;
import org.partnership.reports.ingest.CsvInput;
import org.partnership.reports.ingest.CsvLine;
import org.partnership.reports.investment.InvestmentRowParser;
import org.partnership.reports.investment.InvestmentStore;
import org.partnership.reports.ingest.CsvLineReader;
import org.partnership.reports.ingest.Parsed;
import org.partnership.reports.ingest.ParsedItemWriter;
import org.partnership.reports.ingest.RejectStore;
import org.partnership.reports.report.RejectsCsv;
import org.partnership.reports.report.excel.WorkbookOutput;
import org.partnership.reports.report.pdf.BriefingOutput;
import org.partnership.reports.report.ReportOutput;
import org.partnership.reports.run.RunInputs;
import org.partnership.reports.run.RunSettings;
import org.partnership.reports.trade.TradeFile;
import org.partnership.reports.trade.TradeStore;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job: reset staging → import articles → import trade (one step per trade file) →
 * compute indicators → write reports → publish reports. Import steps are chunk-oriented with the
 * staging writes, the reader position and the counts committed in one H2 transaction, so a killed
 * run restarts from its last commit without counting a row twice; a finished trade file's step is
 * not run again, the interrupted one resumes at its saved record.
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {

	static final String JOB_NAME = "partnershipReports";

	/** Chunk sizes: large enough that the ~50 µs repository commit per chunk is noise. */
	static final int ARTICLE_CHUNK = 500;

	/** Threads extracting article facts next to the step's own thread, which reads and writes: one per core. */
	static final int ARTICLE_WORKERS = Runtime.getRuntime().availableProcessors();

	static final int TRADE_CHUNK = 5_000;

	@Bean
	Job partnershipReportsJob(JobRepository jobRepository, PlatformTransactionManager tx, RunInputs inputs,
			RunSettings settings, TradeStore trade, RejectStore rejects, InvestmentStore investment,
			Step resetStaging, Step importArticles,
			Step computeIndicators, Step writeReports, Step publishReports) {
		SimpleJobBuilder job = new JobBuilder(JOB_NAME, jobRepository).start(resetStaging).next(importArticles);
		for (int i = 0; i < inputs.trade().size(); i++) {
			job = job.next(importTrade(i, inputs.trade().get(i), jobRepository, tx, settings, trade, rejects));
		}
		if (inputs.investment() != null) {
			job = job.next(importInvestment(inputs.investment(), jobRepository, tx, settings, investment, rejects));
		}
		return job.next(computeIndicators).next(writeReports).next(publishReports).build();
	}

	@Bean
	NightlyRun nightlyRun(JobOperator operator, JobRepository repository, Job partnershipReportsJob,
			RunSettings settings, RunInputs inputs, RunCounts counts) {
		return new NightlyRun(operator, repository, partnershipReportsJob, settings, inputs, counts);
	}

	@Bean
	FactExtraction factExtraction(RunSettings settings) {
		return new FactExtraction(settings.reference());
	}

	@Bean
	RejectsCsv rejectsCsv() {
		return new RejectsCsv();
	}

	@Bean
	WorkbookOutput workbookOutput(RunSettings settings) {
		return new WorkbookOutput(settings.runDate());
	}

	@Bean
	BriefingOutput briefingOutput(RunSettings settings) {
		return new BriefingOutput(settings.templates());
	}

	@Bean
	InvestmentStore investmentStore(JdbcTemplate jdbc) {
		return new InvestmentStore(jdbc);
	}

	@Bean
	RejectStore rejectStore(JdbcTemplate jdbc) {
		return new RejectStore(jdbc);
	}

	@Bean
	TradeStore tradeStore(JdbcTemplate jdbc) {
		return new TradeStore(jdbc);
	}

	@Bean
	ArticleStore articleStore(JdbcTemplate jdbc) {
		return new ArticleStore(jdbc);
	}

	@Bean
	IndicatorStore indicatorStore(JdbcTemplate jdbc) {
		return new IndicatorStore(jdbc);
	}

	@Bean
	RunCounts runCounts(JobRepository repository, ArticleStore articles, TradeStore trade, RejectStore rejects,
			InvestmentStore investment) {
		return new RunCounts(repository, articles, trade, rejects, investment);
	}

	// step 1: reset staging

	@Bean
	Step resetStaging(JobRepository jobRepository, PlatformTransactionManager tx, JdbcTemplate jdbc) {
		return new StepBuilder("resetStaging", jobRepository).tasklet(new StagingReset(jdbc), tx).build();
	}

	// step 2: import articles

	@Bean
	Step importArticles(JobRepository jobRepository, PlatformTransactionManager tx, RunInputs inputs,
			RunSettings settings, ArticleStore articles, RejectStore rejects, FactExtraction facts,
			AsyncTaskExecutor articleWorkers) {
		String name = RunCounts.ARTICLES_STEP;
		// as importStep, with the articles processed on worker threads: the step's thread reads and writes in
		// order, so the reader position saved per chunk and the staged rows are those of a serial run
		return new StepBuilder(name, jobRepository).<CsvLine, Parsed<StagedArticle>>chunk(ARTICLE_CHUNK)
			.transactionManager(tx)
			.reader(new CsvLineReader(inputs.articles(), name))
			.processor(new ArticleProcessor(new ArticleRowParser(settings.runDate()), facts::toJson,
					StoryFolder.withDefaults()))
			.writer(new ParsedItemWriter<>(articles.sink(inputs.articles().fileName()), rejects))
			.taskExecutor(articleWorkers)
			.listener(new ChunkProgress(name))
			.build();
	}

	/** Threads extracting the facts and story prints of articles. */
	@Bean
	ThreadPoolTaskExecutor articleWorkers() {
		ThreadPoolTaskExecutor workers = new ThreadPoolTaskExecutor();
		workers.setCorePoolSize(ARTICLE_WORKERS);
		workers.setMaxPoolSize(ARTICLE_WORKERS);
		workers.setThreadNamePrefix("articles-");
		workers.setDaemon(true);
		return workers;
	}

	// step 3: import trade, one step per trade file in the order their rows are applied

	private static Step importTrade(int index, TradeFile file, JobRepository jobRepository,
			PlatformTransactionManager tx, RunSettings settings, TradeStore trade, RejectStore rejects) {
		return importStep(RunCounts.tradeStep(index, file.fileName()), TRADE_CHUNK, file.csv(),
				file.layout().parser(settings.runDate(), settings.reference()), trade.sink(file.fileName()), rejects,
				jobRepository, tx);
	}

	// step 3b: import the optional investment feed

	private static Step importInvestment(CsvInput file, JobRepository jobRepository, PlatformTransactionManager tx,
			RunSettings settings, InvestmentStore investment, RejectStore rejects) {
		return importStep(RunCounts.INVESTMENT_STEP, TRADE_CHUNK, file, new InvestmentRowParser(settings.runDate()),
				investment.sink(file.fileName()), rejects, jobRepository, tx);
	}

	/**
	 * A chunk step that imports one checked CSV file: each chunk stages its accepted rows and its
	 * rejects, and the repository records the reader position, in one transaction. The step name is
	 * also the name of the reader's saved state, so a restart finds its position again.
	 */
	private static <T> Step importStep(String name, int chunk, CsvInput file,
			ItemProcessor<CsvLine, Parsed<T>> checks, ParsedItemWriter.Sink<T> sink, RejectStore rejects,
			JobRepository jobRepository, PlatformTransactionManager tx) {
		return new StepBuilder(name, jobRepository).<CsvLine, Parsed<T>>chunk(chunk)
			.transactionManager(tx)
			.reader(new CsvLineReader(file, name))
			.processor(checks)
			.writer(new ParsedItemWriter<>(sink, rejects))
			.listener(new ChunkProgress(name))
			.build();
	}

	// step 4: compute indicators

	@Bean
	Step computeIndicators(JobRepository jobRepository, PlatformTransactionManager tx, TradeStore trade,
			ArticleStore articles, IndicatorStore indicators, InvestmentStore investment, RunSettings settings,
			RunInputs inputs) {
		return new StepBuilder("computeIndicators", jobRepository)
			.tasklet(new IndicatorComputation(trade, articles, indicators, investment, settings, inputs.tradeFileNames()), tx)
			.build();
	}

	// step 5: write reports into the staging folder

	@Bean
	Step writeReports(JobRepository jobRepository, PlatformTransactionManager tx, TradeStore trade,
			ArticleStore articles, RejectStore rejects, IndicatorStore indicators, InvestmentStore investment,
			RunCounts counts, RunSettings settings, RunInputs inputs, List<ReportOutput> outputs) {
		return new StepBuilder("writeReports", jobRepository)
			.tasklet(new ReportWriting(trade, articles, rejects, indicators, investment, counts, settings, inputs, outputs), tx)
			.build();
	}

	// step 6: publish reports atomically

	@Bean
	Step publishReports(JobRepository jobRepository, PlatformTransactionManager tx, RunSettings settings) {
		return new StepBuilder("publishReports", jobRepository).tasklet(new ReportPublishing(settings), tx).build();
	}

}
