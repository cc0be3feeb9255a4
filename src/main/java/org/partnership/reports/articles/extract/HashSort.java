package org.partnership.reports.articles.extract;

import java.util.Arrays;

/**
 * Sorts 64-bit hashes in expected linear time: well-mixed hashes spread evenly over their range, so a counting
 * pass on the top bits puts each one in a bucket of about one element, and an insertion sort finishes the few
 * buckets that hold more. {@code Arrays.sort} spent about a tenth of the extractor's time on the shingles of an
 * article (random order is its worst case for branch prediction); the result is the same ascending, signed order.
 */
final class HashSort {

	/** Below this, the counting pass costs more than it saves. */
	private static final int MIN_LENGTH = 64;

	/** Insertion moves allowed per element before giving up on the input being well mixed. */
	private static final int MAX_MOVES_PER_ELEMENT = 8;

	private HashSort() {
	}

	/** Sorts {@code a} in ascending (signed) order, like {@link Arrays#sort(long[])}. */
	static void sort(long[] a) {
		int n = a.length;
		if (n < MIN_LENGTH) {
			Arrays.sort(a);
			return;
		}
		int bits = 32 - Integer.numberOfLeadingZeros(n - 1); // 2^bits buckets: n to 2n
		int shift = 64 - bits;
		int[] next = new int[(1 << bits) + 1];
		for (long x : a) {
			next[bucket(x, shift) + 1]++;
		}
		for (int b = 1; b < next.length; b++) {
			next[b] += next[b - 1];
		}
		long[] bucketed = new long[n];
		for (long x : a) {
			bucketed[next[bucket(x, shift)]++] = x;
		}
		if (!insertionSort(bucketed, (long) n * MAX_MOVES_PER_ELEMENT)) {
			Arrays.sort(a); // not well mixed after all: keep the worst case at n log n
			return;
		}
		System.arraycopy(bucketed, 0, a, 0, n);
	}

	/** Flipping the sign bit makes the unsigned bucket order the signed order of the values. */
	private static int bucket(long x, int shift) {
		return (int) ((x ^ Long.MIN_VALUE) >>> shift);
	}

	/** Sorts {@code a} unless that takes more than {@code maxMoves} moves; whether it did. */
	private static boolean insertionSort(long[] a, long maxMoves) {
		long moves = 0;
		for (int i = 1; i < a.length; i++) {
			long v = a[i];
			int j = i;
			while (j > 0 && a[j - 1] > v) {
				a[j] = a[j - 1];
				j--;
			}
			a[j] = v;
			moves += i - j;
			if (moves > maxMoves) {
				return false;
			}
		}
		return true;
	}

}
