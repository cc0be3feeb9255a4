package org.partnership.reports.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The byte check accepts exactly what the JDK's strict UTF-8 decoder accepts. */
class Utf8CheckTests {

	@Test
	void acceptsTextInEveryScriptTheFeedsCarry() {
		byte[] text = "Kazakhstan – ЕС: Қазақстан 49,7 млрд $ 😀 €\n".repeat(10).getBytes(StandardCharsets.UTF_8);
		assertThat(Utf8Check.check(text, 0, text.length)).isEqualTo(text.length);
	}

	@Test
	void findsTheFirstMalformedSequence() {
		assertThat(Utf8Check.check(bytes(0x41, 0x42, 0xC3, 0x28), 0, 4)).isEqualTo(-1 - 2); // bad continuation
		assertThat(Utf8Check.check(bytes(0xC0, 0xAF), 0, 2)).isEqualTo(-1); // overlong '/'
		assertThat(Utf8Check.check(bytes(0xE0, 0x80, 0xAF), 0, 3)).isEqualTo(-1); // overlong, three bytes
		assertThat(Utf8Check.check(bytes(0xED, 0xA0, 0x80), 0, 3)).isEqualTo(-1); // a surrogate
		assertThat(Utf8Check.check(bytes(0xF4, 0x90, 0x80, 0x80), 0, 4)).isEqualTo(-1); // above U+10FFFF
		assertThat(Utf8Check.check(bytes(0x61, 0xFF), 0, 2)).isEqualTo(-1 - 1);
		assertThat(Utf8Check.check(bytes(0xCF, 0xF0, 0xE8), 0, 3)).isEqualTo(-1); // Windows-1251 "При"
	}

	@Test
	void aSequenceCutByTheEndIsLeftForTheNextBytes() {
		byte[] euro = "ab€".getBytes(StandardCharsets.UTF_8); // € = E2 82 AC
		assertThat(Utf8Check.check(euro, 0, 3)).isEqualTo(2);
		assertThat(Utf8Check.check(euro, 0, 4)).isEqualTo(2);
		assertThat(Utf8Check.check(euro, 2, 5)).isEqualTo(5);
		assertThat(Utf8Check.check(bytes(0x61, 0xE2, 0x28), 0, 3)).as("already wrong before the end").isEqualTo(-1 - 1);
	}

	@Test
	void agreesWithTheJdkDecoderOnRandomBytes() {
		SplittableRandom random = new SplittableRandom(8);
		for (int round = 0; round < 100_000; round++) {
			byte[] b = new byte[random.nextInt(1, 24)];
			for (int i = 0; i < b.length; i++) {
				// mostly bytes that start or continue sequences, some ASCII runs for the eight-byte path
				int kind = random.nextInt(4);
				b[i] = (byte) (kind == 0 ? random.nextInt(0x80) : kind == 1 ? 0x80 + random.nextInt(0x40)
						: random.nextInt(256));
			}
			boolean valid = jdkAccepts(b);
			int checked = Utf8Check.check(b, 0, b.length);
			// a valid array is complete; an invalid one is malformed somewhere or cut at its end
			assertThat(checked == b.length).as(() -> java.util.HexFormat.of().formatHex(b)).isEqualTo(valid);
		}
	}

	private static boolean jdkAccepts(byte[] b) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(b));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static byte[] bytes(int... values) {
		byte[] b = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			b[i] = (byte) values[i];
		}
		return b;
	}

}
