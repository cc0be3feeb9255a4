package org.partnership.reports.trade;

import java.nio.file.Path;
import java.util.Set;

import org.partnership.reports.ingest.CsvInput;

/** A trade input file checked as a whole, with the layout its header was recognised as. */
public record TradeFile(CsvInput csv, TradeLayout layout) {

	/**
	 * Checks the file (encoding, delimiter, header) and recognises its layout.
	 * @throws org.partnership.reports.ingest.InputFileException naming the file and the problem
	 */
	public static TradeFile open(Path path) {
		CsvInput csv = CsvInput.open(path, Set.of());
		return new TradeFile(csv, TradeLayout.detect(csv));
	}

	public String fileName() {
		return this.csv.fileName();
	}

}
