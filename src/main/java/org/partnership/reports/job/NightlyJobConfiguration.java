package org.partnership.reports.job;

import java.util.List;

import org.partnership.reports.articles.ArticleProcessor;
import org.partnership.reports.articles.ArticleRowParser;
import org.partnership.reports.articles.ArticleStore;
import org.partnership.reports.articles.CountedLists;
import org.partnership.reports.articles.ArticleStore.StagedArticle;
import org.partnership.reports.articles.FactExtraction;
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
import org.partnership.reports.trade.TradeRunFiles;
import org.partnership.reports.indicators.TradeData;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job: reset staging → import articles (partitioned) → reject duplicate article ids →
 * import trade (one partitioned step per trade file) → compute indicators → write reports → publish
 * reports. Articles and trade files are cut into slices on record boundaries and imported in
 * parallel: an article slice is chunk-oriented, each chunk's staged articles, rejects and reader
 * position committed in one H2 transaction; a trade slice commits its rejects, its counts and its
 * sorted run file at once. Duplicate article ids are
 * resolved after all slices, in file order. A killed run restarts from its last commit (slice or
 * chunk) without counting a row twice.
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {

	static final String JOB_NAME = "partnershipReports";

	/** Chunk sizes: large enough that the ~50 µs repository commit per chunk is noise. */
	static final int ARTICLE_CHUNK = 500;

	static final int INVESTMENT_CHUNK = 5_000;

	@Bean
	Job partnershipReportsJob(JobRepository jobRepository, PlatformTransactionManager tx, RunInputs inputs,
			RunSettings settings, TradeRunFiles runs, RejectStore rejects, InvestmentStore investment,
			Step resetStaging, Step importArticles, Step rejectDuplicateArticles, Step computeIndicators, Step writeReports, Step publishReports,
			@Value("${partnership.trade.slice-bytes:0}") long sliceBytes,
			@Value("${partnership.import-threads:0}") int threads, ObjectProvider<SlicesAhead> ahead) {
		int workers = importThreads(threads);
		SimpleJobBuilder job = new JobBuilder(JOB_NAME, jobRepository).start(resetStaging)
			.next(importArticles)
			.next(rejectDuplicateArticles);
		for (int i = 0; i < inputs.trade().size(); i++) {
			TradeFile file = inputs.trade().get(i);
			long slice = sliceBytes > 0 ? sliceBytes : TradeSlicePartitioner.defaultSliceBytes(file, workers);
			job = job.next(importTrade(i, file, slice, ahead.getIfAvailable(), workers, jobRepository, tx,
					new TradeSliceImport(inputs, settings, rejects, runs)));
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
		return new WorkbookOutput(settings.runDate(), settings.compression());
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
	TradeRunFiles tradeRunFiles(RunSettings settings) {
		return new TradeRunFiles(settings.stateDir());
	}

	@Bean
	TradeData.Source tradeData(TradeRunFiles runs, RunInputs inputs, RunSettings settings) {
		return new TradeData.Source(runs, inputs.trade().size(), settings);
	}

	@Bean
	CountedLists countedLists() {
		return new CountedLists();
	}

	@Bean
	ArticleStore articleStore(JdbcTemplate jdbc, RunSettings settings) {
		return new ArticleStore(jdbc, settings.stateDir().resolve("articles.spool")).upgradeLayout();
	}

	@Bean
	IndicatorStore indicatorStore(JdbcTemplate jdbc) {
		return new IndicatorStore(jdbc);
	}

	@Bean
	RunCounts runCounts(JobRepository repository, ArticleStore articles, RejectStore rejects,
			InvestmentStore investment) {
		return new RunCounts(repository, articles, rejects, investment);
	}

	// step 1: reset staging

	@Bean
	Step resetStaging(JobRepository jobRepository, PlatformTransactionManager tx, JdbcTemplate jdbc,
			TradeRunFiles runs, ArticleStore articles) {
		return new StepBuilder("resetStaging", jobRepository).tasklet(new StagingReset(jdbc, runs, articles), tx).build();
	}

	// step 2: import articles

	/**
	 * The slices of {@code articles.csv}, imported by {@code partnership.import-threads} threads. Each slice is a
	 * worker step execution ({@code importArticles:slice-00003}) that reads, checks, extracts and stages its
	 * records chunk by chunk, each chunk's staged articles, rejects and reader position in one transaction: both
	 * cores extract facts, and no thread waits for a single reader or writer.
	 */
	@Bean
	Step importArticles(JobRepository jobRepository, PlatformTransactionManager tx, RunInputs inputs,
			RunSettings settings, ArticleStore articles, RejectStore rejects, FactExtraction facts,
			CsvLineReader articleSliceReader,
			@Value("${partnership.articles.slice-bytes:0}") long sliceBytes,
			@Value("${partnership.import-threads:0}") int threads, ObjectProvider<SlicesAhead> ahead) {
		String name = RunCounts.ARTICLES_STEP;
		int workers = importThreads(threads);
		Step slice = new StepBuilder(name, jobRepository).<CsvLine, Parsed<StagedArticle>>chunk(ARTICLE_CHUNK)
			.transactionManager(tx)
			.reader(articleSliceReader)
			.processor(new ArticleProcessor(new ArticleRowParser(settings.runDate()), facts::read))
			.writer(new ParsedItemWriter<>(articles.sink(inputs.articles().fileName()), rejects))
			.listener(new ChunkProgress(name))
			.build();
		SimpleAsyncTaskExecutor pool = new SimpleAsyncTaskExecutor("import-articles-");
		pool.setConcurrencyLimit(workers);
		long bytes = sliceBytes > 0 ? sliceBytes : ArticleSlicePartitioner.defaultSliceBytes(inputs.articles(), workers);
		return new StepBuilder(name, jobRepository).partitioner(name, new ArticleSlicePartitioner(inputs.articles(), bytes,
				ahead.getIfAvailable()))
			.step(slice)
			.gridSize(workers)
			.taskExecutor(pool)
			.build();
	}

	/** The reader of one article slice: one per slice execution, its slice from the partition's context. */
	@Bean
	@StepScope
	CsvLineReader articleSliceReader(RunInputs inputs, @Value("#{stepExecution}") StepExecution step) {
		return new CsvLineReader(inputs.articles(), RunCounts.ARTICLES_STEP,
				TradeSlicePartitioner.slice(step.getExecutionContext()));
	}

	/** Once all slices are staged: the first article of each id in file order stays, the others are rejected. */
	@Bean
	Step rejectDuplicateArticles(JobRepository jobRepository, PlatformTransactionManager tx, RunInputs inputs,
			ArticleStore articles, RejectStore rejects) {
		return new StepBuilder(RunCounts.ARTICLE_DUPLICATES_STEP, jobRepository)
			.tasklet(new ArticleDuplicates(inputs.articles().fileName(), articles, rejects), tx)
			.build();
	}

	/** Threads importing slices: {@code partnership.import-threads}, by default one per core, at most 4. */
	static int importThreads(int threads) {
		return threads > 0 ? threads : Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
	}

	// step 3: import trade, one partitioned step per trade file in the order their rows are applied

	/**
	 * The slices of one file, imported by {@code workers} threads. Each slice is a worker step
	 * execution ({@code importTrade:slice-00003}) with its byte range in its execution context.
	 */
	private static Step importTrade(int index, TradeFile file, long sliceBytes, SlicesAhead ahead, int workers,
			JobRepository jobRepository, PlatformTransactionManager tx, TradeSliceImport slices) {
		String name = RunCounts.tradeStep(index, file.fileName());
		Step slice = new StepBuilder(name, jobRepository).tasklet(slices, tx).build();
		org.springframework.core.task.SimpleAsyncTaskExecutor threads = new org.springframework.core.task.SimpleAsyncTaskExecutor(
				"import-trade-");
		threads.setConcurrencyLimit(workers);
		return new StepBuilder(name, jobRepository)
			.partitioner(name, new TradeSlicePartitioner(index, file, sliceBytes, ahead))
			.step(slice)
			.gridSize(workers)
			.taskExecutor(threads)
			.build();
	}

	// step 3b: import the optional investment feed

	private static Step importInvestment(CsvInput file, JobRepository jobRepository, PlatformTransactionManager tx,
			RunSettings settings, InvestmentStore investment, RejectStore rejects) {
		return importStep(RunCounts.INVESTMENT_STEP, INVESTMENT_CHUNK, file, new InvestmentRowParser(settings.runDate()),
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
	Step computeIndicators(JobRepository jobRepository, PlatformTransactionManager tx, TradeData.Source trade,
			ArticleStore articles, CountedLists counted, IndicatorStore indicators, InvestmentStore investment) {
		return new StepBuilder("computeIndicators", jobRepository)
			.tasklet(new IndicatorComputation(trade, articles, counted, indicators, investment), tx)
			.build();
	}

	// step 5: write reports into the staging folder

	@Bean
	Step writeReports(JobRepository jobRepository, PlatformTransactionManager tx, TradeData.Source trade,
			ArticleStore articles, CountedLists counted, RejectStore rejects, IndicatorStore indicators,
			InvestmentStore investment, RunCounts counts, RunSettings settings, RunInputs inputs,
			List<ReportOutput> outputs) {
		return new StepBuilder("writeReports", jobRepository)
			.tasklet(new ReportWriting(trade, articles, counted, rejects, indicators, investment, counts, settings, inputs, outputs), tx)
			.build();
	}

	// step 6: publish reports atomically

	@Bean
	Step publishReports(JobRepository jobRepository, PlatformTransactionManager tx, RunSettings settings) {
		return new StepBuilder("publishReports", jobRepository).tasklet(new ReportPublishing(settings), tx).build();
	}

}
