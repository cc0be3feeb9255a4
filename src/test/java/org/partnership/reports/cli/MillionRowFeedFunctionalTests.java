package org.partnership.reports.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.reports.support.TradeFeedGenerator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input case "a 1M-row file" (issue 7): a generated million-row trade feed with a bad
 * row every 25,000 lines goes through the job in a separate JVM capped at 512 MB of heap. Nothing is
 * lost: read = accepted + rejected, and each bad row is reported with its line and reason.
 */
class MillionRowFeedFunctionalTests {

	private static final int ROWS = 1_000_000;

	private static final int EVERY = 25_000;

	/** Bad values put in place of the value column, in turn, with the reason each must get. */
	private static final String[][] BAD = { { "-12.50", "negative value" }, { "n/a", "not a number" },
			{ "1e400", "implausibly large value" }, { "12\0", "contains a NUL character" } };

	@TempDir
	Path dir;

	@Test
	void aMillionRowFeedIsImportedWithBoundedHeapAndEveryBadRowReported() throws Exception {
		Path input = Files.createDirectories(this.dir.resolve("in"));
		Files.copy(Path.of("input/articles.csv"), input.resolve("articles.csv"));
		Path generated = TradeFeedGenerator.write(this.dir.resolve("generated.csv"), ROWS, 7);
		List<String> expected = new ArrayList<>();
		try (BufferedReader in = Files.newBufferedReader(generated);
				BufferedWriter out = Files.newBufferedWriter(input.resolve("trade.csv"), StandardCharsets.UTF_8)) {
			out.write(in.readLine() + "\n");
			for (int line = 2; line <= ROWS + 1; line++) {
				String row = in.readLine();
				if (line % EVERY == 0) {
					String[] bad = BAD[(line / EVERY) % BAD.length];
					row = row.substring(0, row.lastIndexOf(',') + 1) + bad[0];
					expected.add(line + ":" + bad[1]);
				}
				out.write(row + "\n");
			}
		}

		Path out = this.dir.resolve("out");
		List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Cli.class.getName(), "--input",
				input.toString(), "--output", out.toString(), "--state-dir", this.dir.resolve("state").toString(),
				"--run-date", "2025-11-25", "--pairs", "KAZ-EU27", "--templates", Path.of("templates").toAbsolutePath().toString());
		Process job = new ProcessBuilder(cmd).redirectErrorStream(true)
			.redirectOutput(this.dir.resolve("console.txt").toFile())
			.start();
		assertThat(job.waitFor(10, TimeUnit.MINUTES)).isTrue();
		assertThat(job.exitValue()).as(() -> read(this.dir.resolve("console.txt"))).isZero();

		JsonNode trade = JsonMapper.builder().build().readTree(out.resolve("run-summary.json").toFile()).get("inputs").get(1);
		assertThat(trade.get("file").asString()).isEqualTo("trade.csv");
		assertThat(trade.get("read").asLong()).isEqualTo(ROWS);
		assertThat(trade.get("rejected").asLong()).isEqualTo(expected.size());
		assertThat(trade.get("accepted").asLong()).isEqualTo(ROWS - expected.size());

		List<String> rejects = new ArrayList<>();
		try (de.siegmar.fastcsv.reader.CsvReader<de.siegmar.fastcsv.reader.NamedCsvRecord> csv = de.siegmar.fastcsv.reader.CsvReader
			.builder()
			.ofNamedCsvRecord(out.resolve("rejects.csv"))) {
			csv.forEach(r -> {
				if (r.getField("file").equals("trade.csv")) {
					rejects.add(r.getField("line") + ":" + r.getField("reason"));
				}
			});
		}
		assertThat(rejects).containsExactlyElementsOf(expected);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (java.io.IOException ex) {
			return ex.toString();
		}
	}

}
