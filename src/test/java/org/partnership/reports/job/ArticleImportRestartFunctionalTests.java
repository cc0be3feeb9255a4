package org.partnership.reports.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
import org.partnership.reports.bench.BenchArticleFeed;
import org.partnership.reports.cli.Cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article import cuts the file into slices imported in parallel, chunk by chunk; a run killed with SIGKILL
 * in the middle of it is finished by the next invocation, each slice from its last committed chunk, with the
 * reports of an uninterrupted run that read the file as one slice, byte for byte, and every record counted
 * once (duplicate ids, one of them in another slice than its first article, and a bad date included).
 */
class ArticleImportRestartFunctionalTests {

	private static final int ARTICLES = 3_000;

	@TempDir
	Path dir;

	@Test
	void aRunKilledWhileImportingArticlesIsFinishedWithIdenticalReports() throws Exception {
		Path input = Files.createDirectories(this.dir.resolve("in"));
		Path articles = BenchArticleFeed.write(input.resolve("articles.csv"), ARTICLES, 31);
		String first = Files.readAllLines(articles).get(1).split(",")[0];
		Files.writeString(articles, first + ",2025-04-02,Wire,,en,Copied id,Another text\n"
				+ "late-1,2026-01-01,Wire,,en,From the future,Text\n"
				+ "twice,2025-04-03,Wire,,en,First of twice,Text\n"
				+ "twice,2025-04-04,Wire,,en,Second of twice,Text\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		Files.copy(Path.of("input/trade.csv"), input.resolve("trade.csv"));

		// an uninterrupted reference run
		Process ref = start(input, "ref");
		assertThat(ref.waitFor(10, TimeUnit.MINUTES)).isTrue();
		assertThat(ref.exitValue()).as(() -> read(this.dir.resolve("ref/stderr.txt"))).isZero();
		Map<String, String> reference = reports(this.dir.resolve("ref/out"));
		assertThat(Files.readString(this.dir.resolve("ref/out/rejects.csv"))).contains("duplicate id (first seen on line 2)",
				"2026-01-01,out of range", "twice,duplicate id (first seen on line");

		// a run killed in the middle of the article import
		Process victim = start(input, "kill");
		Path log = this.dir.resolve("kill/state/logs/2025-11-25.log");
		long deadline = System.currentTimeMillis() + 120_000;
		// a chunk is logged when written, before its commit: with two threads, a third chunk means that one thread
		// has committed its first
		while (!(Files.exists(log) && Files.readString(log).contains("importArticles: chunk 3 written"))) {
			assertThat(System.currentTimeMillis()).as("article import never started").isLessThan(deadline);
			assertThat(victim.isAlive()).as("run ended before it could be killed").isTrue();
			Thread.sleep(20);
		}
		victim.destroyForcibly().waitFor(); // SIGKILL on Linux: no shutdown hooks, no clean close
		assertThat(Files.readString(log)).doesNotContain("Step: [importArticles] executed");
		assertThat(slicesStarted(log)).isGreaterThan(1);

		// the next invocation recovers it and resumes after the last committed chunk
		Process second = start(input, "kill");
		assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
		assertThat(second.exitValue()).as(() -> read(this.dir.resolve("kill/stderr.txt"))).isZero();
		assertThat(Files.readString(this.dir.resolve("kill/stdout.txt"))).contains("restarting the interrupted run");
		// the slices resume after their committed chunks: the second execution (the last count in the log) reads
		// fewer records than the file has
		java.util.regex.Matcher last = java.util.regex.Pattern
			.compile("importArticles: chunk \\d+ written, (\\d+) records in this execution")
			.matcher(Files.readString(log));
		long records = 0;
		while (last.find()) {
			records = Long.parseLong(last.group(1));
		}
		assertThat(records).isPositive().isLessThan(ARTICLES);

		assertThat(reports(this.dir.resolve("kill/out"))).isEqualTo(reference);
		JsonNode counts = JsonMapper.builder().build().readTree(this.dir.resolve("kill/out/run-summary.json").toFile())
			.get("inputs").get(0);
		assertThat(counts.get("file").asString()).isEqualTo("articles.csv");
		assertThat(counts.get("read").asLong()).isEqualTo(ARTICLES + 4);
		assertThat(counts.get("accepted").asLong()).isEqualTo(ARTICLES + 1);
		assertThat(counts.get("rejected").asLong()).isEqualTo(3);
	}

	private Process start(Path input, String name) throws IOException {
		Path base = Files.createDirectories(this.dir.resolve(name));
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "-Dfile.encoding=UTF-8",
				// the killed runs cut the file into small slices, the reference run reads it as one slice: the
				// reports must not depend on the slicing either
				"-Dpartnership.articles.slice-bytes=" + (name.equals("kill") ? 1_500_000 : 1L << 40),
				"-Dpartnership.import-threads=2",
				"-cp", System.getProperty("java.class.path"), Cli.class.getName(),
				"--input", input.toString(), "--output", base.resolve("out").toString(), "--state-dir",
				base.resolve("state").toString(), "--run-date", "2025-11-25", "--templates",
				Path.of("templates").toAbsolutePath().toString()));
		return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("stdout.txt").toFile()))
			.redirectError(ProcessBuilder.Redirect.appendTo(base.resolve("stderr.txt").toFile()))
			.start();
	}

	/** Slices of the article import started so far. */
	private static long slicesStarted(Path log) throws IOException {
		return java.util.regex.Pattern.compile("Executing step: \\[importArticles:slice-\\d+\\]")
			.matcher(Files.readString(log))
			.results()
			.count();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			return ex.toString();
		}
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
