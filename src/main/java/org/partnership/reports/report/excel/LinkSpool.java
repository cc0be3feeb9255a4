package org.partnership.reports.report.excel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.partnership.reports.report.RowSource;

/**
 * The hyperlinks of a streamed sheet, spooled to a temporary file while its rows are written and read
 * back by the {@link Repackager} (twice: sheet XML, then relationships). Memory stays flat whatever the
 * number of articles, and the articles are not read from the database again for their links.
 */
final class LinkSpool implements Closeable {

	private final Path file;

	private final DataOutputStream out;

	private long count;

	LinkSpool() throws IOException {
		this.file = Files.createTempFile("partnership-links-", ".bin");
		this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(this.file), 1 << 16));
	}

	/** A link from {@code cell} (e.g. {@code E2}) to an address {@link SafeUrl} accepted (ASCII, ≤ 2,000 chars). */
	void add(String cell, String address) {
		try {
			this.out.writeUTF(cell);
			this.out.writeUTF(address);
			this.count++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	long count() {
		return this.count;
	}

	/** The links in the order they were added; call once every link is in. */
	RowSource<Repackager.Link> links() throws IOException {
		this.out.flush();
		return action -> {
			try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(this.file), 1 << 16))) {
				for (long i = 0; i < this.count; i++) {
					action.accept(new Repackager.Link(in.readUTF(), in.readUTF()));
				}
			}
			catch (EOFException ex) {
				throw new IllegalStateException("link spool " + this.file + " ends early", ex);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
	}

	@Override
	public void close() throws IOException {
		try {
			this.out.close();
		}
		finally {
			Files.deleteIfExists(this.file);
		}
	}

}
