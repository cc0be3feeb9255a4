package org.partnership.reports.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Utf8Reader} gives the characters of the JDK's strict UTF-8 decoder, and fails where it fails, however the
 * bytes arrive and however many characters are asked for at a time.
 */
class Utf8ReaderTests {

	/** Text in the feeds' languages, with three- and four-byte characters. */
	private static final String TEXT = "Trade rose 16.9 % — Товарооборот вырос; Қазақстан, ЕО. € 中文 😀 \"quoted\"\n";

	@Test
	void decodesWhatTheJdkDecodesWhateverTheChunksAndReads() throws IOException {
		Random random = new Random(1206);
		for (int t = 0; t < 3_000; t++) {
			StringBuilder text = new StringBuilder();
			int n = random.nextInt(t % 10 == 0 ? 200_000 : 300);
			while (text.length() < n) {
				int from = random.nextInt(TEXT.length());
				text.append(TEXT, from, Math.min(TEXT.length(), from + 1 + random.nextInt(20)));
				if (random.nextInt(50) == 0) {
					text.appendCodePoint(0x10000 + random.nextInt(0x100000)); // any supplementary character
				}
				if (random.nextInt(50) == 0) {
					text.append((char) (0x800 + random.nextInt(0xD000))); // any three-byte character below surrogates
				}
			}
			// the encoder writes a lone surrogate as '?': a cut pair is valid UTF-8 either way
			byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
			assertThat(read(bytes, random)).isEqualTo(jdk(bytes));
		}
	}

	@Test
	void failsWhereTheJdkFailsOnMalformedBytes() throws IOException {
		Random random = new Random(61206);
		int malformed = 0;
		for (int t = 0; t < 20_000; t++) {
			byte[] text = TEXT.substring(0, random.nextInt(TEXT.length())).getBytes(StandardCharsets.UTF_8);
			byte[] bytes = java.util.Arrays.copyOf(text, text.length + 1 + random.nextInt(4));
			for (int i = bytes.length - 1; i >= 0 && i >= bytes.length - 5; i--) {
				if (random.nextInt(3) > 0) {
					bytes[i] = (byte) (random.nextInt(3) == 0 ? 0x80 + random.nextInt(0x80) : random.nextInt(256));
				}
			}
			String expected;
			try {
				expected = jdk(bytes);
			}
			catch (CharacterCodingException ex) {
				malformed++;
				assertThatThrownBy(() -> read(bytes, random)).as("bytes %s", java.util.Arrays.toString(bytes))
					.isInstanceOf(MalformedInputException.class);
				continue;
			}
			assertThat(read(bytes, random)).as("bytes %s", java.util.Arrays.toString(bytes)).isEqualTo(expected);
		}
		assertThat(malformed).isBetween(5_000, 19_000);
		// the rules one by one: overlong, surrogate, above U+10FFFF, lone continuation, cut at the end
		for (int[] bad : new int[][] { { 0xC0, 0x80 }, { 0xC1, 0xBF }, { 0xE0, 0x9F, 0x80 }, { 0xED, 0xA0, 0x80 },
				{ 0xF0, 0x8F, 0x80, 0x80 }, { 0xF4, 0x90, 0x80, 0x80 }, { 0xF5, 0x80, 0x80, 0x80 }, { 0x80 },
				{ 0x41, 0xE2, 0x82 }, { 0xF0, 0x9F, 0x98 } }) {
			byte[] bytes = new byte[bad.length];
			for (int i = 0; i < bad.length; i++) {
				bytes[i] = (byte) bad[i];
			}
			assertThatThrownBy(() -> jdk(bytes)).isInstanceOf(MalformedInputException.class);
			assertThatThrownBy(() -> read(bytes, random)).isInstanceOf(MalformedInputException.class);
		}
	}

	/** The JDK's strict decoding. */
	private static String jdk(byte[] bytes) throws CharacterCodingException {
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes))
			.toString();
	}

	/** Through a reader fed in chunks of random sizes, asked for random numbers of characters (one at times). */
	private static String read(byte[] bytes, Random random) throws IOException {
		InputStream chunks = new ByteArrayInputStream(bytes) {

			@Override
			public synchronized int read(byte[] b, int off, int len) {
				return super.read(b, off, Math.min(len, 1 + random.nextInt(random.nextBoolean() ? 3 : 70_000)));
			}

		};
		StringBuilder out = new StringBuilder();
		try (Reader reader = new Utf8Reader(chunks)) {
			char[] buffer = new char[100_000];
			for (;;) {
				int n = random.nextInt(4) == 0 ? reader.read(buffer, 0, 1) : reader.read(buffer, 0, 1 + random.nextInt(buffer.length));
				if (n < 0) {
					return out.toString();
				}
				out.append(buffer, 0, n);
			}
		}
	}

}
