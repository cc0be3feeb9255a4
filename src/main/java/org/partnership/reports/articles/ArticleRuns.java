package org.partnership.reports.articles;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The staged articles as the import leaves them: one run file per import chunk in a folder of the state folder,
 * each holding its articles' fields, facts and story prints ({@link PublicationOrder.Row}) in publication order.
 * The fold merges them into publication order ({@link PublicationOrder#merge}); H2 keeps only a narrow row per
 * article (its id, file and line) for the counts and the duplicates. The prints are 3 KB an article: stored in
 * H2, they cost a sixth of the import and were read back by a table scan and sorted again before the fold.
 *
 * <p>A chunk's run is named by its first line and put in place (written aside, then moved) before the chunk's
 * rows commit in H2. A chunk that never commits leaves a run that the same chunk, done again after a restart,
 * replaces; whatever a run holds beyond the staged articles (removed duplicates, a chunk rolled back) is left
 * out by the reader, which takes only staged lines, each once.
 */
final class ArticleRuns {

	private static final String SUFFIX = ".run";

	private final Path dir;

	ArticleRuns(Path dir) {
		this.dir = dir;
	}

	/** Writes one chunk's articles as a run named by its first line. */
	void write(List<PublicationOrder.Row> chunk) throws IOException {
		if (chunk.isEmpty()) {
			return;
		}
		List<PublicationOrder.Row> sorted = new ArrayList<>(chunk);
		sorted.sort(PublicationOrder.ORDER);
		long first = chunk.stream().mapToLong(PublicationOrder.Row::line).min().getAsLong();
		write("line-%012d".formatted(first), action -> {
			for (PublicationOrder.Row row : sorted) {
				action.accept(row);
			}
		});
	}

	/** Rows handed over in publication order. */
	@FunctionalInterface
	interface Rows {

		void forEach(PublicationOrder.RowAction action) throws IOException;

	}

	/** Writes rows already in publication order as the run {@code name}, whole or not at all. */
	void write(String name, Rows rows) throws IOException {
		Files.createDirectories(this.dir);
		Path run = this.dir.resolve(name + SUFFIX);
		Path temp = this.dir.resolve(name + ".tmp");
		try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
			rows.forEach(row -> PublicationOrder.write(out, row));
		}
		Files.move(temp, run, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** The runs written so far, by name. */
	List<Path> list() throws IOException {
		if (!Files.isDirectory(this.dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.dir)) {
			return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
		}
	}

	@Override
	public String toString() {
		return this.dir.toString();
	}

	/** Removes the runs of an earlier run (and what a killed import left half-written). */
	void clear() {
		try {
			if (Files.isDirectory(this.dir)) {
				try (Stream<Path> files = Files.list(this.dir)) {
					for (Path f : files.toList()) {
						Files.delete(f);
					}
				}
				Files.delete(this.dir);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot remove the article runs in " + this.dir, ex);
		}
	}

}
