package org.partnership.reports.ingest;

import java.util.Iterator;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the records of a checked {@link CsvInput}, or of one {@link CsvSlice} of it, as
 * {@link CsvLine}s with their physical start line. Restartable: the item count is saved at every
 * chunk commit and a restart skips that many records (re-parsing them, which keeps multi-line
 * records aligned).
 */
public class CsvLineReader extends AbstractItemCountingItemStreamItemReader<CsvLine> {

	private final CsvInput input;

	private CsvReader<CsvRecord> csv;

	private final CsvSlice slice;

	private Iterator<CsvRecord> records;

	public CsvLineReader(CsvInput input, String name) {
		this(input, name, null);
	}

	/** A reader of one slice of the file ({@code null}: the whole file). */
	public CsvLineReader(CsvInput input, String name, CsvSlice slice) {
		this.input = input;
		this.slice = slice;
		setName(name);
	}

	@Override
	protected void doOpen() throws Exception {
		this.csv = this.slice == null ? this.input.records() : this.input.records(this.slice);
		this.records = this.csv.iterator();
		if ((this.slice == null || this.slice.startsWithHeader()) && this.records.hasNext()) {
			this.records.next(); // header
		}
	}

	@Override
	protected CsvLine doRead() {
		if (!this.records.hasNext()) {
			return null;
		}
		CsvRecord record = this.records.next();
		long line = this.slice == null ? record.getStartingLineNumber()
				: this.slice.firstLine() - 1 + record.getStartingLineNumber();
		return new CsvLine(this.input.fileName(), line, this.input.header(), record.getFields());
	}

	@Override
	protected void jumpToItem(int itemIndex) {
		for (int i = 0; i < itemIndex && this.records.hasNext(); i++) {
			this.records.next();
		}
	}

	@Override
	protected void doClose() throws Exception {
		if (this.csv != null) {
			this.csv.close();
			this.csv = null;
		}
	}

}
