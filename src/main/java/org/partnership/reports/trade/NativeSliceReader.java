package org.partnership.reports.trade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.partnership.reports.ingest.CsvHeader;
import org.partnership.reports.ingest.CsvLine;
import org.partnership.reports.ingest.CsvSlice;
import org.partnership.reports.ingest.Parsed;
import org.partnership.reports.ingest.Reject;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Imports a slice of a UTF-8 file in the native layout straight from its bytes. A plain line (ASCII,
 * no quotes, one field per column, every code already seen in an accepted row of this slice, an
 * amount {@link PlainAmount} reads) becomes a run record without a {@code String}, a
 * {@code BigDecimal} or a {@link TradeRow}. Every other record goes through the layout's row
 * parser exactly as {@link CsvRecordImport} would send it, so its rejects, reasons and values are
 * the same; an accepted one teaches the reader its codes. A carriage return that does not end a
 * line hands the rest of the slice to {@link CsvRecordImport}.
 * <p>
 * Remembering codes from accepted rows is exact because every check of the layout looks at one
 * field alone: the same text of a field is accepted the same way in every row.
 */
public final class NativeSliceReader {

	private static final int FIELD_START = 0;

	private static final int UNQUOTED = 1;

	private static final int QUOTED = 2;

	private static final int QUOTE_IN_QUOTED = 3;

	private final TradeFile file;

	private final ItemProcessor<CsvLine, Parsed<TradeRow>> checks;

	private final TradeRun.Writer run;

	private final Consumer<Reject> rejects;

	private final CsvHeader header;

	private final byte separator;

	private final int width;

	private final int periodAt;

	private final int reporterAt;

	private final int partnerAt;

	private final int flowAt;

	private final int commodityAt;

	private final int valueAt;

	private final int vintageAt;

	/** Raw field text to the run's id of what the row parser made of it. */
	private final ByteDictionary periods = new ByteDictionary();

	private final ByteDictionary reporters = new ByteDictionary();

	private final ByteDictionary partners = new ByteDictionary();

	private final ByteDictionary flows = new ByteDictionary();

	private final ByteDictionary codes = new ByteDictionary();

	private final ByteDictionary vintages = new ByteDictionary();

	/** Field boundaries of the current line: field i is {@code [starts[i], ends[i])}. */
	private final int[] starts;

	private final int[] ends;

	private FileChannel channel;

	private byte[] buffer = new byte[1 << 20];

	/** The current record starts at {@code pos}; bytes up to {@code limit} are read. */
	private int pos;

	private int limit;

	/** File position of {@code buffer[0]}. */
	private long bufferStart;

	/** Bytes of the slice not yet in the buffer. */
	private long unread;

	/** End of the current record's content (before its line end), set by the scans. */
	private int contentEnd;

	/** Start of the next record, set by the scans. */
	private int next;

	/** Line breaks inside the current record (quoted fields), set by {@link #extent}. */
	private int innerLines;

	private long line;

	private long read;

	/** Whether the layout's parser handles {@code file} the way this reader expects (native layout, UTF-8). */
	public static boolean reads(TradeFile file) {
		return file.layout() == TradeLayout.NATIVE && StandardCharsets.UTF_8.equals(file.csv().charset());
	}

	public NativeSliceReader(TradeFile file, ItemProcessor<CsvLine, Parsed<TradeRow>> checks, TradeRun.Writer run,
			Consumer<Reject> rejects) {
		this.file = file;
		this.checks = checks;
		this.run = run;
		this.rejects = rejects;
		this.header = file.csv().header();
		this.separator = (byte) file.csv().separator();
		this.width = this.header.width();
		this.periodAt = this.header.indexOf("period");
		this.reporterAt = this.header.indexOf("reporter");
		this.partnerAt = this.header.indexOf("partner");
		this.flowAt = this.header.indexOf("flow");
		this.commodityAt = this.header.indexOf("commodity");
		this.valueAt = this.header.indexOf("value_usd");
		this.vintageAt = this.header.indexOf(LayoutRowParser.VINTAGE);
		this.starts = new int[this.width];
		this.ends = new int[this.width];
	}

	/**
	 * Imports the records of {@code slice} (the header row skipped when the slice starts with it).
	 * @return the number of records read
	 */
	public long read(CsvSlice slice) throws IOException {
		this.line = slice.firstLine();
		this.read = 0;
		try (FileChannel ch = FileChannel.open(this.file.csv().path(), StandardOpenOption.READ)) {
			this.channel = ch;
			this.bufferStart = slice.start();
			this.unread = slice.length();
			this.pos = 0;
			this.limit = 0;
			if (slice.startsWithHeader() && !skipHeader()) {
				return CsvRecordImport.read(this.file, slice, true, this.checks, this.run, this.rejects);
			}
			while (true) {
				int kind = scanLine();
				if (kind == END) {
					return this.read;
				}
				if (kind == EMPTY) {
					this.line++;
				}
				else if (kind == PLAIN) {
					plain();
					this.read++;
					this.line++;
				}
				else if (extent()) {
					unusual();
					this.read++;
					this.line += 1 + this.innerLines;
				}
				else {
					// a lone carriage return: the CSV parser's own line counting decides the rest
					CsvSlice rest = new CsvSlice(slice.index(), this.bufferStart + this.pos, slice.end(), this.line);
					return this.read + CsvRecordImport.read(this.file, rest, false, this.checks, this.run, this.rejects);
				}
				this.pos = this.next;
			}
		}
		finally {
			this.channel = null;
		}
	}

	/** Skips empty lines and the header record, as the CSV parser does; {@code false} when it cannot. */
	private boolean skipHeader() throws IOException {
		int kind;
		while ((kind = scanLine()) == EMPTY) {
			this.line++;
			this.pos = this.next;
		}
		if (kind == END) {
			return true;
		}
		if (kind == UNUSUAL && !extent()) {
			return false;
		}
		this.line += 1 + (kind == UNUSUAL ? this.innerLines : 0);
		this.pos = this.next;
		return true;
	}

	private static final int END = 0;

	private static final int EMPTY = 1;

	private static final int PLAIN = 2;

	private static final int UNUSUAL = 3;

	/**
	 * Finds the end of the line at {@code pos}: {@link #PLAIN} (ASCII without quotes, NUL or a lone
	 * CR; field boundaries noted when it has one field per column), {@link #EMPTY}, {@link #UNUSUAL}
	 * (left to {@link #extent}) or {@link #END} of the slice.
	 */
	private int scanLine() throws IOException {
		rescan: while (true) {
			byte[] b = this.buffer;
			byte sep = this.separator;
			int field = 0;
			this.starts[0] = this.pos;
			for (int p = this.pos; p < this.limit; p++) {
				byte c = b[p];
				if (c == sep) {
					if (field + 1 < this.width) {
						this.ends[field] = p;
						this.starts[field + 1] = p + 1;
					}
					field++;
				}
				else if (c == '\n' || c == '\r') {
					if (c == '\r') {
						if (p + 1 == this.limit) {
							break; // the LF may be in the next block
						}
						if (b[p + 1] != '\n') {
							return UNUSUAL;
						}
					}
					this.contentEnd = p;
					this.next = c == '\r' ? p + 2 : p + 1;
					return lineKind(field);
				}
				else if (c <= 0 || c == '"') {
					return UNUSUAL; // NUL, non-ASCII (UTF-8) or a quote
				}
			}
			if (fill()) {
				continue rescan;
			}
			if (this.pos == this.limit) {
				return END;
			}
			// the last line of the file, without a line end (or with a lone CR)
			for (int p = this.pos; p < this.limit; p++) {
				if (b[p] == '\r') {
					return UNUSUAL;
				}
			}
			this.contentEnd = this.limit;
			this.next = this.limit;
			return lineKind(field);
		}
	}

	private int lineKind(int separators) {
		if (this.contentEnd == this.pos) {
			return EMPTY;
		}
		if (separators + 1 == this.width) {
			this.ends[this.width - 1] = this.contentEnd;
		}
		else {
			this.starts[0] = -1; // field count differs: no boundaries
		}
		return PLAIN;
	}

	/** A plain line: a run record when every field is known, else through the row parser. */
	private void plain() {
		if (this.starts[0] < 0) {
			check(plainFields());
			return;
		}
		byte[] b = this.buffer;
		int period = this.periods.get(b, this.starts[this.periodAt], this.ends[this.periodAt]);
		int reporter = this.reporters.get(b, this.starts[this.reporterAt], this.ends[this.reporterAt]);
		int partner = this.partners.get(b, this.starts[this.partnerAt], this.ends[this.partnerAt]);
		int flow = this.flows.get(b, this.starts[this.flowAt], this.ends[this.flowAt]);
		int code = this.commodityAt < 0 ? this.run.codeId(TradeRow.TOTAL)
				: this.codes.get(b, this.starts[this.commodityAt], this.ends[this.commodityAt]);
		long amount = PlainAmount.parse(b, this.starts[this.valueAt], this.ends[this.valueAt]);
		int vintage = this.vintageAt < 0 || this.starts[this.vintageAt] == this.ends[this.vintageAt] ? 0
				: this.vintages.get(b, this.starts[this.vintageAt], this.ends[this.vintageAt]);
		if ((period | reporter | partner | flow | code | vintage) < 0 || amount == PlainAmount.NOT_PLAIN) {
			learn(check(plainFields()));
			return;
		}
		this.run.add(reporter, partner, flow, code, period, PlainAmount.unscaled(amount), PlainAmount.scale(amount),
				this.line, vintage);
	}

	/** Remembers the codes of an accepted plain row by their raw text. */
	private void learn(TradeRow row) {
		if (row == null || this.starts[0] < 0) {
			return;
		}
		byte[] b = this.buffer;
		this.periods.put(b, this.starts[this.periodAt], this.ends[this.periodAt], this.run.periodId(row.period()));
		this.reporters.put(b, this.starts[this.reporterAt], this.ends[this.reporterAt], this.run.reporterId(row.reporter()));
		this.partners.put(b, this.starts[this.partnerAt], this.ends[this.partnerAt], this.run.partnerId(row.partner()));
		this.flows.put(b, this.starts[this.flowAt], this.ends[this.flowAt], row.flow().ordinal());
		if (this.commodityAt >= 0) {
			this.codes.put(b, this.starts[this.commodityAt], this.ends[this.commodityAt], this.run.codeId(row.commodity()));
		}
		if (this.vintageAt >= 0) {
			this.vintages.put(b, this.starts[this.vintageAt], this.ends[this.vintageAt], this.run.vintageId(row.vintage()));
		}
	}

	/** The fields of a plain line: split at the separator, as the CSV parser does without quotes. */
	private List<String> plainFields() {
		List<String> fields = new ArrayList<>(this.width);
		int from = this.pos;
		for (int p = this.pos; p < this.contentEnd; p++) {
			if (this.buffer[p] == this.separator) {
				fields.add(new String(this.buffer, from, p - from, StandardCharsets.ISO_8859_1));
				from = p + 1;
			}
		}
		fields.add(new String(this.buffer, from, this.contentEnd - from, StandardCharsets.ISO_8859_1));
		return fields;
	}

	/** A record with quotes, NUL or non-ASCII text, read by the CSV parser on its own. */
	private void unusual() {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(this.buffer, this.pos, this.contentEnd - this.pos))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new UncheckedIOException("cannot read " + this.file.fileName() + " at line " + this.line, ex);
		}
		List<String> fields;
		try (CsvReader<CsvRecord> csv = this.file.csv().records(text)) {
			Iterator<CsvRecord> records = csv.iterator();
			fields = records.next().getFields();
			if (records.hasNext()) {
				throw new IllegalStateException("one record expected at line " + this.line + " of " + this.file.fileName());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		check(fields);
	}

	private TradeRow check(List<String> fields) {
		return CsvRecordImport.check(this.checks, new CsvLine(this.file.fileName(), this.line, this.header, fields),
				this.run, this.rejects);
	}

	/**
	 * Finds the end of the record at {@code pos} by the CSV quoting rules (a quote opens a quoted
	 * field only at the start of a field; a line end inside one belongs to the field); {@code false}
	 * at a lone CR or a quote left open at the end of the slice.
	 */
	private boolean extent() throws IOException {
		int state = FIELD_START;
		int lines = 0;
		int p = this.pos;
		while (true) {
			if (p + 1 >= this.limit) {
				int offset = p - this.pos;
				if (fill()) {
					p = this.pos + offset;
					continue;
				}
				if (p == this.limit) {
					if (state == QUOTED) {
						return false;
					}
					this.contentEnd = p;
					this.next = p;
					this.innerLines = lines;
					return true;
				}
			}
			byte c = this.buffer[p];
			if (c == '\r') {
				if (p + 1 == this.limit || this.buffer[p + 1] != '\n') {
					return false;
				}
				p++;
				c = '\n';
			}
			if (c == '\n') {
				if (state != QUOTED) {
					this.contentEnd = this.buffer[p - 1] == '\r' && p - 1 >= this.pos ? p - 1 : p;
					this.next = p + 1;
					this.innerLines = lines;
					return true;
				}
				lines++;
				p++;
				continue;
			}
			state = switch (state) {
				case FIELD_START -> c == '"' ? QUOTED : (c == this.separator ? FIELD_START : UNQUOTED);
				case UNQUOTED -> c == this.separator ? FIELD_START : UNQUOTED;
				case QUOTED -> c == '"' ? QUOTE_IN_QUOTED : QUOTED;
				default -> c == '"' ? QUOTED : (c == this.separator ? FIELD_START : UNQUOTED);
			};
			p++;
		}
	}

	/**
	 * Moves the current record to the front of the buffer (growing it when the record fills it) and
	 * reads more of the slice; {@code false} when the slice is all read.
	 */
	private boolean fill() throws IOException {
		if (this.unread == 0) {
			return false;
		}
		if (this.pos > 0) {
			System.arraycopy(this.buffer, this.pos, this.buffer, 0, this.limit - this.pos);
			this.bufferStart += this.pos;
			this.limit -= this.pos;
			this.next -= this.pos;
			this.contentEnd -= this.pos;
			this.pos = 0;
		}
		else if (this.limit == this.buffer.length) {
			this.buffer = java.util.Arrays.copyOf(this.buffer, this.buffer.length * 2);
		}
		int want = (int) Math.min(this.buffer.length - this.limit, this.unread);
		ByteBuffer target = ByteBuffer.wrap(this.buffer, this.limit, want);
		while (target.hasRemaining()) {
			int n = this.channel.read(target, this.bufferStart + target.position());
			if (n < 0) {
				throw new UncheckedIOException(new java.io.EOFException(this.file.fileName() + " is shorter than when it was checked"));
			}
		}
		this.limit += want;
		this.unread -= want;
		return true;
	}

}
