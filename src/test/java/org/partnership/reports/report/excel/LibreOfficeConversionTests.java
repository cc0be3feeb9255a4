package org.partnership.reports.report.excel;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A second reader besides POI: LibreOffice must open the workbook and print it. Skipped where
 * LibreOffice is not installed.
 */
class LibreOfficeConversionTests {

	@TempDir
	Path dir;

	@Test
	void libreOfficeConvertsTheWorkbookToPdf() throws Exception {
		Path workbook = this.dir.resolve("partnership.xlsx");
		new WorkbookWriter().write(ReportFixtures.model(), workbook);
		convert(workbook, "pdf");

		Path pdf = this.dir.resolve("partnership.pdf");
		assertThat(pdf).exists();
		assertThat(Files.size(pdf)).isGreaterThan(10_000L);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document);
			// LibreOffice applied our number formats: billions, signed percentages, dates
			assertThat(text).contains("Trade overview", "38.6 bn", "49.7 bn", "+16.9%", "2025-10-15",
					"Top export products, 2024 (USD)");
			assertThat(document.getNumberOfPages()).isGreaterThan(5);
		}
	}

	/**
	 * Cells that follow the one before them are written without their reference: LibreOffice must put each in
	 * the column POI reads it in. Every sheet is exported to CSV and every text cell compared by position.
	 */
	@Test
	void libreOfficeReadsEveryTextCellInItsColumn() throws Exception {
		Path workbook = this.dir.resolve("partnership.xlsx");
		new WorkbookWriter().write(ReportFixtures.model(), workbook);
		// UTF-8 CSV, one file per sheet (the last option, -1)
		convert(workbook, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1");
		int compared = 0;
		try (XSSFWorkbook poi = Workbooks.open(workbook)) {
			for (Sheet sheet : poi) {
				Path csv = this.dir.resolve("partnership-" + sheet.getSheetName() + ".csv");
				assertThat(csv).as("sheet %s exported", sheet.getSheetName()).exists();
				List<CsvRecord> lines;
				try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
					lines = reader.stream().toList();
				}
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() != CellType.STRING || cell.getStringCellValue().isBlank()) {
							continue;
						}
						CsvRecord line = lines.get(row.getRowNum());
						assertThat(line.getFieldCount()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
							.isGreaterThan(cell.getColumnIndex());
						assertThat(line.getField(cell.getColumnIndex()).strip())
							.as("%s!%s", sheet.getSheetName(), cell.getAddress())
							.isEqualTo(cell.getStringCellValue().strip());
						compared++;
					}
				}
			}
		}
		assertThat(compared).isGreaterThan(1_000);
	}

	/** Converts {@code workbook} with LibreOffice into this test's folder; skips the test where it is not installed. */
	private void convert(Path workbook, String format) throws Exception {
		Optional<Path> office = onPath("libreoffice").or(() -> onPath("soffice"));
		assumeTrue(office.isPresent(),
				"LibreOffice not installed: neither libreoffice nor soffice is on PATH, conversion check skipped");
		// a profile of its own, so a LibreOffice already running on this machine does not interfere
		Process process = new ProcessBuilder(office.get().toString(), "--headless", "--norestore",
				"-env:UserInstallation=" + this.dir.resolve("profile").toUri(), "--convert-to", format, "--outdir",
				this.dir.toString(), workbook.toString())
			.redirectErrorStream(true)
			.redirectOutput(this.dir.resolve("soffice.log").toFile())
			.start();
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished within 3 minutes").isTrue();
		assertThat(process.exitValue()).as(Files.readString(this.dir.resolve("soffice.log"))).isZero();
	}

	private static Optional<Path> onPath(String program) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		List<String> dirs = Arrays.asList(path.split(File.pathSeparator));
		return dirs.stream()
			.map(d -> Path.of(d, program))
			.filter(Files::isExecutable)
			.findFirst();
	}

}
