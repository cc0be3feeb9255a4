package org.partnership.reports.report.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;

import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

import org.partnership.reports.report.excel.Styles.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows written as XML bytes ({@link XmlCells} over {@link RowXml}) are byte for byte the rows POI's own
 * {@code SheetDataWriter} writes, in UTF-8, for the same values given to {@link Cells}: texts with every
 * escaped or replaced character, numbers of every size, dates, and what makes a blank cell.
 */
class RowXmlTests {

	/** Letters, Cyrillic, CJK, emoji and their halves, every escaped character, lone surrogates, C1 controls. */
	private static final char[] ALPHABET = ("abc XYZ 019 Қазақстан ЕС € 中 \t\n\r\"&<>'\u00a0\u0001\u001f\u0085\ufffe\uffff"
			+ "\ud83d\ude00\ud800\udc00=+-@").toCharArray();

	private static final Kind[] KINDS = { Kind.TEXT, Kind.LINK, Kind.NOTE, Kind.USD, Kind.PERCENT_CHANGE, Kind.DATE };

	@Test
	void writesRowsExactlyAsPoi() throws IOException {
		Random random = new Random(17);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, -1, false, false)) {
			SXSSFSheet sheet = workbook.createSheet("rows");
			Cells cells = new Cells(new Styles(workbook.getXSSFWorkbook()));
			ByteArrayOutputStream direct = new ByteArrayOutputStream();
			RowXml xml = new RowXml(direct);
			XmlCells xmlCells = new XmlCells(cells.styles(), xml);
			ByteArrayOutputStream poi = new ByteArrayOutputStream();
			try (Writer poiText = new OutputStreamWriter(poi, StandardCharsets.UTF_8)) {
				SheetDataWriter poiWriter = new SheetDataWriter(poiText);
				// per column the last text, repeated now and then (as rows of one article repeat its title), as
				// an equal copy, so that RowXml's copy of the bytes written for it is tested too
				String[] last = new String[200];
				for (int r = 0; r < 2_000; r++) {
					// row numbers of every length, up to Excel's last row
					int index = (r < 1_900) ? r : 1_048_575 - r;
					SXSSFRow row = sheet.createRow(index);
					xml.startRow(index);
					for (int c = 0; c < 16; c++) {
						int column = (c < 14) ? c : 60 + c * 5; // beyond the cached column letters too
						boolean highlight = random.nextInt(4) == 0;
						Kind kind = KINDS[random.nextInt(KINDS.length)];
						switch (random.nextInt(6)) {
							case 0 -> {
								String text = (random.nextInt(3) == 0 && last[column] != null) ? new String(last[column])
										: text(random);
								last[column] = text;
								cells.text(row, column, text, kind, highlight);
								xmlCells.text(column, text, kind, highlight);
							}
							case 1 -> {
								Double value = number(random);
								cells.number(row, column, value, kind, highlight);
								xmlCells.number(column, value, kind, highlight);
							}
							case 2 -> {
								BigDecimal value = (random.nextInt(5) == 0) ? null
										: BigDecimal.valueOf(random.nextLong() % 100_000_000_000L, random.nextInt(6));
								cells.number(row, column, value, kind, highlight);
								xmlCells.number(column, value, kind, highlight);
							}
							case 3 -> {
								Double pct = number(random);
								cells.percent(row, column, pct, kind, highlight);
								xmlCells.percent(column, pct, kind, highlight);
							}
							case 4 -> {
								LocalDate date = (random.nextInt(8) == 0) ? null
										: LocalDate.of(1900, 1, 1).plusDays(random.nextInt(80_000));
								cells.date(row, column, date, highlight);
								xmlCells.date(column, date, highlight);
							}
							default -> {
								String text = text(random);
								String url = (random.nextBoolean()) ? "https://example.org/" + c
										: random.nextBoolean() ? "javascript:alert(1)" : null;
								// as Cells wrote the article titles before they bypassed POI
								boolean linked = SafeUrl.hyperlinkTarget(url).isPresent();
								cells.text(row, column, (text == null || text.isBlank()) ? url : text,
										linked ? Kind.LINK : Kind.TEXT);
								xmlCells.linkText(column, text, url, linked);
							}
						}
					}
					xml.endRow();
					poiWriter.writeRow(index, row);
				}
				poiText.flush();
			}
			xml.flush();
			assertThat(direct.size()).isGreaterThan(500_000);
			// POI's bytes, but numeric cells without the type they have by default (as Excel writes them), and
			// without the references of cells that follow the one before them
			String poiText = new String(poi.toByteArray(), StandardCharsets.UTF_8).replace(" t=\"n\"><v>", "><v>");
			String directText = new String(direct.toByteArray(), StandardCharsets.UTF_8);
			assertThat(ImpliedReferences.restore(directText)).isEqualTo(poiText);
			assertThat(ImpliedReferences.restore(directText).getBytes(StandardCharsets.UTF_8))
				.isEqualTo(poiText.getBytes(StandardCharsets.UTF_8));
			// 14 cells of each row follow the one before them, the two far columns do not
			assertThat(directText.split("<c(?! r=)[ >]", -1).length - 1).isEqualTo(2_000 * 14);
			assertThat(directText.split("<c r=", -1).length - 1).isEqualTo(2_000 * 2);
		}
	}

	@Test
	void writesTheNumbersPoiWrites() throws IOException {
		double[] values = { 0.0, -0.0, 1.0, -1.0, 9_999_999.0, 10_000_000.0, -9_999_999.0, -10_000_000.0, 42005.0, 0.5,
				1e-3, 9.99e-4, 3.44e10, 5.57910843155846, -0.09353660336645, Double.MIN_VALUE, Double.MAX_VALUE,
				Long.MAX_VALUE, Long.MIN_VALUE, 1e300, 123456789012.0 };
		for (double value : values) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			RowXml xml = new RowXml(bytes);
			xml.startRow(0);
			xml.number(0, value, 3);
			xml.flush();
			assertThat(bytes.toString(StandardCharsets.US_ASCII))
				.isEqualTo("<row r=\"1\">\n<c s=\"3\"><v>" + Double.toString(value) + "</v></c>");
		}
	}

	private static String text(Random random) {
		return switch (random.nextInt(8)) {
			case 0 -> null;
			case 1 -> "";
			case 2 -> " " + randomText(random, 1 + random.nextInt(10)) + (random.nextBoolean() ? " " : "");
			case 3 -> randomText(random, 1 + random.nextInt(10)) + "\t";
			// longer than a cell holds: cut with a marker
			case 4 -> (random.nextInt(20) == 0) ? randomText(random, SafeText.MAX_LENGTH + 10) : "=SUM(A1:A2)";
			case 5 -> randomText(random, random.nextInt(3_000)); // long enough to cross the writer's buffer
			default -> randomText(random, random.nextInt(60));
		};
	}

	private static Double number(Random random) {
		return switch (random.nextInt(10)) {
			case 0 -> null;
			case 1 -> Double.NaN;
			case 2 -> (random.nextBoolean()) ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
			case 3 -> (double) (random.nextInt(40_000_000) - 20_000_000);
			case 4 -> random.nextBoolean() ? 0.0 : -0.0;
			case 5 -> Math.round(random.nextDouble() * 1_000) / 10.0;
			default -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(30) - 10);
		};
	}

	private static String randomText(Random random, int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
		}
		return text.toString();
	}

}
