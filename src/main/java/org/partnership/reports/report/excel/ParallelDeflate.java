package org.partnership.reports.report.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.partnership.reports.run.Futures;

/**
 * Raw deflate of one long stream on several threads, as pigz does it: the bytes are cut into chunks of
 * {@value #CHUNK} bytes, each deflated apart with the 32 KiB before it as dictionary and ended with a sync
 * flush, so that the chunks, written in order, make one deflate stream that ends on a byte boundary without a
 * final block (the caller appends more, see {@link EntryDeflater#appendDeflated}). Half a gigabyte of
 * Reconciliation XML took five seconds of one core at the default level; here it is compressed while the
 * rows are written, on every core the pool has. The bytes depend only on the input and the level: chunks are
 * cut at fixed offsets, whatever the threads do.
 */
final class ParallelDeflate extends OutputStream {

	/** Small enough that the chunks are ordinary objects, not G1's humongous ones; large enough to compress as one stream does. */
	static final int CHUNK = 1 << 18;

	/** Deflate's window: what a chunk may refer back to. */
	private static final int WINDOW = 32 * 1024;

	private final ExecutorService pool;

	private final int level;

	private final OutputStream out;

	/** Chunks deflated (or being deflated) but not yet written; bounded, so memory is too. */
	private final Deque<Chunk> pending = new ArrayDeque<>();

	/** Input buffers of chunks already written, for the next ones. */
	private final Deque<byte[]> free = new ArrayDeque<>();

	private final int maxPending;

	private final CRC32 crc = new CRC32();

	private long length;

	private long compressedLength;

	private byte[] chunk = new byte[CHUNK];

	private int filled;

	private byte[] dictionary;

	private boolean finished;

	/** Deflates onto {@code out}, which it closes when finished. */
	ParallelDeflate(ExecutorService pool, int threads, int level, OutputStream out) {
		this.pool = pool;
		this.level = level;
		this.out = out;
		this.maxPending = 2 * threads;
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void write(byte[] bytes, int off, int len) throws IOException {
		while (len > 0) {
			int n = Math.min(len, CHUNK - this.filled);
			System.arraycopy(bytes, off, this.chunk, this.filled, n);
			this.filled += n;
			off += n;
			len -= n;
			if (this.filled == CHUNK) {
				handOver();
			}
		}
	}

	/** Chunks are handed over only when full or when the stream is finished. */
	@Override
	public void flush() {
	}

	/** Deflates what is left, writes every chunk and closes the output. Finishing again does nothing. */
	void finish() throws IOException {
		if (this.finished) {
			return;
		}
		this.finished = true;
		try {
			if (this.filled > 0 || this.length == 0) {
				handOver();
			}
			while (!this.pending.isEmpty()) {
				writeOldest();
			}
		}
		finally {
			this.out.close();
		}
	}

	/** CRC-32 of the bytes written in. */
	long crc() {
		return this.crc.getValue();
	}

	/** Bytes written in. */
	long length() {
		return this.length;
	}

	/** Bytes written out, once finished. */
	long compressedLength() {
		return this.compressedLength;
	}

	/** Without {@link #finish}: drops the chunks not written yet and closes the output (after a failure). */
	@Override
	public void close() throws IOException {
		if (this.finished) {
			return;
		}
		this.finished = true;
		for (Chunk chunk : this.pending) {
			chunk.deflated().cancel(false);
		}
		this.pending.clear();
		this.out.close();
	}

	private void handOver() throws IOException {
		byte[] full = this.chunk;
		int n = this.filled;
		byte[] before = this.dictionary;
		this.crc.update(full, 0, n);
		this.length += n;
		this.dictionary = Arrays.copyOfRange(full, Math.max(0, n - WINDOW), n);
		this.pending.add(new Chunk(full, this.pool.submit(() -> deflate(full, n, before, this.level))));
		this.chunk = this.free.isEmpty() ? new byte[CHUNK] : this.free.removeFirst();
		this.filled = 0;
		while (this.pending.size() > this.maxPending) {
			writeOldest();
		}
	}

	private void writeOldest() throws IOException {
		Chunk oldest = this.pending.removeFirst();
		byte[] deflated = Futures.result(oldest.deflated());
		this.out.write(deflated);
		this.compressedLength += deflated.length;
		this.free.add(oldest.input());
	}

	private record Chunk(byte[] input, Future<byte[]> deflated) {
	}

	/** One chunk as a deflate fragment: no final block, ends byte-aligned (sync flush). */
	static byte[] deflate(byte[] input, int length, byte[] dictionary, int level) {
		Deflater deflater = new Deflater(level, true);
		try {
			if (dictionary != null) {
				deflater.setDictionary(dictionary);
			}
			deflater.setInput(input, 0, length);
			ByteArrayOutputStream out = new ByteArrayOutputStream(length / 4 + 64);
			byte[] buffer = new byte[1 << 16];
			while (!deflater.needsInput()) {
				out.write(buffer, 0, deflater.deflate(buffer, 0, buffer.length, Deflater.NO_FLUSH));
			}
			int n;
			do {
				n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
				out.write(buffer, 0, n);
			}
			while (n == buffer.length);
			return out.toByteArray();
		}
		finally {
			deflater.end();
		}
	}

}
