package org.partnership.reports.report.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/** Compressing the temporary sheet files on another thread gives the bytes of compressing them in place. */
class BackgroundGzipTests {

	private final ExecutorService compressor = Executors.newSingleThreadExecutor();

	@AfterEach
	void stop() {
		this.compressor.shutdownNow();
	}

	@Test
	void writesTheSameBytesAsAGzipStreamAtTheFastestLevel() throws IOException {
		// about 3 MB of row-like XML in writes of 1 byte to 300 KB, crossing the 256 KB buffers at odd places
		Random random = new Random(42);
		ByteArrayOutputStream background = new ByteArrayOutputStream();
		ByteArrayOutputStream inPlace = new ByteArrayOutputStream();
		try (OutputStream a = new BackgroundGzip(background, this.compressor);
				OutputStream b = new GZIPOutputStream(inPlace, 1 << 16) {
					{
						this.def.setLevel(Deflater.BEST_SPEED);
					}
				}) {
			for (int i = 0; i < 400; i++) {
				byte[] chunk = ("<row r=\"" + i + "\"><c t=\"n\"><v>" + random.nextDouble() + "</v></c></row>")
					.repeat(1 + random.nextInt(i % 50 == 0 ? 4000 : 40))
					.getBytes();
				if (i % 7 == 0) {
					for (byte x : chunk) {
						a.write(x);
					}
				}
				else {
					a.write(chunk, 0, chunk.length);
				}
				b.write(chunk);
			}
		}

		assertThat(background.size()).isGreaterThan(10_000);
		assertThat(background.toByteArray()).isEqualTo(inPlace.toByteArray());
	}

	@Test
	void closingAgainChangesNothingAsPoiClosesASheetsFileTwice() throws IOException {
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		Utf8Writer writer = new Utf8Writer(new BackgroundGzip(file, this.compressor));
		writer.write("<row r=\"1\"/>");
		writer.close();
		int size = file.size();

		writer.close();

		assertThat(size).isGreaterThan(10);
		assertThat(file.size()).isEqualTo(size);
	}

	@Test
	void aFailingFileStopsTheWriterInsteadOfLosingRows() {
		// the disk fills up after the gzip header and the first compressed buffer
		OutputStream full = new OutputStream() {

			private long written;

			@Override
			public void write(int b) throws IOException {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				this.written += len;
				if (this.written > 1_000) {
					throw new IOException("No space left on device");
				}
			}

		};
		Random random = new Random(7);
		byte[] rows = new byte[3 << 20];
		random.nextBytes(rows);

		assertThatIOException().isThrownBy(() -> {
			try (OutputStream out = new BackgroundGzip(full, this.compressor)) {
				out.write(rows);
			}
		}).withMessage("No space left on device");
	}

}
