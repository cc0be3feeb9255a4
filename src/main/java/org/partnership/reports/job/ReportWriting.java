package org.partnership.reports.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.partnership.reports.articles.ArticleSide;
import org.partnership.reports.articles.ArticleStore;
import org.partnership.reports.articles.CountedLists;
import org.partnership.reports.indicators.IndicatorDefinitions;
import org.partnership.reports.indicators.IndicatorStore;
import org.partnership.reports.indicators.RunCounts;
import org.partnership.reports.indicators.TradeData;
import org.partnership.reports.investment.InvestmentStore;
import org.partnership.reports.ingest.RejectStore;
import org.partnership.reports.report.DataQuality;
import org.partnership.reports.report.DataQuality.RejectRow;
import org.partnership.reports.report.IndicatorRow;
import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.PartyNames;
import org.partnership.reports.report.ReportAssembler;
import org.partnership.reports.report.ReportModel;
import org.partnership.reports.report.ReportOutput;
import org.partnership.reports.report.RunInfo;
import org.partnership.reports.run.Futures;
import org.partnership.reports.run.RunInputs;
import org.partnership.reports.run.RunSettings;
import org.partnership.reports.trade.HsNomenclature;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Assembles the report model and writes every report into the staging folder. Reports are
 * written whole or not at all: a restart rewrites them from the staged data.
 */
class ReportWriting implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(ReportWriting.class);

	/** Job execution-context key listing the report file names, for run-summary.json. */
	static final String OUTPUTS_KEY = "outputs";

	private final TradeData.Source trade;

	private final ArticleStore articles;

	private final CountedLists counted;

	private final RejectStore rejects;

	private final IndicatorStore indicators;

	private final InvestmentStore investment;

	private final RunCounts counts;

	private final RunSettings settings;

	private final RunInputs inputs;

	private final List<ReportOutput> outputs;

	ReportWriting(TradeData.Source trade, ArticleStore articles, CountedLists counted, RejectStore rejects, IndicatorStore indicators,
			InvestmentStore investment, RunCounts counts, RunSettings settings, RunInputs inputs, List<ReportOutput> outputs) {
		this.trade = trade;
		this.articles = articles;
		this.counted = counted;
		this.rejects = rejects;
		this.indicators = indicators;
		this.investment = investment;
		this.counts = counts;
		this.settings = settings;
		this.inputs = inputs;
		this.outputs = outputs;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		Path staging = cleanStaging();
		long assembling = System.nanoTime();
		ReportModel model = assemble(chunkContext.getStepContext().getStepExecution().getJobExecution());
		logger.info("report model assembled in {} ms", (System.nanoTime() - assembling) / 1_000_000);
		List<String> written = new ArrayList<>();
		for (List<Path> files : writeAll(model, staging)) {
			for (Path file : files) {
				written.add(file.getFileName().toString());
			}
		}
		written.sort(null);
		chunkContext.getStepContext()
			.getStepExecution()
			.getJobExecution()
			.getExecutionContext()
			.putString(OUTPUTS_KEY, String.join("\n", written));
		contribution.incrementWriteCount(written.size());
		return RepeatStatus.FINISHED;
	}

	/**
	 * Writes every output at once, each on a thread of its own: they share only the model, which they read,
	 * and each file is written by one thread, so the bytes are the same as one after the other. The workbook
	 * and the briefings took about as long each; the second core was idle while either was written.
	 */
	private List<List<Path>> writeAll(ReportModel model, Path staging) throws IOException {
		ExecutorService threads = Executors.newFixedThreadPool(this.outputs.size(), new CustomizableThreadFactory("report-"));
		try {
			List<Future<List<Path>>> running = new ArrayList<>();
			for (ReportOutput output : this.outputs) {
				running.add(threads.submit(() -> write(output, model, staging)));
			}
			List<List<Path>> files = new ArrayList<>();
			for (Future<List<Path>> output : running) {
				files.add(Futures.result(output));
			}
			return files;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static List<Path> write(ReportOutput output, ReportModel model, Path staging) throws IOException {
		long start = System.nanoTime();
		List<Path> files = output.write(model, staging);
		// the benchmark reads these lines: the step writes the workbook and every briefing
		logger.info("{}: {} file(s) written in {} ms", output.getClass().getSimpleName(), files.size(),
				(System.nanoTime() - start) / 1_000_000);
		return files;
	}

	/**
	 * The article side is built on a thread of its own while this one assembles the trade side of every pair: its
	 * topic and event lists come from the fold's pass in {@code computeIndicators} ({@link CountedLists}), or,
	 * in a process that did not fold (a restart), from a pass of its own over every staged article.
	 */
	private ReportModel assemble(JobExecution job) throws IOException {
		TradeData data = this.trade.get();
		ExecutorService side = Executors.newSingleThreadExecutor(new CustomizableThreadFactory("report-articles-"));
		try {
			// without an investment feed, quoted FDI figures are listed as article-sourced
			ArticleSide.Lists counted = this.counted.take(this.articles.spoolStamp());
			if (counted == null) {
				logger.info("topics and events are counted again: the stories were folded by another process");
			}
			Future<ArticleSide> articleSide = side.submit(() -> ArticleSide.build(this.articles, this.articles.stories(),
					data.pairs(), this.inputs.investment() == null ? null : this.investment.ledger(), counted));
			ReportAssembler assembler = new ReportAssembler(PartyNames.load(), HsNomenclature.load());
			List<PairReport> pairs = data.pairs().stream().map(p -> assembler.pair(p, this.settings.locale())).toList();
			List<RejectRow> rejectRows = this.rejects.findAll()
				.stream()
				.map(r -> new RejectRow(r.file(), r.line(), r.column(), r.value(), r.reason()))
				.toList();
			RunInfo run = new RunInfo(this.settings.runDate(), this.settings.locale(), this.settings.issuingUnit(),
					this.settings.sources(), this.counts.of(job.getJobInstance(), this.inputs));
			DataQuality quality = assembler.dataQuality(rejectRows, data.ledger());
			List<IndicatorRow> indicatorRows = this.indicators.findAll();
			ArticleSide articles = Futures.result(articleSide);
			return new ReportModel(run, pairs, indicatorRows, articles.articles(), articles.topics(), articles.events(),
					articles.reconciliation(), quality, IndicatorDefinitions.all());
		}
		finally {
			side.shutdownNow();
		}
	}

	private Path cleanStaging() throws IOException {
		Path staging = this.settings.stagingDir();
		Files.createDirectories(staging);
		try (Stream<Path> old = Files.list(staging)) {
			for (Path f : old.toList()) {
				Files.deleteIfExists(f);
			}
		}
		return staging;
	}

}
