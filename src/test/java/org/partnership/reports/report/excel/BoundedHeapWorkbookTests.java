package org.partnership.reports.report.excel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbook of a large run ({@link LargeModel}: 60,000 indicator rows, 20 pairs with 120 monthly
 * columns, 100,000 articles) is written by a JVM of its own whose heap is capped at 256 MB. The model
 * itself takes about half of that, so the writer must stream: held in memory, the Indicators sheet
 * alone needed more than 512 MB. The child reports what the heap held; no timing assertion.
 */
class BoundedHeapWorkbookTests {

	static final String MAX_HEAP = "-Xmx256m";

	/** A guard against a hung child only; the write takes about a minute on two cores. */
	static final long GUARD_MINUTES = 15;

	private static final Pattern TABLE_REF = Pattern.compile("<table [^>]*\\bref=\"([^\"]+)\"");

	@TempDir
	Path dir;

	@Test
	void aLargeRunIsWrittenWithTheHeapCappedAt256Megabytes() throws Exception {
		Path workbook = this.dir.resolve("large.xlsx");
		Path log = this.dir.resolve("child.log");
		Path tmp = Files.createDirectory(this.dir.resolve("tmp"));
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder(java, MAX_HEAP, "-XX:+ExitOnOutOfMemoryError",
				"-Djava.io.tmpdir=" + tmp, "-Djava.awt.headless=true", "-Duser.timezone=UTC",
				"-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
				LargeWorkbookMain.class.getName(), workbook.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!child.waitFor(GUARD_MINUTES, TimeUnit.MINUTES)) {
			child.destroyForcibly().waitFor();
			throw new AssertionError("the child JVM did not finish within " + GUARD_MINUTES + " minutes");
		}
		String output = Files.readString(log);
		System.out.println("bounded-heap workbook: " + output.strip());
		assertThat(child.exitValue()).as(output).isZero();

		// the temp files are gone (POI leaves its empty poifiles folder), and every row arrived
		try (Stream<Path> left = Files.walk(tmp)) {
			assertThat(left.filter(Files::isRegularFile)).isEmpty();
		}
		int indicators = LargeModel.PAIRS * LargeModel.PERIODS_PER_PAIR * LargeModel.INDICATORS.size();
		assertThat(indicators).isEqualTo(60_000);
		assertThat(tableRef(workbook)).isEqualTo("A1:I" + (indicators + 1));
		assertThat(LargeWorkbookTests.scan(workbook, "xl/worksheets/sheet2.xml").lastRow()).isEqualTo(indicators + 1);
		// Trade from row 5: per pair a title and five blocks (year, YTD, half, quarter, month) of nine
		// rows and a blank one; the last blank row is never written
		assertThat(LargeWorkbookTests.scan(workbook, "xl/worksheets/sheet3.xml").lastRow())
			.isEqualTo(4 + LargeModel.PAIRS * (1 + 5 * 10) - 1);
		LargeWorkbookTests.Scan articles = LargeWorkbookTests.scan(workbook, "xl/worksheets/sheet7.xml");
		assertThat(articles.lastRow()).isEqualTo(LargeModel.ARTICLES + 1);
		assertThat(articles.hyperlinks()).isEqualTo(LargeModel.ARTICLES);
		assertThat(LargeWorkbookTests.scan(workbook, "xl/worksheets/sheet4.xml").lastRow())
			.isEqualTo(LargeModel.PAIRS * LargeModel.YEARS * 2 * LargeModel.CHAPTERS + 1);
		assertThat(LargeWorkbookTests.scan(workbook, "xl/worksheets/sheet6.xml").lastRow())
			.isEqualTo(LargeModel.PAIRS * LargeModel.YEARS * 2 * LargeModel.SECTIONS + 1);
		assertThat(LargeWorkbookTests.scan(workbook, "xl/worksheets/sheet9.xml").lastRow())
			.isEqualTo(LargeModel.EVENTS + 1);
		assertThat(LargeWorkbookTests.scan(workbook, "xl/worksheets/sheet10.xml").lastRow())
			.isEqualTo(LargeModel.RECONCILIATION + 1);
	}

	private static String tableRef(Path workbook) throws Exception {
		try (ZipFile zip = new ZipFile(workbook.toFile())) {
			String xml = new String(zip.getInputStream(zip.getEntry("xl/tables/table1.xml")).readAllBytes(),
					StandardCharsets.UTF_8);
			Matcher ref = TABLE_REF.matcher(xml);
			assertThat(ref.find()).as(xml).isTrue();
			return ref.group(1);
		}
	}

}
