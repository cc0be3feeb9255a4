package org.partnership.reports.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Items made on a thread of their own and used on the calling thread, in the order made, handed over in batches
 * through a short queue: a pass whose reading (files, decoding) costs about as much as what is done with each
 * item takes both cores, and its result is the same as one thread's. A failure on either side stops both and is
 * rethrown here.
 */
public final class Handoff {

	/** Makes the items, handing each one over in order. */
	@FunctionalInterface
	public interface Producer<T> {

		void produce(Consumer<T> handOver) throws IOException;

	}

	private static final int BATCH = 256;

	/** Batches in flight: memory for a few thousand items. */
	private static final int QUEUED = 8;

	private Handoff() {
	}

	/** Runs {@code producer} on a thread named {@code thread} and {@code consumer} here, on each item in order. */
	public static <T> void run(String thread, Producer<T> producer, Consumer<? super T> consumer) throws IOException {
		BlockingQueue<List<T>> batches = new ArrayBlockingQueue<>(QUEUED);
		List<T> end = new ArrayList<>(0); // marks the end, by identity
		ExecutorService executor = Executors.newSingleThreadExecutor(new CustomizableThreadFactory(thread + "-"));
		try {
			Future<Void> made = executor.submit(() -> {
				try {
					List<T> batch = new ArrayList<>(BATCH);
					producer.produce(item -> {
						batch.add(item);
						if (batch.size() == BATCH) {
							put(batches, new ArrayList<>(batch));
							batch.clear();
						}
					});
					if (!batch.isEmpty()) {
						put(batches, batch);
					}
				}
				finally {
					put(batches, end);
				}
				return null;
			});
			for (List<T> batch = batches.take(); batch != end; batch = batches.take()) {
				batch.forEach(consumer);
			}
			Futures.result(made);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for " + thread, ex);
		}
		finally {
			// a consumer that failed stops the producer (blocked on a full queue, or still making items) first
			executor.shutdownNow();
			try {
				executor.awaitTermination(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static <T> void put(BlockingQueue<List<T>> batches, List<T> batch) {
		try {
			batches.put(batch);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new java.util.concurrent.CancellationException("the consumer stopped");
		}
	}

}
