package org.partnership.reports.job;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.partnership.reports.ingest.CsvLine;
import org.partnership.reports.ingest.CsvSlice;
import org.partnership.reports.ingest.Parsed;
import org.partnership.reports.ingest.Reject;
import org.partnership.reports.ingest.RejectStore;
import org.partnership.reports.run.RunInputs;
import org.partnership.reports.run.RunSettings;
import org.partnership.reports.trade.CsvRecordImport;
import org.partnership.reports.trade.NativeSliceReader;
import org.partnership.reports.trade.TradeFile;
import org.partnership.reports.trade.TradeRow;
import org.partnership.reports.trade.TradeRun;
import org.partnership.reports.trade.TradeRunFiles;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Imports one slice of a trade file in one transaction: checks every record, stores the rejects,
 * and writes the accepted rows as a sorted run file, moved into place before the transaction
 * commits. The slice's counts commit with its rejects, so a slice interrupted by a kill leaves no
 * trace in the repository and is imported again whole; a finished one is never read twice.
 */
class TradeSliceImport implements Tasklet {

	private static final Log log = LogFactory.getLog(TradeSliceImport.class);

	/** Rejects are flushed to the staging table in batches, within the slice's transaction. */
	private static final int REJECT_BATCH = 5_000;

	private final RunInputs inputs;

	private final RunSettings settings;

	private final RejectStore rejects;

	private final TradeRunFiles runs;

	TradeSliceImport(RunInputs inputs, RunSettings settings, RejectStore rejects, TradeRunFiles runs) {
		this.inputs = inputs;
		this.settings = settings;
		this.rejects = rejects;
		this.runs = runs;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		int fileIndex = step.getExecutionContext().getInt(TradeSlicePartitioner.FILE);
		CsvSlice slice = TradeSlicePartitioner.slice(step.getExecutionContext());
		TradeFile file = this.inputs.trade().get(fileIndex);
		ItemProcessor<CsvLine, Parsed<TradeRow>> checks = file.layout()
			.parser(this.settings.runDate(), this.settings.reference());
		TradeRun.Writer run = new TradeRun.Writer();
		List<Reject> rejected = new ArrayList<>();
		Consumer<Reject> reject = r -> {
			rejected.add(r);
			if (rejected.size() == REJECT_BATCH) {
				this.rejects.save(rejected);
				rejected.clear();
			}
		};
		long read = NativeSliceReader.reads(file) ? new NativeSliceReader(file, checks, run, reject).read(slice)
				: CsvRecordImport.read(file, slice, slice.startsWithHeader(), checks, run, reject);
		this.rejects.save(rejected);
		run.writeTo(this.runs.slice(fileIndex, slice.index()), file.fileName());
		for (long i = 0; i < read; i++) {
			contribution.incrementReadCount();
		}
		contribution.incrementWriteCount(run.size());
		if (log.isInfoEnabled()) {
			log.info(step.getStepName() + " written: " + read + " records from line " + slice.firstLine() + ", "
					+ run.size() + " accepted");
		}
		return RepeatStatus.FINISHED;
	}

}
