package org.partnership.reports.trade;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RadixSortTests {

	@Test
	void sortsPackedKeysLikeAFullSort() {
		Random random = new Random(42);
		for (int keyBits : new int[] { 1, 7, 11, 12, 23, 33, 43 }) {
			int indexBits = 17;
			long[] packed = new long[100_000];
			for (int i = 0; i < packed.length; i++) {
				long key = keyBits == 43 ? random.nextLong() >>> (64 - keyBits) : random.nextInt(1 << Math.min(keyBits, 30)) & ((1L << keyBits) - 1);
				packed[i] = (key << indexBits) | i;
			}
			long[] expected = packed.clone();
			Arrays.sort(expected);

			RadixSort.sortByHighBits(packed, indexBits, keyBits);

			assertThat(packed).as("%d key bits", keyBits).isEqualTo(expected);
		}
	}

	@Test
	void keepsEqualKeysInTheirOrder() {
		long[] values = { (3L << 4) | 0, (1L << 4) | 1, (3L << 4) | 2, (1L << 4) | 3, (0L << 4) | 4 };

		RadixSort.sortByHighBits(values, 4, 2);

		assertThat(values).containsExactly((0L << 4) | 4, (1L << 4) | 1, (1L << 4) | 3, (3L << 4) | 0, (3L << 4) | 2);
	}

}
