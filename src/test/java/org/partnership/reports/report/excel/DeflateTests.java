package org.partnership.reports.report.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A zip entry made of parts deflated apart (the start of a sheet, its rows deflated in chunks on the pool, its
 * end) inflates to the parts one after the other, with the CRC-32 and size of the whole; the same input gives
 * the same bytes.
 */
class DeflateTests {

	@Test
	void combinedChecksumsAreTheChecksumOfTheWhole() {
		Random random = new Random(5);
		for (int round = 0; round < 200; round++) {
			byte[] a = bytes(random, random.nextInt(3) == 0 ? 0 : random.nextInt(5_000));
			byte[] b = bytes(random, random.nextInt(3) == 0 ? 0 : random.nextInt(5_000));
			assertThat(Crc32Combine.combine(crc(a), crc(b), b.length)).isEqualTo(crc(concat(a, b)));
		}
	}

	@Test
	void anEntryWithRowsDeflatedInChunksInflatesToTheWholeSheet() throws Exception {
		Random random = new Random(6);
		byte[] head = "<worksheet><sheetData>\n<row r=\"1\"></row>\n".getBytes(StandardCharsets.UTF_8);
		// several chunks and a partial one, repetitive like sheet XML and random enough to need the dictionary
		byte[] rows = xml(random, 3 * ParallelDeflate.CHUNK + 12_345);
		byte[] tail = "</sheetData><autoFilter ref=\"A1:K9\"/></worksheet>".getBytes(StandardCharsets.UTF_8);
		byte[] first = entry(head, rows, tail);
		assertThat(inflate(first)).isEqualTo(concat(concat(head, rows), tail));
		assertThat(entry(head, rows, tail)).isEqualTo(first);
	}

	@Test
	void noRowsAtAllStillMakeAValidEntry() throws Exception {
		byte[] head = "<sheetData>".getBytes(StandardCharsets.UTF_8);
		byte[] tail = "</sheetData>".getBytes(StandardCharsets.UTF_8);
		assertThat(inflate(entry(head, new byte[0], tail))).isEqualTo(concat(head, tail));
	}

	/** Deflates {@code head}, appends {@code rows} deflated on the pool, deflates {@code tail}; checks CRC and size. */
	private static byte[] entry(byte[] head, byte[] rows, byte[] tail) throws IOException {
		try (DeflatePool pool = new DeflatePool()) {
			ByteArrayOutputStream fragment = new ByteArrayOutputStream();
			ParallelDeflate deflate = pool.fragment(fragment);
			Random random = new Random(7);
			for (int at = 0, n; at < rows.length; at += n) {
				n = Math.min(rows.length - at, 1 + random.nextInt(100_000));
				deflate.write(rows, at, n);
			}
			deflate.finish();
			assertThat(deflate.length()).isEqualTo(rows.length);
			assertThat(deflate.compressedLength()).isEqualTo(fragment.size());
			try (EntryDeflater entry = pool.entry()) {
				OutputStream content = entry.content();
				content.write(head);
				entry.appendDeflated(new ByteArrayInputStream(fragment.toByteArray()), deflate.crc(),
						deflate.length());
				content.write(tail);
				entry.finish();
				byte[] whole = concat(concat(head, rows), tail);
				assertThat(entry.size()).isEqualTo(whole.length);
				assertThat(entry.crc()).isEqualTo(crc(whole));
				try (InputStream in = entry.deflated()) {
					byte[] deflated = in.readAllBytes();
					assertThat(entry.compressedSize()).isEqualTo(deflated.length);
					return deflated;
				}
			}
		}
	}

	private static byte[] inflate(byte[] deflated) throws DataFormatException {
		Inflater inflater = new Inflater(true);
		inflater.setInput(deflated);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[1 << 16];
		while (!inflater.finished()) {
			int n = inflater.inflate(buffer);
			assertThat(n > 0 || !inflater.needsInput()).as("stream ends early").isTrue();
			out.write(buffer, 0, n);
		}
		assertThat(inflater.getRemaining()).isZero();
		inflater.end();
		return out.toByteArray();
	}

	private static byte[] xml(Random random, int length) {
		StringBuilder text = new StringBuilder(length + 200);
		for (int r = 2; text.length() < length; r++) {
			text.append("<row r=\"").append(r).append("\">\n<c r=\"A").append(r).append("\" s=\"23\" t=\"inlineStr\"><is><t>b-")
				.append(random.nextInt(100_000))
				.append("</t></is></c><c r=\"B")
				.append(r)
				.append("\" s=\"24\" t=\"n\"><v>")
				.append(random.nextDouble())
				.append("</v></c></row>\n");
		}
		return text.substring(0, length).getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] bytes(Random random, int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return bytes;
	}

	private static long crc(byte[] bytes) {
		CRC32 crc = new CRC32();
		crc.update(bytes);
		return crc.getValue();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = new byte[a.length + b.length];
		System.arraycopy(a, 0, both, 0, a.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

}
