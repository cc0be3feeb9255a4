package org.partnership.reports.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/** {@code rejects.csv}: {@code file, line, column, value, reason}, one row per skipped record. */
public final class RejectsCsv implements ReportOutput {

	public static final String FILE_NAME = "rejects.csv";

	@Override
	public List<Path> write(ReportModel model, Path folder) throws IOException {
		Path target = folder.resolve(FILE_NAME);
		try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
				CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
			csv.writeRecord("file", "line", "column", "value", "reason");
			for (DataQuality.RejectRow r : model.dataQuality().rejects()) {
				csv.writeRecord(r.file(), Long.toString(r.line()), nullToEmpty(r.column()), nullToEmpty(r.value()),
						r.reason());
			}
		}
		return List.of(target);
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

}
