package org.partnership.reports.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.reports.report.excel.WorkbookCompression;
import org.partnership.reports.trade.PartnerGroups;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record of the last completed run and the input hashes kept in the state folder: what makes
 * an invocation up to date without the job repository, and when a recorded SHA-256 is reused.
 */
class CompletedRunTests {

	private static final String TRADE = "period,reporter,partner,flow,value_usd\n2024,KAZ,EU27,export,5\n";

	@TempDir
	Path dir;

	private Path in;

	private Path out;

	private Path state;

	@BeforeEach
	void files() throws Exception {
		this.in = Files.createDirectories(this.dir.resolve("in"));
		this.out = Files.createDirectories(this.dir.resolve("out"));
		this.state = Files.createDirectories(this.dir.resolve("state"));
		Files.writeString(this.in.resolve("articles.csv"), "id,published_at,title\na1,2025-04-01,T\n");
		Files.writeString(this.in.resolve("trade.csv"), TRADE);
		Files.writeString(this.out.resolve("report.xlsx"), "x");
		Files.writeString(this.state.resolve(CompletedRun.REPOSITORY_FILE), "h2");
	}

	private RunSettings settings(LocalDate runDate, String issuingUnit, boolean force) {
		return new RunSettings(this.in, this.out, this.state, runDate, Locale.ENGLISH, null, null, List.of(), issuingUnit,
				"sources", PartnerGroups.Composition.FIXED, WorkbookCompression.SMALL, force);
	}

	private RunSettings settings() {
		return settings(LocalDate.of(2025, 11, 25), "unit", false);
	}

	private CompletedRun recorded() {
		CompletedRun.of(settings(), RunInputs.check(settings()), List.of("report.xlsx")).write(this.state);
		return CompletedRun.read(this.state);
	}

	@Test
	void theRecordOfUnchangedInputsAndPresentReportsIsUpToDate() {
		CompletedRun run = recorded();

		assertThat(run.mismatch(settings())).isNull();
		assertThat(run.fingerprint()).isEqualTo(RunInputs.check(settings()).fingerprint());
		assertThat(run.outputs()).containsExactly("report.xlsx");
	}

	@Test
	void anythingElseSendsTheInvocationToTheJobRepository() throws Exception {
		CompletedRun run = recorded();

		assertThat(run.mismatch(settings(LocalDate.of(2025, 11, 26), "unit", false)))
			.isEqualTo("last completed run was for 2025-11-25");
		assertThat(run.mismatch(settings(LocalDate.of(2025, 11, 25), "another unit", false)))
			.isEqualTo("options, templates or reference data changed");
		assertThat(run.mismatch(settings(LocalDate.of(2025, 11, 25), "unit", true))).isEqualTo("--force");

		Files.writeString(this.in.resolve("trade-2025-03.csv"), TRADE);
		assertThat(run.mismatch(settings())).startsWith("input files ");
		Files.delete(this.in.resolve("trade-2025-03.csv"));

		Files.delete(this.out.resolve("report.xlsx"));
		assertThat(run.mismatch(settings())).isEqualTo("report.xlsx missing from " + this.out);
		Files.writeString(this.out.resolve("report.xlsx"), "x");

		Files.delete(this.state.resolve(CompletedRun.REPOSITORY_FILE));
		assertThat(run.mismatch(settings())).startsWith("no job repository in ");
	}

	@Test
	void touchingOrRewritingAnInputWithTheSameSizeChangesItsStamp() throws Exception {
		CompletedRun run = recorded();
		Path trade = this.in.resolve("trade.csv");

		Files.setLastModifiedTime(trade, FileTime.fromMillis(Files.getLastModifiedTime(trade).toMillis() + 1000));
		assertThat(run.mismatch(settings())).isEqualTo("trade.csv changed (size, modification time or inode)");

		run = recorded();
		FileTime modified = Files.getLastModifiedTime(trade);
		// file times move in clock ticks of a few milliseconds
		Thread.sleep(50);
		Files.writeString(trade, TRADE.replace('5', '6'));
		Files.setLastModifiedTime(trade, modified);
		// same size and modification time: the inode change time still moves on Unix
		assertThat(run.mismatch(settings())).isEqualTo(
				FileStamp.of(trade).changed().isEmpty() ? null : "trade.csv changed (size, modification time or inode)");
	}

	@Test
	void aMissingOrDamagedRecordIsNoRecord() throws Exception {
		assertThat(CompletedRun.read(this.state)).isNull();
		recorded();
		Files.writeString(this.state.resolve(CompletedRun.FILE_NAME), "format=1\nrunDate=yesterday\n");
		assertThat(CompletedRun.read(this.state)).isNull();
		CompletedRun.delete(this.state);
		assertThat(this.state.resolve(CompletedRun.FILE_NAME)).doesNotExist();
	}

	@Test
	void aRecordedHashIsReusedWhileTheStampIsUnchanged() throws Exception {
		RunInputs first = RunInputs.check(settings());
		InputHashes.write(this.state, first);
		String real = first.trade().get(0).csv().sha256();
		// a recorded hash that is not the file's proves that the file was not read again
		Path hashes = this.state.resolve(InputHashes.FILE_NAME);
		Files.writeString(hashes, Files.readString(hashes).replace(real, "0".repeat(64)));

		RunInputs again = RunInputs.check(settings(), InputHashes.read(this.state));
		assertThat(again.trade().get(0).csv().sha256()).isEqualTo("0".repeat(64));
		assertThat(again.articles().sha256()).isEqualTo(first.articles().sha256());
		assertThat(RunInputs.check(settings()).trade().get(0).csv().sha256()).as("without the hashes (--force)")
			.isEqualTo(real);

		Path trade = this.in.resolve("trade.csv");
		Files.setLastModifiedTime(trade, FileTime.fromMillis(Files.getLastModifiedTime(trade).toMillis() + 1000));
		assertThat(RunInputs.check(settings(), InputHashes.read(this.state)).trade().get(0).csv().sha256())
			.as("touched").isEqualTo(real);
	}

}
