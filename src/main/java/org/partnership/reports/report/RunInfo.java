package org.partnership.reports.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Facts about the run that every report prints: run date (also the fixed document date, so outputs
 * are reproducible), language, issuing unit, the input files with their counts and checksums.
 */
public record RunInfo(LocalDate runDate, Locale locale, String issuingUnit, String sources, List<InputFileInfo> inputs) {

	public RunInfo {
		inputs = List.copyOf(inputs);
	}

	/** One input file: {@code read = accepted + rejected} always holds. */
	public record InputFileInfo(String file, long read, long accepted, long rejected, String sha256) {
	}

}
