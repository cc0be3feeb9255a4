package org.partnership.reports.trade;

import java.io.IOException;
import java.util.Iterator;
import java.util.function.Consumer;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.partnership.reports.ingest.CsvLine;
import org.partnership.reports.ingest.CsvSlice;
import org.partnership.reports.ingest.Parsed;
import org.partnership.reports.ingest.Reject;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The general way to import a slice of any layout and encoding: every record read by the CSV parser
 * and checked by the layout's row parser. {@link NativeSliceReader} hands it whatever it does not
 * read itself.
 */
public final class CsvRecordImport {

	private CsvRecordImport() {
	}

	/**
	 * Imports the records of {@code slice} (skipping the first when {@code skipHeader}) into
	 * {@code run} and {@code rejects}.
	 * @return the number of records read
	 */
	public static long read(TradeFile file, CsvSlice slice, boolean skipHeader,
			ItemProcessor<CsvLine, Parsed<TradeRow>> checks, TradeRun.Writer run, Consumer<Reject> rejects)
			throws IOException {
		long read = 0;
		try (CsvReader<CsvRecord> csv = file.csv().records(slice)) {
			Iterator<CsvRecord> records = csv.iterator();
			if (skipHeader && records.hasNext()) {
				records.next();
			}
			while (records.hasNext()) {
				CsvRecord record = records.next();
				long line = slice.firstLine() - 1 + record.getStartingLineNumber();
				check(checks, new CsvLine(file.fileName(), line, file.csv().header(), record.getFields()), run, rejects);
				read++;
			}
		}
		return read;
	}

	/** Checks one record and files it as accepted or rejected; the accepted row, else {@code null}. */
	static TradeRow check(ItemProcessor<CsvLine, Parsed<TradeRow>> checks, CsvLine line, TradeRun.Writer run,
			Consumer<Reject> rejects) {
		Parsed<TradeRow> parsed;
		try {
			parsed = checks.process(line);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		if (parsed instanceof Parsed.Accepted<TradeRow> a) {
			run.add(a.value(), a.line());
			return a.value();
		}
		if (parsed instanceof Parsed.Rejected<TradeRow> r) {
			rejects.accept(r.reject());
		}
		return null;
	}

}
