package org.partnership.reports.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.partnership.reports.report.KeyFigures;
import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.ReportModel;
import org.partnership.reports.report.ReportOutput;

/**
 * One briefing per reporter–partner pair for the latest complete year, the latest complete quarter
 * and the current year-to-date: {@code briefing_<reporter>-<partner>_<period>.pdf}. Codes in file
 * names are validated at input (letters, digits, underscore), so they cannot leave the folder.
 */
public final class BriefingOutput implements ReportOutput {

	private final BriefingWriter writer;

	public BriefingOutput(Path templatesDir) {
		this.writer = new BriefingWriter(templatesDir);
	}

	/**
	 * Renders the briefings on all cores (each file is independent of the others, and its bytes do
	 * not depend on which thread made it); returns them in pair and period order.
	 */
	@Override
	public List<Path> write(ReportModel model, Path folder) throws IOException {
		List<Path> files = new ArrayList<>();
		List<Callable<Void>> tasks = new ArrayList<>();
		for (PairReport pair : model.pairs()) {
			Map<String, KeyFigures> periods = new LinkedHashMap<>();
			for (KeyFigures k : new KeyFigures[] { pair.latestYear(), pair.latestQuarter(), pair.yearToDate() }) {
				if (k != null) {
					periods.putIfAbsent(k.period().code(), k);
				}
			}
			for (Map.Entry<String, KeyFigures> e : periods.entrySet()) {
				Path target = folder.resolve(fileName(pair, e.getKey()));
				KeyFigures figures = e.getValue();
				tasks.add(() -> {
					this.writer.write(model, pair, figures, target);
					return null;
				});
				files.add(target);
			}
		}
		run(tasks);
		return files;
	}

	private static void run(List<Callable<Void>> tasks) throws IOException {
		int threads = Math.max(1, Math.min(tasks.size(), Math.min(4, Runtime.getRuntime().availableProcessors())));
		if (threads <= 1) {
			for (Callable<Void> task : tasks) {
				call(task);
			}
			return;
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (Future<Void> f : pool.invokeAll(tasks)) {
				try {
					f.get();
				}
				catch (ExecutionException ex) {
					if (ex.getCause() instanceof IOException io) {
						throw io;
					}
					if (ex.getCause() instanceof RuntimeException re) {
						throw re;
					}
					throw new IllegalStateException(ex.getCause());
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while writing briefings", ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void call(Callable<Void> task) throws IOException {
		try {
			task.call();
		}
		catch (IOException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String fileName(PairReport pair, String periodCode) {
		return "briefing_" + pair.reporter() + "-" + pair.partner() + "_" + periodCode + ".pdf";
	}

}
