package org.partnership.reports.articles;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Puts staged articles, handed over in any order, into publication order (day, then id, then line) with a
 * bounded amount of memory: records are collected up to {@value #RUN_BYTES} bytes, sorted and written to a
 * temporary run file, and the runs are merged at the end. H2 hands the articles over in publication order only
 * through an index, with one lookup of the row per article; scanning the table as it lies and sorting here
 * reads it several times faster (the rows hold the 3 KB story prints).
 */
final class PublicationOrder implements AutoCloseable {

	/**
	 * An article with its staged facts and story print, and its line in the file (the last tie-break); its
	 * publication day is kept as a number because a merge of a thousand runs compares rows by it 20 times each.
	 */
	record Row(Article article, long line, byte[] facts, byte[] print, long day) {

		Row(Article article, long line, byte[] facts, byte[] print) {
			this(article, line, facts, print, article.published().toEpochDay());
		}

	}

	/** What is done with each row, in publication order. */
	@FunctionalInterface
	interface RowAction {

		void accept(Row row) throws IOException;

	}

	static final int RUN_BYTES = 16 << 20;

	/** Buffers of a merge, all runs together (each between 8 and 64 KiB). */
	static final int MERGE_BYTES = 32 << 20;

	static final Comparator<Row> ORDER = (a, b) -> {
		int byDay = Long.compare(a.day, b.day);
		if (byDay != 0) {
			return byDay;
		}
		int byId = a.article.id().compareTo(b.article.id());
		return byId != 0 ? byId : Long.compare(a.line, b.line);
	};

	private final Path dir;

	private final long runBytes;

	private final List<Path> runs = new ArrayList<>();

	private final List<Row> pending = new ArrayList<>();

	private long pendingBytes;

	/** Run files go into {@code dir}, created if needed and removed on {@link #close}. */
	PublicationOrder(Path dir) {
		this(dir, RUN_BYTES);
	}

	/** With runs of about {@code runBytes} bytes of rows (tests spill with a few bytes). */
	PublicationOrder(Path dir, long runBytes) {
		this.dir = dir;
		this.runBytes = runBytes;
	}

	void add(Row row) throws IOException {
		this.pending.add(row);
		this.pendingBytes += 64 + length(row.facts()) + length(row.print())
				+ 2L * (row.article().id().length() + row.article().title().length());
		if (this.pendingBytes >= this.runBytes) {
			spill();
		}
	}

	/** Hands every row added to {@code action}, in publication order. */
	void forEachInOrder(RowAction action) throws IOException {
		this.pending.sort(ORDER);
		if (this.runs.isEmpty()) {
			for (Row row : this.pending) {
				action.accept(row);
			}
			return;
		}
		spill();
		merge(this.runs, action);
	}

	/**
	 * Hands the rows of sorted run files to {@code action}, merged into publication order. No file is held open:
	 * each run is read through a buffer that is filled by opening the file, reading and closing it again
	 * ({@link RunInput}), so that a merge of a thousand runs (one per import chunk) needs no more file handles
	 * than one and about {@value #MERGE_BYTES} bytes of buffers.
	 */
	static void merge(List<Path> runs, RowAction action) throws IOException {
		int buffer = (int) Math.max(8 << 10, Math.min(64 << 10, MERGE_BYTES / Math.max(1, runs.size())));
		PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> ORDER.compare(a.row, b.row));
		for (Path run : runs) {
			DataInputStream in = new DataInputStream(new RunInput(run, buffer));
			Row first = read(in);
			if (first != null) {
				heads.add(new Head(first, in));
			}
		}
		while (!heads.isEmpty()) {
			Head head = heads.poll();
			action.accept(head.row);
			Row next = read(head.in);
			if (next != null) {
				heads.add(new Head(next, head.in));
			}
		}
	}

	@Override
	public void close() {
		try {
			for (Path run : this.runs) {
				Files.deleteIfExists(run);
			}
			Files.deleteIfExists(this.dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot remove the sort runs in " + this.dir, ex);
		}
	}

	private record Head(Row row, DataInputStream in) {
	}

	private void spill() throws IOException {
		if (this.pending.isEmpty()) {
			return;
		}
		this.pending.sort(ORDER);
		Files.createDirectories(this.dir);
		Path run = this.dir.resolve("run-%05d".formatted(this.runs.size()));
		try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
			for (Row row : this.pending) {
				write(out, row);
			}
		}
		this.runs.add(run);
		this.pending.clear();
		this.pendingBytes = 0;
	}

	/** One row of a run file. */
	static void write(DataOutputStream out, Row row) throws IOException {
		out.writeBoolean(true);
		out.writeLong(row.line());
		ArticleRecords.write(out, row.article());
		ArticleRecords.bytes(out, row.facts());
		ArticleRecords.bytes(out, row.print());
	}

	/** The next row of a run, or {@code null} at its end. */
	private static Row read(DataInputStream in) throws IOException {
		try {
			if (!in.readBoolean()) {
				return null;
			}
		}
		catch (EOFException end) {
			return null;
		}
		long line = in.readLong();
		Article article = ArticleRecords.read(in);
		return new Row(article, line, ArticleRecords.bytes(in), ArticleRecords.bytes(in));
	}

	/**
	 * A run file read through a buffer filled by opening the file at the position reached, reading and closing it:
	 * a merge keeps no file open between two fills.
	 */
	private static final class RunInput extends InputStream {

		private final Path file;

		private final byte[] buffer;

		private long position;

		private int next;

		private int limit;

		RunInput(Path file, int size) {
			this.file = file;
			this.buffer = new byte[size];
		}

		@Override
		public int read() throws IOException {
			if (this.next == this.limit && !fill()) {
				return -1;
			}
			return this.buffer[this.next++] & 0xFF;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (len == 0) {
				return 0;
			}
			if (this.next == this.limit && !fill()) {
				return -1;
			}
			int n = Math.min(len, this.limit - this.next);
			System.arraycopy(this.buffer, this.next, b, off, n);
			this.next += n;
			return n;
		}

		private boolean fill() throws IOException {
			try (FileChannel channel = FileChannel.open(this.file, StandardOpenOption.READ)) {
				int n = channel.read(ByteBuffer.wrap(this.buffer), this.position);
				if (n <= 0) {
					return false;
				}
				this.position += n;
				this.next = 0;
				this.limit = n;
				return true;
			}
		}

	}

	private static int length(byte[] b) {
		return b == null ? 0 : b.length;
	}

}
