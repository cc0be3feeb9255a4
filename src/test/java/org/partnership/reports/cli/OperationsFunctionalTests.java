package org.partnership.reports.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.reports.run.ExitCode;
import org.partnership.reports.support.TradeFeedGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/** Cron-facing behaviour: --validate, overlapping runs on one state folder, a Russian run. */
class OperationsFunctionalTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new Cli(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.run(args);
	}

	@Test
	void validatePrintsWhatWouldBeRejectedAndWritesNothing() throws Exception {
		Path in = Files.createDirectories(this.dir.resolve("in"));
		Files.writeString(in.resolve("articles.csv"), "id,published_at,title\na1,2025-04-01,T\na1,2025-04-02,Again\n");
		Files.writeString(in.resolve("trade.csv"),
				"period,reporter,partner,flow,value_usd\n2024,KAZ,EU27,export,5\n2024,KAZ,EU27,export,-5\n");

		int exit = run("--validate", "--input", in.toString(), "--output", this.dir.resolve("out").toString(),
				"--state-dir", this.dir.resolve("state").toString(), "--run-date", "2025-11-25");

		assertThat(exit).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEqualTo(String.join(System.lineSeparator(),
				"articles.csv:3: id: duplicate id (first seen on line 2) ('a1')",
				"articles.csv: read 2, would accept 1, would reject 1", "trade.csv:3: value_usd: negative value ('-5')",
				"trade.csv: read 2, would accept 1, would reject 1", "2 records would be rejected", ""));
		assertThat(this.dir.resolve("out")).doesNotExist();
		assertThat(this.dir.resolve("state")).doesNotExist();
	}

	@Test
	void secondRunOnTheSameStateFolderExits3WithinSecondsWhileTheFirstCompletes() throws Exception {
		Path in = Files.createDirectories(this.dir.resolve("in"));
		Files.copy(Path.of("input/articles.csv"), in.resolve("articles.csv"));
		TradeFeedGenerator.write(in.resolve("trade.csv"), 60_000, 7);
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "-cp", System.getProperty("java.class.path"), Cli.class.getName(), "--input", in.toString(),
				"--output", this.dir.resolve("out").toString(), "--state-dir", this.dir.resolve("state").toString(),
				"--run-date", "2025-11-25"));
		Process first = new ProcessBuilder(cmd).redirectErrorStream(true)
			.redirectOutput(this.dir.resolve("first.txt").toFile())
			.start();
		Path lock = this.dir.resolve("state/logs/2025-11-25.log");
		long deadline = System.currentTimeMillis() + 60_000;
		while (!Files.exists(lock) && first.isAlive()) {
			assertThat(System.currentTimeMillis()).isLessThan(deadline);
			Thread.sleep(20);
		}
		assertThat(first.isAlive()).as("first run ended too early").isTrue();

		long start = System.nanoTime();
		int second = run("--input", in.toString(), "--output", this.dir.resolve("out").toString(), "--state-dir",
				this.dir.resolve("state").toString(), "--run-date", "2025-11-25");

		assertThat(second).isEqualTo(3);
		assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(5);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.isEqualTo("error: another run holds the lock on " + this.dir.resolve("state") + "; exiting" + System.lineSeparator());
		assertThat(first.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(first.exitValue()).as(() -> read(this.dir.resolve("first.txt"))).isZero();
	}

	@Test
	void russianBriefingsAreLocalised() throws Exception {
		int exit = run("--input", "input", "--output", this.dir.resolve("out").toString(), "--state-dir",
				this.dir.resolve("state").toString(), "--run-date", "2025-11-25", "--lang", "ru");

		assertThat(exit).isZero();
		String text = NightlyJobFunctionalTests.pdfText(this.dir.resolve("out/briefing_KAZ-EU27_2024.pdf"));
		assertThat(text).contains("49,7 млрд долл. США").contains("2024 г. по сравнению с 2023 г.").contains("+16,9%");
	}

	@Test
	void theFastWorkbookCompressionWritesTheSameWorkbookLargerAndAnUnknownOneIsAUsageError() throws Exception {
		assertThat(run("--input", "input", "--output", this.dir.resolve("small").toString(), "--state-dir",
				this.dir.resolve("state-small").toString(), "--run-date", "2025-11-25")).isZero();
		assertThat(run("--input", "input", "--output", this.dir.resolve("fast").toString(), "--state-dir",
				this.dir.resolve("state-fast").toString(), "--run-date", "2025-11-25", "--workbook-compression", "fast"))
			.isZero();
		Path small = this.dir.resolve("small/partnership-indicators_2025-11-25.xlsx");
		Path fast = this.dir.resolve("fast/partnership-indicators_2025-11-25.xlsx");
		assertThat(Files.size(fast)).isGreaterThan(Files.size(small));
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				fast.toFile())) {
			assertThat(workbook.getSheet("Indicators").getLastRowNum()).isPositive();
		}

		this.err.reset();
		int exit = run("--input", "input", "--output", this.dir.resolve("bad").toString(), "--state-dir",
				this.dir.resolve("state-bad").toString(), "--workbook-compression", "tiny");
		assertThat(exit).isEqualTo(ExitCode.BAD_INPUT.code());
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("--workbook-compression must be small or fast: 'tiny'");
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
