package org.partnership.reports.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The threads that deflate one workbook: the rows of the long list sheets while they are written
 * ({@link ParallelDeflate}), then every entry of the package ({@link Repackager}). Deflating was the longest
 * part of writing the workbook; the machine this runs on nightly has two cores.
 */
final class DeflatePool implements AutoCloseable {

	static final int THREADS = 2;

	/** zlib's default level, as every entry had before. */
	static final int LEVEL = Deflater.DEFAULT_COMPRESSION;

	private final ExecutorService threads = Executors.newFixedThreadPool(THREADS,
			new CustomizableThreadFactory("workbook-deflate-"));

	/** A raw deflate fragment onto {@code out}, deflated on the pool (see {@link ParallelDeflate}). */
	ParallelDeflate fragment(OutputStream out) {
		return new ParallelDeflate(this.threads, THREADS, LEVEL, out);
	}

	<T> Future<T> submit(Callable<T> work) {
		return this.threads.submit(work);
	}

	/** A zip entry deflated at the pool's level. */
	static EntryDeflater entry() throws IOException {
		return new EntryDeflater(LEVEL);
	}

	@Override
	public void close() {
		this.threads.shutdownNow();
	}

}
