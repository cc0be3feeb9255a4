package org.partnership.reports.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.partnership.reports.report.excel.WorkbookCompression;
import org.partnership.reports.trade.PartnerGroups;

/**
 * What one invocation was asked to do, after the command line has been checked. Paths are absolute.
 * {@code templates} and {@code reference} are {@code null} when the defaults in the jar are used;
 * {@code pairs} is empty for "every pair in the data"; {@code sources} is the source line printed
 * under every report.
 */
public record RunSettings(Path input, Path output, Path stateDir, LocalDate runDate, Locale locale, Path templates,
		Path reference, List<String> pairs, String issuingUnit, String sources, PartnerGroups.Composition composition,
		WorkbookCompression compression, boolean force) {

	/** The required trade file; further {@code trade*.csv} files are optional revisions. */
	public static final String TRADE_FILE = "trade.csv";

	public RunSettings {
		pairs = List.copyOf(pairs);
	}

	/** The optional investment feed. */
	public Path investmentFile() {
		return this.input.resolve("investment.csv");
	}

	public Path articlesFile() {
		return this.input.resolve("articles.csv");
	}

	public Path tradeFile() {
		return this.input.resolve(TRADE_FILE);
	}

	/**
	 * The trade files of the input folder in the order their rows are applied: {@code trade.csv}
	 * (required, so it is listed whether or not it exists), then every other {@code trade*.csv} by
	 * file name. Later files revise earlier ones.
	 */
	public List<Path> tradeFiles() {
		List<Path> files = new ArrayList<>();
		files.add(tradeFile());
		try (Stream<Path> list = Files.list(this.input)) {
			list.filter(f -> {
				String name = f.getFileName().toString();
				return name.startsWith("trade") && name.endsWith(".csv") && !name.equals(TRADE_FILE)
						&& Files.isRegularFile(f);
			}).map(f -> f.getFileName().toString()).sorted().forEach(name -> files.add(this.input.resolve(name)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	/** Where reports are assembled before they are moved into the output folder. */
	public Path stagingDir() {
		return this.output.resolve(".staging-" + this.runDate);
	}

}
