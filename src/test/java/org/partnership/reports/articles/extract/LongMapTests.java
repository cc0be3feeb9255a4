package org.partnership.reports.articles.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LongMapTests {

	@Test
	void behavesLikeAHashMapThroughAddsRemovalsAndGrowth() {
		LongMap<String> map = new LongMap<>();
		Map<Long, String> expected = new HashMap<>();
		SplittableRandom random = new SplittableRandom(64);
		for (int op = 0; op < 400_000; op++) {
			// few distinct keys, so that runs of colliding slots form and removals shift them
			long key = (op % 3 == 0) ? random.nextLong() : random.nextLong(5_000) * 1_024;
			String value = "v" + op;
			switch (random.nextInt(5)) {
				case 0 -> {
					map.put(key, value);
					expected.put(key, value);
				}
				case 1 -> {
					map.remove(key);
					expected.remove(key);
				}
				case 2 -> assertThat(map.putIfAbsent(key, value)).isEqualTo(expected.putIfAbsent(key, value));
				case 3 -> {
					String replacement = random.nextBoolean() ? null : value;
					map.replace(key, replacement);
					if (replacement == null) {
						expected.remove(key);
					}
					else {
						expected.put(key, replacement);
					}
				}
				default -> assertThat(map.get(key)).isEqualTo(expected.get(key));
			}
			assertThat(map.size()).isEqualTo(expected.size());
		}
		expected.forEach((key, value) -> assertThat(map.get(key)).isEqualTo(value));
	}

	@Test
	void zeroAndNegativeKeysAreKeysLikeAnyOther() {
		LongMap<String> map = new LongMap<>();
		map.put(0, "zero");
		map.put(-1, "minus one");
		map.put(Long.MIN_VALUE, "min");
		assertThat(map.get(0)).isEqualTo("zero");
		assertThat(map.get(-1)).isEqualTo("minus one");
		assertThat(map.get(Long.MIN_VALUE)).isEqualTo("min");
		map.remove(0);
		assertThat(map.get(0)).isNull();
		assertThat(map.get(-1)).isEqualTo("minus one");
	}

}
