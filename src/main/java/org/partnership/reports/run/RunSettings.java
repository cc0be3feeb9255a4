package org.partnership.reports.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.partnership.reports.trade.PartnerGroups;

/**
 * What one invocation was asked to do, after the command line has been checked. Paths are absolute.
 * {@code templates} and {@code reference} are {@code null} when the defaults in the jar are used;
 * {@code pairs} is empty for "every pair in the data"; {@code sources} is the source line printed
 * under every report.
 */
public record RunSettings(Path input, Path output, Path stateDir, LocalDate runDate, Locale locale, Path templates,
		Path reference, List<String> pairs, String issuingUnit, String sources, PartnerGroups.Composition composition,
		boolean force) {

	public RunSettings {
		pairs = List.copyOf(pairs);
	}

	public Path articlesFile() {
		return this.input.resolve("articles.csv");
	}

	public Path tradeFile() {
		return this.input.resolve("trade.csv");
	}

	/** Where reports are assembled before they are moved into the output folder. */
	public Path stagingDir() {
		return this.output.resolve(".staging-" + this.runDate);
	}

}
