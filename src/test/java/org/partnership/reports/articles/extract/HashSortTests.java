package org.partnership.reports.articles.extract;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HashSortTests {

	@Test
	void sortsLikeArraysSortAtEverySize() {
		SplittableRandom random = new SplittableRandom(7);
		for (int n = 0; n < 2_000; n += 1 + n / 10) {
			long[] hashes = random.longs(n).toArray();
			assertSortedLikeArraysSort(hashes);
		}
	}

	@Test
	void keepsDuplicatesAndTheExtremes() {
		long[] hashes = new long[300];
		for (int i = 0; i < hashes.length; i++) {
			hashes[i] = switch (i % 5) {
				case 0 -> Long.MIN_VALUE;
				case 1 -> Long.MAX_VALUE;
				case 2 -> -1L;
				case 3 -> 0L;
				default -> i * 0x9E3779B97F4A7C15L;
			};
		}
		assertSortedLikeArraysSort(hashes);
	}

	@Test
	void fallsBackWhenTheValuesShareTheirTopBits() {
		// a worst case for the buckets (all in one): must still sort, and not in quadratic time
		long[] hashes = new SplittableRandom(3).longs(50_000, 0, 1L << 20).toArray();
		assertSortedLikeArraysSort(hashes);
	}

	private static void assertSortedLikeArraysSort(long[] hashes) {
		long[] expected = hashes.clone();
		Arrays.sort(expected);
		long[] actual = hashes.clone();
		HashSort.sort(actual);
		assertThat(actual).containsExactly(expected);
	}

}
