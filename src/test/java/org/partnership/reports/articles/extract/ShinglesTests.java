package org.partnership.reports.articles.extract;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Shingles#similar} gives, for every pair, the answer of comparing the exact {@link Shingles#jaccard} with
 * the threshold, although it stops merging early.
 */
class ShinglesTests {

	@Test
	void theOverlapNeededIsTheFewestSharedShinglesThatReachTheThreshold() {
		// 3 + 3 shingles: 2 shared give 2 / 4 = 0.5, 1 shared 1 / 5
		assertThat(Shingles.overlapNeeded(6, 0.5)).isEqualTo(2);
		// 400 + 400: 267 / 533 ≥ 0.5, 266 / 534 < 0.5
		assertThat(Shingles.overlapNeeded(800, 0.5)).isEqualTo(267);
		assertThat(Shingles.overlapNeeded(800, 1.0)).isEqualTo(400);
		assertThat(Shingles.overlapNeeded(10, 0.0)).isZero();
		// 1 / 3 exactly: 5 of 20 shingles gives 5 / 15
		assertThat(Shingles.overlapNeeded(20, 1.0 / 3)).isEqualTo(5);
	}

	@Test
	void sharedShinglesAtTheBoundaryDecideAsTheExactSimilarityDoes() {
		long[] a = { 1, 2, 3 };
		assertThat(Shingles.similar(a, new long[] { 1, 2, 4 }, 0.5)).isTrue(); // 2 / 4
		assertThat(Shingles.similar(a, new long[] { 1, 5, 6 }, 0.5)).isFalse(); // 1 / 5
		assertThat(Shingles.similar(a, a, 1.0)).isTrue();
		assertThat(Shingles.similar(a, new long[] { 1, 2 }, 1.0)).isFalse();
		assertThat(Shingles.similar(a, new long[0], 0.5)).isFalse();
		assertThat(Shingles.similar(new long[0], new long[0], 0.0)).isTrue(); // as jaccard: 0 for an empty set
		assertThat(Shingles.similar(new long[] { 7 }, new long[] { 8 }, 0.0)).isTrue();
	}

	@Test
	void agreesWithTheExactSimilarityOnRandomPairs() {
		Random random = new Random(20261206);
		double[] thresholds = { 0.5, 0.3, 1.0 / 3, 0.8, 0.9, 1.0, 0.1, 0.0 };
		int positives = 0;
		for (int t = 0; t < 200_000; t++) {
			int n = 1 + random.nextInt(t % 10 == 0 ? 600 : 40);
			long[] a = set(random, n);
			// b keeps some of a and adds others, drawn from a small range so that near-duplicates and clashes occur
			long[] kept = LongStream.of(a).filter(x -> random.nextInt(100) < 100 - random.nextInt(101)).toArray();
			long[] added = set(random, random.nextInt(n + 1));
			long[] b = LongStream.concat(LongStream.of(kept), LongStream.of(added)).sorted().distinct().toArray();
			double threshold = thresholds[random.nextInt(thresholds.length)];
			boolean exact = Shingles.jaccard(a, b) >= threshold;
			assertThat(Shingles.similar(a, b, threshold)).as("%s vs %s at %s", Arrays.toString(a), Arrays.toString(b),
					threshold).isEqualTo(exact);
			assertThat(Shingles.similar(b, a, threshold)).isEqualTo(exact);
			positives += exact ? 1 : 0;
		}
		// both answers occur often
		assertThat(positives).isBetween(20_000, 180_000);
	}

	@Test
	void aSketchNeverBoundsTheSharedShinglesBelowTheirCount() {
		Random random = new Random(61206);
		for (int t = 0; t < 50_000; t++) {
			int n = random.nextInt(t % 10 == 0 ? 2_000 : 400);
			// hashes over the whole range, as shingles are, or crowded into a few buckets
			long[] a = t % 3 == 0 ? set(random, n) : random.longs(n).sorted().distinct().toArray();
			long[] kept = LongStream.of(a).filter(x -> random.nextInt(100) < 100 - random.nextInt(101)).toArray();
			long[] added = t % 3 == 0 ? set(random, random.nextInt(n + 1)) : random.longs(random.nextInt(n + 1)).toArray();
			long[] b = LongStream.concat(LongStream.of(kept), LongStream.of(added)).sorted().distinct().toArray();
			int common = (int) Math.round(Shingles.jaccard(a, b) * (a.length + b.length) / (1 + Shingles.jaccard(a, b)));
			assertThat(new ShingleSketch(a).maxOverlap(new ShingleSketch(b))).isGreaterThanOrEqualTo(common);
			assertThat(new ShingleSketch(b).maxOverlap(new ShingleSketch(a))).isGreaterThanOrEqualTo(common);
		}
		long[] a = { 1, 2, 3 }; // one bucket: one shared, plus two extra each
		assertThat(new ShingleSketch(a).maxOverlap(new ShingleSketch(new long[] { 4, 5 }))).isEqualTo(2);
		assertThat(new ShingleSketch(a).maxOverlap(new ShingleSketch(new long[] { -1 }))).isZero();
		assertThat(new ShingleSketch(a).maxOverlap(new ShingleSketch(new long[0]))).isZero();
	}

	@Test
	void withSketchesTheAnswerIsStillTheExactOneAndMostChancePairsSkipTheMerge() {
		Random random = new Random(20261207);
		int skipped = 0;
		int positives = 0;
		for (int t = 0; t < 20_000; t++) {
			int n = 100 + random.nextInt(500);
			long[] a = random.longs(n).sorted().distinct().toArray();
			// near the threshold, or a pair that met in a band by chance (nothing shared)
			double keep = t % 2 == 0 ? 0.5 + random.nextDouble() * 0.4 : 0;
			long[] kept = LongStream.of(a).filter(x -> random.nextDouble() < keep).toArray();
			long[] b = LongStream.concat(LongStream.of(kept), random.longs(n - kept.length)).sorted().distinct().toArray();
			ShingleSketch sa = new ShingleSketch(a);
			ShingleSketch sb = new ShingleSketch(b);
			boolean exact = Shingles.jaccard(a, b) >= 0.5;
			assertThat(Shingles.similar(a, b, sa, sb, 0.5)).isEqualTo(exact);
			assertThat(Shingles.similar(b, a, sb, sa, 0.5)).isEqualTo(exact);
			positives += exact ? 1 : 0;
			if (keep == 0) {
				skipped += sa.maxOverlap(sb) < Shingles.overlapNeeded(a.length + b.length, 0.5) ? 1 : 0;
			}
		}
		assertThat(positives).isBetween(2_000, 8_000);
		assertThat(skipped).isEqualTo(10_000);
	}

	/** A sorted set of at most {@code size} distinct values from a range small enough for two sets to share some. */
	private static long[] set(Random random, int size) {
		long range = 4L * Math.max(1, size);
		return random.longs(size, -range, range).sorted().distinct().toArray();
	}

}
