package org.partnership.reports.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slices must give exactly the records, fields and line numbers of one reader over the whole file,
 * whatever the quoting: checked on generated files full of quoted line breaks, doubled quotes,
 * stray quotes, CRLF, empty lines and a BOM.
 */
class CsvSplitterTests {

	@TempDir
	Path dir;

	/** A record as one reader sees it: its absolute start line and its fields. */
	private record Rec(long line, List<String> fields) {
	}

	private static List<Rec> whole(CsvInput input) throws Exception {
		List<Rec> records = new ArrayList<>();
		try (CsvReader<CsvRecord> csv = input.records()) {
			for (CsvRecord r : csv) {
				records.add(new Rec(r.getStartingLineNumber(), r.getFields()));
			}
		}
		return records;
	}

	private static List<Rec> sliced(CsvInput input, List<CsvSlice> slices) throws Exception {
		List<Rec> records = new ArrayList<>();
		for (CsvSlice s : slices) {
			try (CsvReader<CsvRecord> csv = input.records(s)) {
				for (CsvRecord r : csv) {
					records.add(new Rec(s.firstLine() - 1 + r.getStartingLineNumber(), r.getFields()));
				}
			}
		}
		return records;
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 5, 8, 13 })
	void slicesReadExactlyLikeOneReader(long seed) throws Exception {
		Random random = new Random(seed);
		StringBuilder csv = new StringBuilder(seed % 2 == 0 ? "\uFEFF" : "").append("id,text,value\n");
		String[] pieces = { "plain", "\"quoted, with comma\"", "\"two\nlines\"", "\"a \"\"doubled\"\" quote\"",
				"stray\"quote", "\"closed\"extra", "\"crlf\r\ninside\"", "", "\"\"", "ünïcödé ж",
				// long fields, read eight bytes at a time between the bytes that matter
				"\"" + "Статья о партнёрстве; paragraph one, with commas.\n\nAnd a \"\"quote\"\" ".repeat(7) + "\"",
				"unquoted text without any separator or quote in it at all".repeat(3) };
		for (int i = 0; i < 3_000; i++) {
			csv.append(i).append(',').append(pieces[random.nextInt(pieces.length)]).append(',').append(random.nextInt(1000));
			csv.append(random.nextInt(10) == 0 ? "\r\n" : "\n");
			if (random.nextInt(50) == 0) {
				csv.append('\n');
			}
		}
		Path file = this.dir.resolve("f.csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		CsvInput input = CsvInput.open(file, Set.of("id"));

		List<CsvSlice> slices = CsvSplitter.split(input, 1_000 + seed * 100);

		assertThat(slices).hasSizeGreaterThan(20);
		assertThat(slices.get(0).start()).isEqualTo(input.bomLength());
		assertThat(slices.get(slices.size() - 1).end()).isEqualTo(Files.size(file));
		for (int i = 1; i < slices.size(); i++) {
			assertThat(slices.get(i).start()).isEqualTo(slices.get(i - 1).end());
		}
		assertThat(sliced(input, slices)).isEqualTo(whole(input));
	}

	@Test
	void smallFilesAndBareCarriageReturnsStayWhole() throws Exception {
		Path small = this.dir.resolve("small.csv");
		Files.writeString(small, "id\n1\n2\n");
		assertThat(CsvSplitter.split(CsvInput.open(small, Set.of("id")), 1_000)).singleElement()
			.satisfies(s -> assertThat(s.startsWithHeader()).isTrue());

		Path cr = this.dir.resolve("cr.csv");
		Files.writeString(cr, "id\r" + "1\r".repeat(2_000));
		assertThat(CsvSplitter.split(CsvInput.open(cr, Set.of("id")), 100)).hasSize(1);
	}

}
