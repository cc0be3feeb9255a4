package org.partnership.reports.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The threads that deflate one workbook: the rows of the long list sheets while they are written
 * ({@link ParallelDeflate}), then every entry of the package ({@link Repackager}). Deflating was the longest
 * part of writing the workbook; the machine this runs on nightly has two cores.
 */
final class DeflatePool implements AutoCloseable {

	static final int THREADS = 2;

	private final int level;

	/** Deflates at zlib's default level. */
	DeflatePool() {
		this(WorkbookCompression.SMALL);
	}

	DeflatePool(WorkbookCompression compression) {
		this.level = compression.level;
	}

	private final ExecutorService threads = Executors.newFixedThreadPool(THREADS,
			new CustomizableThreadFactory("workbook-deflate-"));

	/** A raw deflate fragment onto {@code out}, deflated on the pool (see {@link ParallelDeflate}). */
	ParallelDeflate fragment(OutputStream out) {
		return new ParallelDeflate(this.threads, THREADS, this.level, out);
	}

	<T> Future<T> submit(Callable<T> work) {
		return this.threads.submit(work);
	}

	/** A zip entry deflated at the pool's level. */
	EntryDeflater entry() throws IOException {
		return new EntryDeflater(this.level);
	}

	@Override
	public void close() {
		this.threads.shutdownNow();
	}

}
