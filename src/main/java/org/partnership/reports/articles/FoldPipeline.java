package org.partnership.reports.articles;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.partnership.reports.articles.extract.StoryFolder;
import org.partnership.reports.articles.extract.StoryPrint;
import org.partnership.reports.run.Futures;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Folds stories on the calling thread from articles another thread reads and hands over in batches, in
 * publication order. Folding needs only the prints; reading the import's runs, writing the spool and counting
 * the articles are about as costly, so the two halves run on the two cores.
 */
final class FoldPipeline {

	/** What reading does with the rows, handing each one to fold to {@code fold}. */
	@FunctionalInterface
	interface Reading {

		void read(PublicationOrder.RowAction fold) throws IOException;

	}

	private static final int BATCH = 256;

	private record Print(String id, LocalDate published, String language, byte[] print) {
	}

	/** Marks the end of the rows (by identity). */
	private static final List<Print> END = new ArrayList<>(0);

	private final StoryFolder.Folding folding;

	private final BlockingQueue<List<Print>> batches = new ArrayBlockingQueue<>(8);

	FoldPipeline(StoryFolder.Folding folding) {
		this.folding = folding;
	}

	/** Runs {@code reading} on a thread of its own and folds what it hands over here; its failure is rethrown. */
	void run(Reading reading) throws IOException {
		ExecutorService thread = Executors.newSingleThreadExecutor(new CustomizableThreadFactory("fold-reader-"));
		try {
			Future<Void> read = thread.submit(() -> {
				try {
					List<Print> batch = new ArrayList<>(BATCH);
					reading.read(row -> {
						batch.add(new Print(row.article().id(), row.article().published(), row.article().language(),
								row.print()));
						if (batch.size() == BATCH) {
							put(new ArrayList<>(batch));
							batch.clear();
						}
					});
					if (!batch.isEmpty()) {
						put(batch);
					}
				}
				finally {
					put(END);
				}
				return null;
			});
			for (List<Print> batch = this.batches.take(); batch != END; batch = this.batches.take()) {
				for (Print p : batch) {
					this.folding.add(p.id(), p.published(), p.language(), StoryPrint.fromBytes(p.print()));
				}
			}
			Futures.result(read);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while folding stories", ex);
		}
		finally {
			// a fold that failed stops the reading (blocked on a full queue, or still reading) before returning
			thread.shutdownNow();
			try {
				thread.awaitTermination(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void put(List<Print> batch) throws IOException {
		try {
			this.batches.put(batch);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new java.io.InterruptedIOException("the fold stopped");
		}
	}

}
