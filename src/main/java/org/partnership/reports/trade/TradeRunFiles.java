package org.partnership.reports.trade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the import runs live: {@code <state-dir>/trade-runs/file-<n>/slice-<k>.run}, one folder per
 * trade file in the order the files are applied. Named by position, never by the input's name, so
 * no input can steer a path.
 */
public final class TradeRunFiles {

	private final Path root;

	public TradeRunFiles(Path stateDir) {
		this.root = stateDir.resolve("trade-runs");
	}

	public Path slice(int fileIndex, int slice) {
		return this.root.resolve("file-%03d".formatted(fileIndex)).resolve("slice-%05d.run".formatted(slice));
	}

	/** Every complete run of the first {@code files} trade files, in file order and then slice order. */
	public List<Path> all(int files) {
		List<Path> runs = new ArrayList<>();
		for (int i = 0; i < files; i++) {
			Path dir = this.root.resolve("file-%03d".formatted(i));
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> list = Files.list(dir)) {
				list.filter(p -> p.getFileName().toString().endsWith(".run")).sorted(Comparator.naturalOrder()).forEach(runs::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return runs;
	}

	/** Removes the runs of an earlier job instance. */
	public void clear() {
		if (!Files.exists(this.root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(this.root)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot clear " + this.root, ex);
		}
	}

}
