package org.partnership.reports.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast splitter must cut exactly where {@link CsvSplitter} cuts, with the same first lines. */
class QuoteFreeSplitterTests {

	@TempDir
	Path dir;

	private Path write(String name, CharSequence text) throws Exception {
		Path file = this.dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 5, 8, 13, 21 })
	void cutsWhereTheQuotingSplitterCuts(long seed) throws Exception {
		Random random = new Random(seed);
		StringBuilder csv = new StringBuilder(seed % 2 == 0 ? "\uFEFF" : "").append("period,reporter,partner,flow,value_usd\n");
		for (int i = 0; i < 5_000; i++) {
			csv.append("2024-0").append(1 + random.nextInt(9)).append(",KAZ,").append(random.nextBoolean() ? "DEU" : "ЖЖЖ")
				.append(",export,").append(random.nextInt(1 << (1 + random.nextInt(30))));
			csv.append('\n');
			if (random.nextInt(40) == 0) {
				csv.append('\n');
			}
		}
		if (seed % 3 == 0) {
			csv.setLength(csv.length() - 1); // no line end after the last record
		}
		CsvInput input = CsvInput.open(write("t.csv", csv), Set.of());

		for (long target : new long[] { 7, 64, 1_000 + seed * 37, 20_000, 60_000 }) {
			assertThat(QuoteFreeSplitter.split(input, target)).as("target %d", target)
				.isEqualTo(CsvSplitter.split(input, target));
		}
		assertThat(QuoteFreeSplitter.split(input, 1_000)).hasSizeGreaterThan(50);
	}

	@Test
	void filesWithQuotesOrCarriageReturnsAreCutByTheQuotingSplitter() throws Exception {
		String rows = "2024,KAZ,DEU,export,1\n".repeat(500);
		for (String odd : new String[] { "2024,KAZ,\"DE\nU\",export,1\n", "2024,KAZ,DEU,export,1\r\n", "2024,KAZ,DEU,export,1\r" }) {
			CsvInput input = CsvInput.open(write("odd.csv", "period,reporter,partner,flow,value_usd\n" + rows + odd + rows),
					Set.of());
			assertThat(QuoteFreeSplitter.split(input, 500)).isEqualTo(CsvSplitter.split(input, 500));
		}
	}

	@Test
	void firstLinesCountEveryLine() throws Exception {
		CsvInput input = CsvInput.open(write("n.csv", "v\n" + "1234567\n".repeat(100)), Set.of());

		// the header (2 bytes) and 8 bytes a line: the first LF at least 40 bytes in is the sixth, at 41
		assertThat(QuoteFreeSplitter.split(input, 40)).startsWith(new CsvSlice(0, 0, 42, 1),
				new CsvSlice(1, 42, 82, 7));
	}

}
