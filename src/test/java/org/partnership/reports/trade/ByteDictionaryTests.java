package org.partnership.reports.trade;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ByteDictionaryTests {

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.US_ASCII);
	}

	@Test
	void findsKeysByTheirBytesWithinALine() {
		ByteDictionary d = new ByteDictionary();
		byte[] line = bytes("2024-07,KAZ,DEU");
		d.put(line, 8, 11, 7);
		d.put(line, 12, 15, 3);

		assertThat(d.get(bytes("KAZ"), 0, 3)).isEqualTo(7);
		assertThat(d.get(bytes("xDEUx"), 1, 4)).isEqualTo(3);
		assertThat(d.get(bytes("KA"), 0, 2)).isEqualTo(ByteDictionary.MISSING);
		assertThat(d.get(bytes("kaz"), 0, 3)).isEqualTo(ByteDictionary.MISSING);
		assertThat(d.get(line, 0, 0)).isEqualTo(ByteDictionary.MISSING);
	}

	@Test
	void keepsTheFirstIdOfAKeyAndGrowsPastManyKeys() {
		ByteDictionary d = new ByteDictionary();
		for (int i = 0; i < 20_000; i++) {
			byte[] key = bytes("%06d".formatted(i));
			d.put(key, 0, key.length, i);
		}
		d.put(bytes("000042"), 0, 6, 99);

		for (int i = 0; i < 20_000; i++) {
			assertThat(d.get(bytes("%06d".formatted(i)), 0, 6)).isEqualTo(i);
		}
		assertThat(d.get(bytes("020000"), 0, 6)).isEqualTo(ByteDictionary.MISSING);
	}

	@Test
	void theKeyFoundLastIsOnlyTakenForItsOwnBytes() {
		ByteDictionary d = new ByteDictionary();
		d.put(bytes("KAZ"), 0, 3, 1);
		d.put(bytes("KAZA"), 0, 4, 2);
		d.put(bytes("UZB"), 0, 3, 3);

		// the same key again and again, then a prefix, a longer key and another of the same length
		assertThat(d.get(bytes("KAZ"), 0, 3)).isEqualTo(1);
		assertThat(d.get(bytes(",KAZ,"), 1, 4)).isEqualTo(1);
		assertThat(d.get(bytes("KA"), 0, 2)).isEqualTo(ByteDictionary.MISSING);
		assertThat(d.get(bytes("KAZ"), 0, 3)).isEqualTo(1);
		assertThat(d.get(bytes("KAZA"), 0, 4)).isEqualTo(2);
		assertThat(d.get(bytes("UZB"), 0, 3)).isEqualTo(3);
		assertThat(d.get(bytes("KAZ"), 0, 3)).isEqualTo(1);
		assertThat(d.get(bytes("KAX"), 0, 3)).isEqualTo(ByteDictionary.MISSING);
	}

}
