package org.partnership.reports.articles;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

import org.partnership.reports.articles.ArticleStore.StagedArticle;

/**
 * The staged articles (without their story prints) in publication order, in a file of the state folder.
 * Written once per run while the stories are folded, it is what the later passes read: the counts, the
 * report model, the Articles and Reconciliation sheets and the briefings. H2 could give the articles in that
 * order only through an index, one row lookup per article: 7 s per pass at 500k articles, against about one
 * second for this file. It is only a copy: a missing or stale spool (another article count than staged) is written again
 * before it is read ({@link ArticleStore}), never read as it is.
 *
 * <p>Format: a magic number, the article count, then per article its fields ({@link ArticleRecords}) and the
 * staged facts record ({@link FactsCodec}) as it is.
 */
final class ArticleSpool {

	private static final int MAGIC = 0x41525432; // "ART2"

	private final Path file;

	ArticleSpool(Path file) {
		this.file = file;
	}

	/** Collects the articles handed to {@link Writer#add}, in that order; {@link Writer#commit} puts them in place. */
	Writer writer() throws IOException {
		return new Writer(this.file);
	}

	/** Where the articles are put in publication order before they are spooled: next to the spool, removed after. */
	Path sortDirectory() {
		return this.file.resolveSibling(this.file.getFileName() + ".sort");
	}

	/** The spool file's size and modification time, or "none": which copy a pass read. */
	String stamp() {
		try {
			return Files.size(this.file) + "@" + Files.getLastModifiedTime(this.file);
		}
		catch (IOException ex) {
			return "none";
		}
	}

	/** Whether the spool holds exactly {@code staged} articles, i.e. is this run's copy. */
	boolean holds(long staged) {
		if (!Files.isRegularFile(this.file)) {
			return false;
		}
		try (DataInputStream in = new DataInputStream(Files.newInputStream(this.file))) {
			return in.readInt() == MAGIC && in.readLong() == staged;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Hands every spooled article to {@code action}, in publication order, with that part of its facts decoded. */
	void forEach(FactsCodec.Part part, Consumer<StagedArticle> action) {
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(this.file), 1 << 16))) {
			if (in.readInt() != MAGIC) {
				throw new IOException("not an article spool");
			}
			long count = in.readLong();
			for (long i = 0; i < count; i++) {
				Article article = ArticleRecords.read(in);
				action.accept(new StagedArticle(article, FactsCodec.decode(ArticleRecords.bytes(in), part), null));
			}
		}
		catch (EOFException ex) {
			throw new UncheckedIOException("article spool " + this.file + " ends early", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the article spool " + this.file, ex);
		}
	}

	/** Removes the spool and whatever a killed fold left of its sort runs. */
	void delete() {
		try {
			Files.deleteIfExists(this.file);
			Path sort = sortDirectory();
			if (Files.isDirectory(sort)) {
				try (var runs = Files.list(sort)) {
					for (Path run : runs.toList()) {
						Files.delete(run);
					}
				}
				Files.delete(sort);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot delete the article spool " + this.file, ex);
		}
	}

	/** Writes into a temporary file next to the spool; the spool appears whole or not at all. */
	static final class Writer implements AutoCloseable {

		private final Path target;

		private final Path temp;

		private final DataOutputStream out;

		private long count;

		private Writer(Path target) throws IOException {
			this.target = target;
			Files.createDirectories(target.toAbsolutePath().getParent());
			Files.deleteIfExists(target);
			this.temp = target.resolveSibling(target.getFileName() + ".tmp");
			this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(this.temp), 1 << 16));
			this.out.writeInt(MAGIC);
			this.out.writeLong(0); // the count, known at the end
		}

		/** The article (published on a known day) and its staged facts record. */
		void add(Article a, byte[] facts) throws IOException {
			ArticleRecords.write(this.out, a);
			ArticleRecords.bytes(this.out, facts);
			this.count++;
		}

		/** Closes the file, writes the count into its header and moves it in place. */
		void commit() throws IOException {
			this.out.close();
			try (FileChannel channel = FileChannel.open(this.temp, StandardOpenOption.WRITE)) {
				channel.write(ByteBuffer.allocate(Long.BYTES).putLong(0, this.count), Integer.BYTES);
			}
			Files.move(this.temp, this.target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}

		/** Removes what was written when the spool was not committed. */
		@Override
		public void close() throws IOException {
			this.out.close();
			Files.deleteIfExists(this.temp);
		}

	}

}
