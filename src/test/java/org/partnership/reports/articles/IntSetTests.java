package org.partnership.reports.articles;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The int set behind the distinct-story counts counts what a HashSet counts. */
class IntSetTests {

	@Test
	void countsDistinctValuesAsAHashSetDoesThroughManyGrowths() {
		Random random = new Random(5);
		IntSet set = new IntSet();
		Set<Integer> expected = new HashSet<>();
		for (int i = 0; i < 200_000; i++) {
			// consecutive story numbers with repeats (reposts), and some far apart
			int value = i % 3 == 0 ? random.nextInt(1_000_000) : i / 2;
			assertThat(set.add(value)).isEqualTo(expected.add(value));
		}
		assertThat(set.size()).isEqualTo(expected.size()).isGreaterThan(100_000);
	}

	@Test
	void ascendingValuesThenAnyOrderCountAsAHashSetDoes() {
		Random random = new Random(8);
		for (int trial = 0; trial < 200; trial++) {
			IntSet set = new IntSet();
			Set<Integer> expected = new HashSet<>();
			int ascending = random.nextInt(3_000); // the fold's article numbers, then a repost's story number
			int value = 0;
			for (int i = 0; i < ascending; i++) {
				value += 1 + random.nextInt(3);
				assertThat(set.add(value)).isEqualTo(expected.add(value));
			}
			for (int i = 0; i < random.nextInt(3_000); i++) {
				int any = random.nextInt(Math.max(1, value * 2));
				assertThat(set.add(any)).isEqualTo(expected.add(any));
			}
			assertThat(set.size()).isEqualTo(expected.size());
			int[] half = new int[value * 2 + 1];
			Arrays.setAll(half, v -> v / 2);
			assertThat(set.mapped(half).size())
				.isEqualTo((int) expected.stream().map(v -> v / 2).distinct().count());
		}
	}

	@Test
	void mappedHoldsTheImagesOfTheValues() {
		IntSet articles = new IntSet();
		for (int a = 0; a < 1_000; a++) {
			articles.add(a);
		}
		int[] storyOf = new int[1_000];
		for (int a = 0; a < storyOf.length; a++) {
			storyOf[a] = a / 3; // three articles a story
		}
		assertThat(articles.mapped(storyOf).size()).isEqualTo(334);
		assertThat(new IntSet().mapped(storyOf).size()).isZero();
	}

	@Test
	void zeroIsAValueAndNegativesAreRefused() {
		IntSet set = new IntSet();

		assertThat(set.add(0)).isTrue();
		assertThat(set.add(0)).isFalse();
		assertThat(set.size()).isEqualTo(1);
		assertThatIllegalArgumentException().isThrownBy(() -> set.add(-1));
	}

}
