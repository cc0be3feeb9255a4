package org.partnership.reports.report.excel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.partnership.reports.report.ReportModel;
import org.partnership.reports.report.RunInfo;

import static org.assertj.core.api.Assertions.assertThat;

/** The same model gives the same bytes, whenever it is written. */
class WorkbookReproducibilityTests {

	@TempDir
	Path dir;

	@Test
	void twoWritesOfTheSameModelAreByteIdentical() throws Exception {
		ReportModel model = ReportFixtures.model();
		Path first = this.dir.resolve("first.xlsx");
		Path second = this.dir.resolve("second.xlsx");
		new WorkbookWriter().write(model, first);
		// zip times have a 2-second resolution: a "now" anywhere would show after this pause
		Thread.sleep(2_100);
		new WorkbookWriter().write(model, second);
		assertThat(sha256(second)).isEqualTo(sha256(first));
	}

	@Test
	void theFastCompressionHoldsTheSameEntriesDeflatedLessAndIsReproducibleToo() throws Exception {
		ReportModel model = ReportFixtures.model();
		Path small = this.dir.resolve("small.xlsx");
		Path fast = this.dir.resolve("fast.xlsx");
		Path again = this.dir.resolve("fast-again.xlsx");
		new WorkbookWriter().write(model, small);
		new WorkbookWriter(WorkbookCompression.FAST).write(model, fast);
		new WorkbookWriter(WorkbookCompression.FAST).write(model, again);

		assertThat(sha256(again)).isEqualTo(sha256(fast));
		assertThat(java.nio.file.Files.size(fast)).isGreaterThan(java.nio.file.Files.size(small));
		try (ZipFile a = new ZipFile(small.toFile()); ZipFile b = new ZipFile(fast.toFile())) {
			List<String> names = Collections.list(a.entries()).stream().map(ZipEntry::getName).toList();
			assertThat(Collections.list(b.entries()).stream().map(ZipEntry::getName).toList()).isEqualTo(names);
			for (String name : names) {
				assertThat(b.getInputStream(b.getEntry(name)).readAllBytes()).as(name)
					.isEqualTo(a.getInputStream(a.getEntry(name)).readAllBytes());
			}
		}
		try (XSSFWorkbook workbook = Workbooks.open(fast)) {
			assertThat(workbook.getSheet("Overview")).isNotNull();
		}
	}

	@Test
	void documentDatesAreTheRunDateAtMidnightUtc() throws Exception {
		Path file = this.dir.resolve("dates.xlsx");
		new WorkbookWriter().write(ReportFixtures.model(), file);
		try (XSSFWorkbook workbook = Workbooks.open(file)) {
			POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
			assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2025-10-15T00:00:00Z"));
			assertThat(core.getModified().toInstant()).isEqualTo(Instant.parse("2025-10-15T00:00:00Z"));
			assertThat(core.getCreator()).isEqualTo("partnership-reports");
			assertThat(core.getTitle()).isEqualTo("Partnership report 2025-10-15");
		}
	}

	@Test
	void zipEntriesCarryOneFixedTimeNotTheClock() throws Exception {
		Path file = this.dir.resolve("zip.xlsx");
		new WorkbookWriter().write(ReportFixtures.model(), file);
		List<Long> times = new ArrayList<>();
		List<String> names = new ArrayList<>();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				times.add(entry.getTime());
				names.add(entry.getName());
			}
		}
		assertThat(names).contains("xl/charts/chart1.xml", "xl/tables/table1.xml", "xl/worksheets/sheet5.xml");
		assertThat(times).hasSizeGreaterThan(20).containsOnly(times.get(0));
		assertThat(Instant.ofEpochMilli(times.get(0))).isBefore(Instant.parse("1981-01-01T00:00:00Z"));
	}

	@Test
	void noEntryMentionsTheTemporaryFiles() throws Exception {
		Path file = this.dir.resolve("temp.xlsx");
		new WorkbookWriter().write(ReportFixtures.model(), file);
		String tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().toString();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				String content = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
				assertThat(content).as(entry.getName())
					.doesNotContain(tmp)
					.doesNotContain("poi-sxssf")
					.doesNotContain("partnership-workbook-");
			}
		}
	}

	@Test
	void aRussianRunKeepsTheEnglishSheetNames() throws Exception {
		ReportModel english = ReportFixtures.model();
		ReportModel russian = new ReportModel(ReportFixtures.run(Locale.forLanguageTag("ru")), english.pairs(),
				english.indicators(), english.articles(), english.topics(), english.events(),
				english.reconciliation(), english.dataQuality(), english.definitions());
		Path file = this.dir.resolve("ru.xlsx");
		new WorkbookWriter().write(russian, file);
		try (XSSFWorkbook workbook = Workbooks.open(file)) {
			assertThat(workbook.getSheetName(0)).isEqualTo("Overview");
			assertThat(workbook.getSheetName(11)).isEqualTo("About");
			assertThat(Workbooks.row(workbook.getSheet("About"), "Report language").getCell(1).getStringCellValue())
				.isEqualTo("Russian");
		}
	}

	@Test
	void aDifferentRunDateGivesADifferentFile() throws Exception {
		ReportModel model = ReportFixtures.model();
		ReportModel nextDay = new ReportModel(
				new RunInfo(LocalDate.of(2025, 10, 16), Locale.ENGLISH,
						model.run().issuingUnit(), model.run().sources(), model.run().inputs()),
				model.pairs(), model.indicators(), model.articles(), model.topics(), model.events(),
				model.reconciliation(), model.dataQuality(), model.definitions());
		Path first = this.dir.resolve("day1.xlsx");
		Path second = this.dir.resolve("day2.xlsx");
		new WorkbookWriter().write(model, first);
		new WorkbookWriter().write(nextDay, second);
		assertThat(sha256(second)).isNotEqualTo(sha256(first));
	}

	static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

}
