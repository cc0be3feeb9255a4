package org.partnership.reports.report.excel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The deflated content of one zip entry, in a temporary file, with the CRC-32 and size of what it inflates to,
 * for {@code addRawArchiveEntry}. Content is written in and deflated here; a part deflated elsewhere (the rows
 * of a list sheet, {@link ParallelDeflate}) is appended as it is, so half a gigabyte of sheet XML is never
 * deflated twice nor read back. One thread at a time.
 */
final class EntryDeflater implements Closeable {

	private final Path file;

	/** Dropped once finished: the pool may finish many entries before they are copied. */
	private OutputStream out;

	private final Deflater deflater;

	private byte[] buffer = new byte[1 << 16];

	/** CRC-32 and length of the parts before the one being deflated. */
	private long crcBefore;

	private long lengthBefore;

	private final CRC32 partCrc = new CRC32();

	private long partLength;

	private long compressedLength;

	private boolean finished;

	EntryDeflater(int level) throws IOException {
		this.file = Files.createTempFile("partnership-entry-", ".deflate");
		this.out = new BufferedOutputStream(Files.newOutputStream(this.file), 1 << 16);
		this.deflater = new Deflater(level, true);
	}

	/** The content of the entry, deflated as it is written; closing it does nothing (see {@link #finish}). */
	OutputStream content() {
		return new OutputStream() {

			@Override
			public void write(int b) throws IOException {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] bytes, int off, int len) throws IOException {
				deflate(bytes, off, len);
			}

		};
	}

	private void deflate(byte[] bytes, int off, int len) throws IOException {
		this.partCrc.update(bytes, off, len);
		this.partLength += len;
		this.deflater.setInput(bytes, off, len);
		while (!this.deflater.needsInput()) {
			drain(Deflater.NO_FLUSH);
		}
	}

	/**
	 * Appends a raw deflate fragment that ends on a byte boundary without a final block, of {@code length}
	 * bytes with CRC-32 {@code crc}. What was written before is flushed to a byte boundary first, and what
	 * comes after is deflated anew (it does not refer back into the fragment, which this deflater never saw).
	 */
	void appendDeflated(InputStream fragment, long crc, long length) throws IOException {
		int n;
		do {
			n = drain(Deflater.SYNC_FLUSH);
		}
		while (n == this.buffer.length);
		closePart();
		long copied = fragment.transferTo(this.out);
		this.compressedLength += copied;
		this.crcBefore = Crc32Combine.combine(this.crcBefore, crc, length);
		this.lengthBefore += length;
		this.deflater.reset();
	}

	/** Ends the deflate stream; the entry is complete. */
	void finish() throws IOException {
		if (this.finished) {
			return;
		}
		this.finished = true;
		this.deflater.finish();
		while (!this.deflater.finished()) {
			drain(Deflater.NO_FLUSH);
		}
		closePart();
		this.out.close();
		this.deflater.end();
		this.out = null;
		this.buffer = null;
	}

	long crc() {
		return this.crcBefore;
	}

	/** Bytes the entry inflates to. */
	long size() {
		return this.lengthBefore;
	}

	long compressedSize() {
		return this.compressedLength;
	}

	/** The deflated bytes, once finished. */
	InputStream deflated() throws IOException {
		return new BufferedInputStream(Files.newInputStream(this.file), 1 << 16);
	}

	private int drain(int flush) throws IOException {
		int n = this.deflater.deflate(this.buffer, 0, this.buffer.length, flush);
		this.out.write(this.buffer, 0, n);
		this.compressedLength += n;
		return n;
	}

	private void closePart() {
		this.crcBefore = Crc32Combine.combine(this.crcBefore, this.partCrc.getValue(), this.partLength);
		this.lengthBefore += this.partLength;
		this.partCrc.reset();
		this.partLength = 0;
	}

	/** Deletes the file (and ends the deflater if the entry was never finished). */
	@Override
	public void close() throws IOException {
		try {
			if (!this.finished) {
				this.finished = true;
				this.out.close();
				this.deflater.end();
			}
		}
		finally {
			Files.deleteIfExists(this.file);
		}
	}

}
