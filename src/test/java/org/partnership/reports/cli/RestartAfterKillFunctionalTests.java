package org.partnership.reports.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.reports.support.TradeFeedGenerator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the job in a separate JVM on a large generated feed, kills it with SIGKILL in the middle of
 * the trade import, runs it again with the same inputs and date, and compares the reports with those
 * of an uninterrupted run: same bytes, and no row counted twice.
 */
class RestartAfterKillFunctionalTests {

	private static final int ROWS = 100_000;

	@TempDir
	Path dir;

	@Test
	void killedRunIsFinishedByTheNextInvocationWithIdenticalReports() throws Exception {
		Path input = Files.createDirectories(this.dir.resolve("in"));
		Files.copy(Path.of("input/articles.csv"), input.resolve("articles.csv"));
		TradeFeedGenerator.write(input.resolve("trade.csv"), ROWS, 42);

		// an uninterrupted reference run
		Process ref = start(input, "ref");
		assertThat(ref.waitFor(10, TimeUnit.MINUTES)).isTrue();
		assertThat(ref.exitValue()).as(() -> read(this.dir.resolve("ref/stderr.txt"))).isZero();
		Map<String, String> reference = reports(this.dir.resolve("ref/out"));
		assertThat(reference).containsKey("rejects.csv");

		// a run killed in the middle of the trade import
		Process victim = start(input, "kill");
		Path log = this.dir.resolve("kill/state/logs/2025-11-25.log");
		long deadline = System.currentTimeMillis() + 120_000;
		while (slicesWritten(log, "importTrade") < 3) {
			assertThat(System.currentTimeMillis()).as("trade import never started").isLessThan(deadline);
			assertThat(victim.isAlive()).as("run ended before it could be killed").isTrue();
			Thread.sleep(20);
		}
		victim.destroyForcibly().waitFor(); // SIGKILL on Linux: no shutdown hooks, no clean close
		assertThat(Files.readString(log)).doesNotContain("Step: [importTrade] executed");
		assertThat(this.dir.resolve("kill/out/run-summary.json")).doesNotExist();

		// the next invocation recovers and finishes it
		Process second = start(input, "kill");
		assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
		assertThat(second.exitValue()).isZero();
		assertThat(Files.readString(this.dir.resolve("kill/stdout.txt"))).contains("restarting the interrupted run");

		assertThat(reports(this.dir.resolve("kill/out"))).isEqualTo(reference);
		JsonNode trade = JsonMapper.builder().build().readTree(this.dir.resolve("kill/out/run-summary.json").toFile())
			.get("inputs").get(1);
		assertThat(trade.get("read").asLong()).isEqualTo(ROWS);
		assertThat(trade.get("accepted").asLong() + trade.get("rejected").asLong()).isEqualTo(ROWS);
	}

	@Test
	void aRunKilledInItsSecondTradeFileResumesThereWithIdenticalReports() throws Exception {
		Path input = Files.createDirectories(this.dir.resolve("in"));
		Files.copy(Path.of("input/articles.csv"), input.resolve("articles.csv"));
		TradeFeedGenerator.write(input.resolve("trade.csv"), 10_000, 42);
		TradeFeedGenerator.write(input.resolve("trade-more.csv"), 30_000, 43);

		Process ref = start(input, "ref");
		assertThat(ref.waitFor(10, TimeUnit.MINUTES)).isTrue();
		assertThat(ref.exitValue()).as(() -> read(this.dir.resolve("ref/stderr.txt"))).isZero();
		Map<String, String> reference = reports(this.dir.resolve("ref/out"));

		// killed while importing the second file: the first file's step is complete, the second is midway
		Process victim = start(input, "kill");
		Path log = this.dir.resolve("kill/state/logs/2025-11-25.log");
		long deadline = System.currentTimeMillis() + 120_000;
		while (slicesWritten(log, "importTrade-2:trade-more.csv") < 2) {
			assertThat(System.currentTimeMillis()).as("second trade import never started").isLessThan(deadline);
			assertThat(victim.isAlive()).as("run ended before it could be killed").isTrue();
			Thread.sleep(20);
		}
		victim.destroyForcibly().waitFor();
		assertThat(Files.readString(log)).contains("Step: [importTrade] executed")
			.doesNotContain("Step: [importTrade-2:trade-more.csv] executed");

		Process second = start(input, "kill");
		assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
		assertThat(second.exitValue()).isZero();
		assertThat(Files.readString(this.dir.resolve("kill/stdout.txt"))).contains("restarting the interrupted run");

		JsonNode inputs = JsonMapper.builder().build().readTree(this.dir.resolve("kill/out/run-summary.json").toFile())
			.get("inputs");
		assertThat(inputs.get(1).get("file").asString()).isEqualTo("trade.csv");
		assertThat(inputs.get(1).get("read").asLong()).isEqualTo(10_000);
		assertThat(inputs.get(2).get("file").asString()).isEqualTo("trade-more.csv");
		assertThat(inputs.get(2).get("read").asLong()).isEqualTo(30_000);
		assertThat(inputs.get(2).get("accepted").asLong() + inputs.get(2).get("rejected").asLong()).isEqualTo(30_000);
		assertThat(reports(this.dir.resolve("kill/out"))).isEqualTo(reference);
	}

	private Process start(Path input, String name) throws IOException {
		Path base = Files.createDirectories(this.dir.resolve(name));
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "-Dfile.encoding=UTF-8",
				// the killed runs cut the files into many small slices, the reference run reads each whole:
				// the reports must not depend on the slicing either
				"-Dpartnership.trade.slice-bytes=" + (name.equals("kill") ? 32_768 : 0),
				"-cp", System.getProperty("java.class.path"),
				Cli.class.getName(), "--input", input.toString(), "--output", base.resolve("out").toString(),
				"--state-dir", base.resolve("state").toString(), "--run-date", "2025-11-25", "--templates",
				Path.of("templates").toAbsolutePath().toString()));
		return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("stdout.txt").toFile()))
			.redirectError(ProcessBuilder.Redirect.appendTo(base.resolve("stderr.txt").toFile()))
			.start();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	/** Slices of a trade import step committed so far (they run in no particular order). */
	private static long slicesWritten(Path log, String step) throws IOException {
		if (!Files.exists(log)) {
			return 0;
		}
		java.util.regex.Pattern written = java.util.regex.Pattern
			.compile(java.util.regex.Pattern.quote(step) + ":slice-\\d+ written");
		return written.matcher(Files.readString(log)).results().count();
	}

	private static Map<String, String> reports(Path out) throws Exception {
		Map<String, String> sums = new TreeMap<>();
		try (Stream<Path> files = Files.list(out)) {
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				String name = f.getFileName().toString();
				if (!name.equals("run-summary.json")) {
					sums.put(name, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
				}
			}
		}
		return sums;
	}

}
