package org.partnership.reports.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.partnership.reports.run.Futures;

/**
 * A gzip stream at the fastest level whose compression runs on another thread: the writer fills one buffer
 * while the one before is compressed, so writing rows and compressing them use both cores. The bytes are
 * those of compressing in place: the buffers reach one {@link GZIPOutputStream} in order, one at a time.
 */
final class BackgroundGzip extends OutputStream {

	private static final int BUFFER = 1 << 18;

	private final GZIPOutputStream gzip;

	private final ExecutorService compressor;

	private byte[] filling = new byte[BUFFER];

	private byte[] spare = new byte[BUFFER];

	private int filled;

	/** The buffer being compressed, if any. */
	private Future<?> pending;

	private boolean closed;

	BackgroundGzip(OutputStream file, ExecutorService compressor) throws IOException {
		this.gzip = new GZIPOutputStream(file, 1 << 16) {
			{
				this.def.setLevel(Deflater.BEST_SPEED);
			}
		};
		this.compressor = compressor;
	}

	@Override
	public void write(int b) throws IOException {
		if (this.filled == BUFFER) {
			handOver();
		}
		this.filling[this.filled++] = (byte) b;
	}

	@Override
	public void write(byte[] bytes, int off, int len) throws IOException {
		while (len > 0) {
			if (this.filled == BUFFER) {
				handOver();
			}
			int n = Math.min(len, BUFFER - this.filled);
			System.arraycopy(bytes, off, this.filling, this.filled, n);
			this.filled += n;
			off += n;
			len -= n;
		}
	}

	/** Compresses the full buffer in the background once the previous one is done, and fills the other. */
	private void handOver() throws IOException {
		awaitPending();
		byte[] full = this.filling;
		int length = this.filled;
		this.pending = this.compressor.submit(() -> {
			this.gzip.write(full, 0, length);
			return null;
		});
		this.filling = this.spare;
		this.spare = full;
		this.filled = 0;
	}

	private void awaitPending() throws IOException {
		if (this.pending != null) {
			Futures.result(this.pending);
			this.pending = null;
		}
	}

	/** Buffered bytes are handed over only when a buffer is full or the stream closes. */
	@Override
	public void flush() {
	}

	/** Closing again does nothing (POI closes a sheet's file when it reads it and again on dispose). */
	@Override
	public void close() throws IOException {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			awaitPending();
			this.gzip.write(this.filling, 0, this.filled);
			this.filled = 0;
		}
		finally {
			this.gzip.close();
		}
	}

}
