package org.partnership.reports.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import org.partnership.reports.ingest.CsvInput;
import org.partnership.reports.ingest.CsvSlice;
import org.partnership.reports.ingest.CsvSplitter;
import org.partnership.reports.ingest.QuoteFreeSplitter;
import org.partnership.reports.run.Futures;
import org.partnership.reports.run.RunInputs;
import org.partnership.reports.trade.TradeFile;

/**
 * The import's slices of the input files, cut on a thread of their own while the job starts (Spring, H2, the
 * job repository: a second or two on one core), so that the partitioners find them ready instead of reading
 * each whole file first on the job's thread, with the other core idle (1.3 s for 1.3 GB of articles). Cut for
 * the default slice sizes; a partitioner asking for another size (a configured one) cuts its own, and one
 * started without this bean (tests) too. The slices are the same either way, and so is an error: it is thrown
 * where the partitioner asks, as if it had cut the file itself.
 */
public final class SlicesAhead {

	private record Cut(CsvInput input, long targetBytes, FutureTask<List<CsvSlice>> slices) {
	}

	/** In the order the job imports the files. */
	private final List<Cut> cuts = new ArrayList<>();

	private SlicesAhead() {
	}

	/**
	 * Starts cutting the article file, then every trade file, into the slices their import takes by default.
	 * Nothing is cut ahead when even the sizes cannot be worked out (a file gone since the checks): the
	 * partitioners then meet the problem themselves.
	 */
	public static SlicesAhead start(RunInputs inputs) {
		SlicesAhead ahead = new SlicesAhead();
		try {
			ahead.plan(inputs);
		}
		catch (RuntimeException ex) {
			return new SlicesAhead();
		}
		List<FutureTask<List<CsvSlice>>> tasks = ahead.cuts.stream().map(Cut::slices).toList();
		Thread thread = new Thread(() -> tasks.forEach(FutureTask::run), "input-slices");
		thread.setDaemon(true); // never keeps a failed run's JVM alive
		thread.start();
		return ahead;
	}

	private void plan(RunInputs inputs) {
		int workers = NightlyJobConfiguration.importThreads(0);
		CsvInput articles = inputs.articles();
		long articleBytes = ArticleSlicePartitioner.defaultSliceBytes(articles, workers);
		add(articles, articleBytes, () -> CsvSplitter.split(articles, articleBytes));
		for (TradeFile file : inputs.trade()) {
			long tradeBytes = TradeSlicePartitioner.defaultSliceBytes(file, workers);
			add(file.csv(), tradeBytes, () -> QuoteFreeSplitter.split(file.csv(), tradeBytes));
		}
	}

	private void add(CsvInput input, long targetBytes, Supplier<List<CsvSlice>> cut) {
		this.cuts.add(new Cut(input, targetBytes, new FutureTask<>(cut::get)));
	}

	/**
	 * The slices of {@code input} cut ahead for {@code targetBytes}, waiting for them if need be; {@code null} when
	 * none were cut for that size. Errors of the cut are thrown here as the splitter threw them.
	 */
	List<CsvSlice> slices(CsvInput input, long targetBytes) {
		Cut cut = this.cuts.stream()
			.filter(c -> c.input() == input && c.targetBytes() == targetBytes)
			.findFirst()
			.orElse(null);
		if (cut == null) {
			return null;
		}
		try {
			return Futures.result(cut.slices());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex); // the splitters report I/O as InputFileException: not reached
		}
	}

	/** The slices cut ahead, else cut now by {@code splitter}. */
	static List<CsvSlice> orElse(SlicesAhead ahead, CsvInput input, long targetBytes, Supplier<List<CsvSlice>> splitter) {
		List<CsvSlice> ready = ahead == null ? null : ahead.slices(input, targetBytes);
		return ready != null ? ready : splitter.get();
	}

}
