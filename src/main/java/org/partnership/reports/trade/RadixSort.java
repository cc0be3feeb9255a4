package org.partnership.reports.trade;

/**
 * A stable least-significant-digit radix sort of longs by a range of their bits: the run sort orders
 * about a million packed keys per slice, and a few counting passes over the 20–30 bits of the key
 * cost a fraction of a comparison sort of the whole long.
 */
final class RadixSort {

	private static final int DIGIT_BITS = 11;

	private RadixSort() {
	}

	/**
	 * Sorts {@code values} by bits {@code [from, from + width)} (unsigned), keeping the order of values
	 * with equal such bits; with the lower bits already ascending, the result equals a full sort.
	 */
	static void sortByHighBits(long[] values, int from, int width) {
		int n = values.length;
		if (n < 2 || width == 0) {
			return;
		}
		long[] source = values;
		long[] target = new long[n];
		int[] counts = new int[1 << DIGIT_BITS];
		for (int shift = from; shift < from + width; shift += DIGIT_BITS) {
			int digitBits = Math.min(DIGIT_BITS, from + width - shift);
			int mask = (1 << digitBits) - 1;
			java.util.Arrays.fill(counts, 0);
			for (long v : source) {
				counts[(int) (v >>> shift) & mask]++;
			}
			int start = 0;
			for (int d = 0; d <= mask; d++) {
				int c = counts[d];
				counts[d] = start;
				start += c;
			}
			for (long v : source) {
				target[counts[(int) (v >>> shift) & mask]++] = v;
			}
			long[] t = source;
			source = target;
			target = t;
		}
		if (source != values) {
			System.arraycopy(source, 0, values, 0, n);
		}
	}

}
