package org.partnership.reports.articles.extract;

import java.util.Arrays;

/**
 * Where the folded characters lie in the original text. A folded character sits at its own index plus an offset
 * that changes only where folding collapsed whitespace or dropped a character (a few places per article), so only
 * those places are kept: an array of one original index per folded character cost a store per character and most
 * articles never look one up.
 */
final class Shifts {

	/** Folded index from which {@link #offsets} applies, ascending. */
	private int[] at = new int[16];

	private int[] offsets = new int[16];

	private int count;

	private int last;

	/** Records that the folded character at {@code folded} comes from {@code original}. */
	void map(int folded, int original) {
		int offset = original - folded;
		if (offset != last) {
			if (count == at.length) {
				at = Arrays.copyOf(at, count * 2);
				offsets = Arrays.copyOf(offsets, count * 2);
			}
			at[count] = folded;
			offsets[count++] = offset;
			last = offset;
		}
	}

	/** Index in the original text of the folded character at {@code folded}. */
	int toOriginal(int folded) {
		int lo = 0;
		int hi = count;
		while (lo < hi) { // the last shift at or before folded
			int mid = (lo + hi) >>> 1;
			if (at[mid] <= folded) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return folded + (lo == 0 ? 0 : offsets[lo - 1]);
	}

}
