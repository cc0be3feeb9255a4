package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnership.reports.ingest.CsvSlice;
import org.partnership.reports.ingest.CsvSplitter;
import org.partnership.reports.ingest.QuoteFreeSplitter;
import org.partnership.reports.ingest.Reject;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The byte-level reader must leave exactly what the record-by-record import leaves: the same run
 * file (rows, values, scales, lines, vintages), the same rejects with their reasons and the same
 * number of records read, on any input.
 */
class NativeSliceReaderTests {

	private static final LocalDate RUN_DATE = LocalDate.of(2025, 11, 25);

	@TempDir
	Path dir;

	/** What one way of importing left behind. */
	private record Imported(long read, List<Reject> rejects, List<String> rows, byte[] runBytes) {
	}

	private Imported importWith(boolean nativeReader, Path csv, List<CsvSlice> slices, String name) throws Exception {
		TradeFile file = TradeFile.open(csv);
		assertThat(NativeSliceReader.reads(file)).isTrue();
		long read = 0;
		List<Reject> rejects = new ArrayList<>();
		List<String> rows = new ArrayList<>();
		ByteArrayOutputStreamOfRuns runs = new ByteArrayOutputStreamOfRuns();
		for (CsvSlice slice : slices) {
			TradeRun.Writer run = new TradeRun.Writer();
			TradeRowParser parser = new TradeRowParser(RUN_DATE);
			read += nativeReader ? new NativeSliceReader(file, parser, run, rejects::add).read(slice)
					: CsvRecordImport.read(file, slice, slice.startsWithHeader(), parser, run, rejects::add);
			Path runFile = this.dir.resolve(name + "-" + slice.index() + ".run");
			run.writeTo(runFile, file.fileName());
			runs.add(Files.readAllBytes(runFile));
			rows.addAll(rowsOf(runFile));
		}
		return new Imported(read, rejects, rows, runs.bytes());
	}

	private static List<String> rowsOf(Path runFile) {
		List<String> rows = new ArrayList<>();
		try (TradeRun.Reader r = new TradeRun.Reader(runFile)) {
			while (r.next()) {
				rows.add(r.line + ":" + r.reporters[r.reporter] + "|" + r.partners[r.partner] + "|" + Flow.values()[r.flow]
						+ "|" + r.codes[r.code] + "|" + r.periods[r.period].code() + "|"
						+ BigDecimal.valueOf(r.unscaled, r.scale) + "|" + r.vintages[r.vintage]);
			}
		}
		return rows;
	}

	private static final class ByteArrayOutputStreamOfRuns {

		private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

		void add(byte[] run) {
			this.out.writeBytes(run);
		}

		byte[] bytes() {
			return this.out.toByteArray();
		}

	}

	private Path write(String text) throws Exception {
		Path f = this.dir.resolve("trade.csv");
		Files.write(f, text.getBytes(StandardCharsets.UTF_8));
		return f;
	}

	private void assertSameAsRecordByRecord(Path csv, List<CsvSlice> slices) throws Exception {
		Imported exact = importWith(false, csv, slices, "exact");
		Imported fast = importWith(true, csv, slices, "fast");
		assertThat(fast.read()).isEqualTo(exact.read());
		assertThat(fast.rejects()).isEqualTo(exact.rejects());
		assertThat(fast.rows()).isEqualTo(exact.rows());
		assertThat(fast.runBytes()).isEqualTo(exact.runBytes());
	}

	@Test
	void plainRowsBecomeRunRecordsWithTheirCentsAndLines() throws Exception {
		Path csv = write("""
				period,reporter,partner,flow,commodity,value_usd
				2024-01,KAZ,DEU,export,270900,11.19
				2024-01,KAZ,DEU,export,270900,12.5
				2024-02,kaz,DEU,Export,27.09.00,283
				2024-02,KAZ,DEU,import,TOTAL,0.07
				""");
		TradeFile file = TradeFile.open(csv);
		TradeRun.Writer run = new TradeRun.Writer();
		List<Reject> rejects = new ArrayList<>();

		long read = new NativeSliceReader(file, new TradeRowParser(RUN_DATE), run, rejects::add)
			.read(new CsvSlice(0, 0, Files.size(csv), 1));

		assertThat(read).isEqualTo(4);
		assertThat(rejects).isEmpty();
		Path runFile = this.dir.resolve("r.run");
		run.writeTo(runFile, "trade.csv");
		assertThat(rowsOf(runFile)).containsExactly("2:KAZ|DEU|EXPORT|270900|2024-01|11.19|",
				"3:KAZ|DEU|EXPORT|270900|2024-01|12.5|", "4:KAZ|DEU|EXPORT|270900|2024-02|283|",
				"5:KAZ|DEU|IMPORT|TOTAL|2024-02|0.07|");
	}

	@Test
	void unusualRecordsAreCheckedAndRejectedAsBefore() throws Exception {
		Path csv = write("period,reporter,partner,flow,commodity,value_usd,vintage\r\n"
				+ "2024-01,KAZ,DEU,export,270900,11.19,\r\n" // CRLF, empty vintage
				+ "2024-01,KAZ,DEU,export,270900,-5,\r\n" // negative
				+ "2024-01,KAZ,DEU,export,270900,1.2E3,\r\n" // exponent: accepted by the exact parser
				+ "2024-01,KAZ,DEU,export,270900,\"1,234.5\",v2\n" // quoted thousands: accepted
				+ "2024-01,KAZ,DEU,export,270900,12.345,\n" // three decimals: rounded half-even
				+ "\n" // empty line: skipped, still counted
				+ "2024-01,KAZ,\"DE\nU\",export,270900,1,\n" // quoted line break: rejected at line 8, ends on 9
				+ "2024-01,KAZ,DEU,export,270900,,\n" // empty value
				+ "2024-01,KAZ,ЖЖЖ,export,270900,1,\n" // not ASCII
				+ "2024-01,KAZ,DEU,export,270900\n" // too few fields
				+ "2024-01,KAZ,DEU,export,270900,1,x\0y\n" // NUL
				+ "2024-01,KAZ,DEU,export,270900,10000000000000000000,\n" // 20 digits
				+ "2024-01,KAZ,DEU,export,270900, 7 ,\n" // spaces around the value: stripped
				+ "2024-01,KAZ,DEU,export,270900,7,2025-01-01");
		List<CsvSlice> whole = List.of(new CsvSlice(0, 0, Files.size(csv), 1));

		Imported fast = importWith(true, csv, whole, "fast");

		// 13 records on 16 lines: the header, an empty line and a quoted line break
		assertThat(fast.read()).isEqualTo(13);
		assertThat(fast.rejects()).extracting(r -> r.line() + "|" + r.column() + "|" + r.value() + "|" + r.reason())
			.containsExactly("3|value_usd|-5|negative value", "8|partner|DE\nU|not an ISO alpha-3 or group code",
					"10|value_usd|null|required value missing", "11|partner|ЖЖЖ|not an ISO alpha-3 or group code",
					"12|null|null|expected 7 fields, found 5", "13|null|null|contains a NUL character",
					"14|value_usd|10000000000000000000|implausibly large value");
		assertThat(fast.rows()).contains("2:KAZ|DEU|EXPORT|270900|2024-01|11.19|",
				"4:KAZ|DEU|EXPORT|270900|2024-01|1.2E+3|", "5:KAZ|DEU|EXPORT|270900|2024-01|1234.5|v2",
				"6:KAZ|DEU|EXPORT|270900|2024-01|12.34|", "15:KAZ|DEU|EXPORT|270900|2024-01|7|",
				"16:KAZ|DEU|EXPORT|270900|2024-01|7|2025-01-01");
		assertSameAsRecordByRecord(csv, whole);
	}

	@Test
	void aLoneCarriageReturnHandsTheRestToTheCsvParser() throws Exception {
		Path csv = write("period,reporter,partner,flow,value_usd\n2024,KAZ,DEU,export,1\n2024,KAZ,DEU,export,2\r"
				+ "2024,KAZ,DEU,export,3\n2024,KAZ,DEU,export,-4\n");

		assertSameAsRecordByRecord(csv, List.of(new CsvSlice(0, 0, Files.size(csv), 1)));
		assertThat(importWith(true, csv, List.of(new CsvSlice(0, 0, Files.size(csv), 1)), "cr").rejects())
			.extracting(Reject::line)
			.containsExactly(5L);
	}

	@Test
	void aQuotedHeaderIsSkippedLikeAnyRecord() throws Exception {
		Path csv = write("\n\"period\",\"reporter\",\"partner\",\"flow\",\"value_usd\"\n2024,KAZ,DEU,export,1\n2024,KAZ,DEU,export,x\n");

		assertSameAsRecordByRecord(csv, List.of(new CsvSlice(0, 0, Files.size(csv), 1)));
	}

	/** Generated files full of everything a feed can hold, read whole and in slices. */
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void readsEveryFileExactlyAsTheRecordByRecordImport(long seed) throws Exception {
		Random random = new Random(seed);
		List<String> columns = new ArrayList<>(List.of("period", "reporter", "partner", "flow", "commodity", "value_usd"));
		if (seed % 2 == 0) {
			columns.add("vintage");
		}
		if (seed % 3 == 0) {
			columns.add("note");
		}
		if (seed % 4 == 0) {
			columns.remove("commodity");
		}
		java.util.Collections.shuffle(columns, random);
		String[][] values = {
				{ "2024-01", "2024-02", "2023", "2024-Q3", "2031", "2024-13", " 2024-05", "", "\"2024-06\"" },
				{ "KAZ", "kaz", " KAZ", "../x", "", "EU27" }, { "DEU", "FRA", "EU27", "WLD", "ЖЖЖ", "", "\"DE\nU\"" },
				{ "export", "import", "Export", " import", "re-export", "" },
				{ "270900", "2709", "27", "TOTAL", "total", "27.09.00", "27-09", "", "\"270900\"" },
				{ "11.19", "283", "0", "0.00", "47.5", "-5", "1e3", "1,234", "\"1,234.50\"", "12.345", "12.", ".5", "",
						"abc", "10000000000000000000", "99999999999999.99", " 7 ", "007" },
				{ "", "2025-01-01", "2024-06-30", "v" + "x".repeat(70) }, { "", "free text", "\"quoted, with comma\"" } };
		StringBuilder csv = new StringBuilder(seed % 5 == 0 ? "\uFEFF" : "").append(String.join(",", columns)).append('\n');
		for (int i = 0; i < 4_000; i++) {
			List<String> fields = new ArrayList<>();
			for (String c : columns) {
				String[] choices = switch (c) {
					case "period" -> values[0];
					case "reporter" -> values[1];
					case "partner" -> values[2];
					case "flow" -> values[3];
					case "commodity" -> values[4];
					case "value_usd" -> values[5];
					case "vintage" -> values[6];
					default -> values[7];
				};
				// mostly the first, plain choices, as in a real feed
				fields.add(choices[random.nextInt(8) < 6 ? random.nextInt(Math.min(2, choices.length)) : random.nextInt(choices.length)]);
			}
			if (random.nextInt(200) == 0) {
				fields.remove(fields.size() - 1);
			}
			if (random.nextInt(300) == 0) {
				fields.set(0, fields.get(0) + "\0");
			}
			csv.append(String.join(",", fields));
			csv.append(seed % 3 == 1 && random.nextInt(4) == 0 ? "\r\n" : "\n");
			if (random.nextInt(100) == 0) {
				csv.append(random.nextBoolean() ? "\n" : "\r\n");
			}
		}
		if (seed == 7) {
			csv.append("2024,KAZ,DEU,export,TOTAL,1\r2024,KAZ,DEU,export,TOTAL,2\n");
		}
		if (seed % 2 == 1) {
			csv.setLength(csv.length() - 1);
		}
		Path file = write(csv.toString());
		TradeFile trade = TradeFile.open(file);

		assertSameAsRecordByRecord(file, CsvSplitter.split(trade.csv(), Long.MAX_VALUE / 4));
		assertSameAsRecordByRecord(file, CsvSplitter.split(trade.csv(), 2_000 + seed * 500));
		assertSameAsRecordByRecord(file, QuoteFreeSplitter.split(trade.csv(), 3_000));
		assertThat(importWith(true, file, CsvSplitter.split(trade.csv(), 3_000), "count").rejects()).isNotEmpty();
	}

}
