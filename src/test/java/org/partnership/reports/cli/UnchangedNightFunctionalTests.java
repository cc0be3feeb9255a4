package org.partnership.reports.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.reports.run.RunLock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unchanged night is answered from the record of the last completed run, before Spring starts;
 * a touched input is rehashed and the job repository decides; a changed input, a deleted report and
 * {@code --force} run the job again.
 */
class UnchangedNightFunctionalTests {

	private static final String UP_TO_DATE = "up to date: reports for 2025-11-25 were already built from the same inputs (use --force to rebuild)";

	private static final String NOT_STARTED = "the job was not started";

	@TempDir
	Path dir;

	private Path in;

	private ByteArrayOutputStream out = new ByteArrayOutputStream();

	private ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void sampleInput() throws Exception {
		this.in = Files.createDirectories(this.dir.resolve("in"));
		Files.copy(Path.of("input/articles.csv"), this.in.resolve("articles.csv"));
		Files.copy(Path.of("input/trade.csv"), this.in.resolve("trade.csv"));
	}

	private int run(String... extra) {
		this.out = new ByteArrayOutputStream();
		this.err = new ByteArrayOutputStream();
		List<String> args = new ArrayList<>(List.of("--input", this.in.toString(), "--output",
				this.dir.resolve("out").toString(), "--state-dir", this.dir.resolve("state").toString(), "--run-date",
				"2025-11-25"));
		args.addAll(List.of(extra));
		return new Cli(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.run(args.toArray(String[]::new));
	}

	private String stdout() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	/** Job executions in the job repository. */
	private int executions() throws Exception {
		return count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION");
	}

	private int count(String sql) throws Exception {
		try (Connection c = DriverManager.getConnection(
				"jdbc:h2:file:" + this.dir.resolve("state/partnership") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
				ResultSet rs = c.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getInt(1);
		}
	}

	private String lastLogLine() throws Exception {
		List<String> lines = Files.readAllLines(this.dir.resolve("state/logs/2025-11-25.log"));
		return lines.get(lines.size() - 1);
	}

	private void touch(Path file) throws Exception {
		Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 1000));
	}

	@Test
	void unchangedInputsAreUpToDateWithoutStartingTheJobAndATouchedInputIsRehashed() throws Exception {
		// given a completed run
		assertThat(run()).as(this.err::toString).isZero();
		assertThat(executions()).isEqualTo(1);
		FileTime summaryWritten = Files.getLastModifiedTime(this.dir.resolve("out/run-summary.json"));

		// when the same inputs come again
		int exit = run();

		// then the record answers: same line as the job repository's, no job execution, nothing rewritten
		assertThat(exit).isZero();
		assertThat(stdout()).isEqualTo(UP_TO_DATE + System.lineSeparator());
		assertThat(this.err.toString()).isEmpty();
		assertThat(lastLogLine()).contains("org.partnership.reports.cli.Cli").contains(NOT_STARTED);
		assertThat(executions()).isEqualTo(1);
		assertThat(Files.getLastModifiedTime(this.dir.resolve("out/run-summary.json"))).isEqualTo(summaryWritten);

		// when an input is touched, its bytes unchanged
		touch(this.in.resolve("trade.csv"));
		exit = run();

		// then it is rehashed and the job repository finds the same fingerprint completed
		assertThat(exit).isZero();
		assertThat(stdout()).isEqualTo(UP_TO_DATE + System.lineSeparator());
		assertThat(Files.readString(this.dir.resolve("state/logs/2025-11-25.log")))
			.contains("checking the inputs: not up to date by the record of the last completed run (trade.csv changed");
		assertThat(lastLogLine()).contains("up to date: execution ");
		assertThat(executions()).isEqualTo(1);

		// and the record now carries the new stamp, so the next invocation is answered before Spring again
		assertThat(run()).isZero();
		assertThat(lastLogLine()).contains(NOT_STARTED);

		// another run holding the lock still means exit 3, even when the reports are up to date
		try (RunLock held = RunLock.tryAcquire(this.dir.resolve("state"))) {
			assertThat(run()).isEqualTo(3);
			assertThat(this.err.toString()).startsWith("error: another run holds the lock on ");
			assertThat(stdout()).isEmpty();
		}
	}

	@Test
	void aChangedInputADeletedReportAndForceRunTheJobAgain() throws Exception {
		assertThat(run()).as(this.err::toString).isZero();

		// a changed input
		Files.writeString(this.in.resolve("trade.csv"), "2015,KAZ,EU27,export,27,1000000\n",
				StandardOpenOption.APPEND);
		assertThat(run()).as(this.err::toString).isZero();
		assertThat(stdout()).contains("trade.csv: read 137, accepted 137").contains("reports written to ");
		assertThat(executions()).isEqualTo(2);
		assertThat(run()).isZero();
		assertThat(stdout()).isEqualTo(UP_TO_DATE + System.lineSeparator());

		// a published report deleted
		Files.delete(this.dir.resolve("out/briefing_KAZ-EU27_2024.pdf"));
		assertThat(run()).as(this.err::toString).isZero();
		assertThat(stdout()).startsWith("rebuilding the reports of 2025-11-25: briefing_KAZ-EU27_2024.pdf is missing from ")
			.contains("reports written to ");
		assertThat(this.dir.resolve("out/briefing_KAZ-EU27_2024.pdf")).isRegularFile();
		assertThat(executions()).isEqualTo(3);
		assertThat(run()).isZero();
		assertThat(lastLogLine()).contains(NOT_STARTED);

		// --force
		assertThat(run("--force")).as(this.err::toString).isZero();
		assertThat(stdout()).contains("reports written to ");
		assertThat(executions()).isEqualTo(4);
		assertThat(run()).isZero();
		assertThat(stdout()).isEqualTo(UP_TO_DATE + System.lineSeparator());
		assertThat(executions()).isEqualTo(4);
	}

	@Test
	void aNewNightStagesOnlyItsOwnFeed() throws Exception {
		assertThat(run()).as(this.err::toString).isZero();
		int first = count("SELECT COUNT(*) FROM STG_ARTICLE_KEY");

		Files.writeString(this.in.resolve("articles.csv"), "id,published_at,source,url,language,title,body\n"
				+ "n1,2025-11-20,Astana Times,,en,EU and Kazakhstan meet,Officials met in Astana.\n"
				+ "n2,2025-11-21,Kazinform,,en,Trade talks,Trade turnover was discussed.\n");
		assertThat(run()).as(this.err::toString).isZero();

		assertThat(first).isGreaterThan(20);
		assertThat(count("SELECT COUNT(*) FROM STG_ARTICLE_KEY")).isEqualTo(2);
		// the import's runs of the night before are gone: one chunk, one run
		try (java.util.stream.Stream<Path> runs = Files.list(this.dir.resolve("state/articles.runs"))) {
			assertThat(runs.map(f -> f.getFileName().toString()).toList()).containsExactly("line-000000000002.run");
		}
		assertThat(count("SELECT COUNT(*) FROM STG_STORY")).isZero();
		assertThat(count("SELECT COUNT(*) FROM STG_REJECT WHERE FILE_NAME = 'articles.csv'")).isZero();
	}

}
