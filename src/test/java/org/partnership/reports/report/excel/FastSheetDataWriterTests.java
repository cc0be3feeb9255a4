package org.partnership.reports.report.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast temporary sheet writer gives POI's bytes: its cells, its escaping and its UTF-8. */
class FastSheetDataWriterTests {

	@Test
	void writesRowsExactlyAsPoi() throws IOException {
		Random random = new Random(13);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, -1, false, false)) {
			SXSSFSheet sheet = workbook.createSheet("rows");
			CellStyle[] styles = { workbook.getCellStyleAt(0), workbook.createCellStyle(), workbook.createCellStyle() };
			StringWriter fast = new StringWriter();
			StringWriter poi = new StringWriter();
			FastSheetDataWriter fastWriter = new FastSheetDataWriter(fast);
			SheetDataWriter poiWriter = new SheetDataWriter(poi);
			for (int r = 0; r < 300; r++) {
				int index = r < 250 ? r : 70_000 + r;
				SXSSFRow row = sheet.createRow(index);
				for (int c = 0; c < 40; c++) {
					if (random.nextInt(5) == 0) {
						continue;
					}
					int column = c < 30 ? c : 60 + c * 3; // beyond the cached column letters too
					SXSSFCell cell = row.createCell(column);
					switch (random.nextInt(7)) {
						case 0 -> cell.setCellValue(random.nextDouble() * Math.pow(10, random.nextInt(20) - 5));
						case 1 -> cell.setCellValue(random.nextInt(3) == 0 ? " " + randomText(random, 8) + " "
								: randomText(random, random.nextInt(30)));
						case 2 -> cell.setCellValue(random.nextBoolean());
						case 3 -> cell.setCellFormula("A1+" + r);
						case 4 -> cell.setCellValue(random.nextInt(100_000));
						default -> {
							// blank
						}
					}
					cell.setCellStyle(styles[random.nextInt(styles.length)]);
				}
				fastWriter.writeRow(index, row);
				poiWriter.writeRow(index, row);
			}
			// POI's bytes once the references left out are put back; most cells follow the one before them
			assertThat(ImpliedReferences.restore(fast.toString())).hasSizeGreaterThan(100_000).isEqualTo(poi.toString());
			assertThat(fast.toString().split("<c(?! r=)[ >]", -1).length).isGreaterThan(3_000);
		}
	}

	/** Letters, Cyrillic, CJK, emoji halves, every escaped character, lone surrogates. */
	private static final char[] ALPHABET = ("abc XYZ 019 Қазақстан ЕС € 中 \t\n\r\"&<>'\u00a0\u0001\u001f\ufffe\uffff"
			+ "\ud83d\ude00\ud800\udc00").toCharArray();

	@Test
	void escapesTextExactlyAsPoi() throws IOException {
		Random random = new Random(11);
		for (int round = 0; round < 2_000; round++) {
			String text = randomText(random, random.nextInt(40));
			assertThat(escaped(text, true)).as("escaping %s", text).isEqualTo(escaped(text, false));
		}
		assertThat(escaped("a<b & \"c\"\t\u0002\u00a0", true)).isEqualTo("a&lt;b &amp; &quot;c&quot;&#x9;?&#xa0;");
		assertThat(escaped("", true)).isEmpty();
	}

	@Test
	void encodesUtf8ExactlyAsOutputStreamWriterIncludingBrokenSurrogates() throws IOException {
		Random random = new Random(12);
		for (int round = 0; round < 500; round++) {
			String text = randomText(random, round % 100 == 0 ? 100_000 : random.nextInt(300));
			ByteArrayOutputStream fast = new ByteArrayOutputStream();
			ByteArrayOutputStream jdk = new ByteArrayOutputStream();
			try (Writer a = new Utf8Writer(fast); Writer b = new OutputStreamWriter(jdk, StandardCharsets.UTF_8)) {
				// the same text in pieces, through every kind of write, pairs split between calls
				for (int at = 0, n; at < text.length(); at += n) {
					n = Math.min(text.length() - at, 1 + random.nextInt(7));
					switch (random.nextInt(3)) {
						case 0 -> {
							n = 1;
							a.write(text.charAt(at));
						}
						case 1 -> a.write(text, at, n);
						default -> a.write(text.toCharArray(), at, n);
					}
					b.write(text, at, n);
				}
			}
			assertThat(fast.toByteArray()).as("UTF-8 of %s", text).isEqualTo(jdk.toByteArray());
		}
	}

	private static String randomText(Random random, int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
		}
		return text.toString();
	}

	private static String escaped(String text, boolean fast) throws IOException {
		StringWriter out = new StringWriter();
		if (fast) {
			FastSheetDataWriter.escape(text, out);
		}
		else {
			new SheetDataWriter(out) {

				void escape(String s) throws IOException {
					outputEscapedString(s);
				}

			}.escape(text);
		}
		return out.toString();
	}

}
