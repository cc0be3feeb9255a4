package org.partnership.reports.ingest;

import java.util.Iterator;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the records of a checked {@link CsvInput} as {@link CsvLine}s with their physical start
 * line. Restartable: the item count is saved at every chunk commit and a restart skips that many
 * records (re-parsing them, which keeps multi-line records aligned).
 */
public class CsvLineReader extends AbstractItemCountingItemStreamItemReader<CsvLine> {

	private final CsvInput input;

	private CsvReader<CsvRecord> csv;

	private Iterator<CsvRecord> records;

	public CsvLineReader(CsvInput input, String name) {
		this.input = input;
		setName(name);
	}

	@Override
	protected void doOpen() throws Exception {
		this.csv = this.input.records();
		this.records = this.csv.iterator();
		if (this.records.hasNext()) {
			this.records.next(); // header
		}
	}

	@Override
	protected CsvLine doRead() {
		if (!this.records.hasNext()) {
			return null;
		}
		CsvRecord record = this.records.next();
		return new CsvLine(this.input.fileName(), record.getStartingLineNumber(), this.input.header(),
				record.getFields());
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
