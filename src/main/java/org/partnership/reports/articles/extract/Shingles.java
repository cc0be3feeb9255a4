package org.partnership.reports.articles.extract;

import java.util.Arrays;

/** Word shingles of folded text as sorted distinct 64-bit hashes. */
final class Shingles {

	private Shingles() {
	}

	static long[] of(String text, int size) {
		long[] words = wordHashes(text);
		return of(words, 0, words.length, size);
	}

	/** Shingles of {@code size} words over the word hashes {@code words[from, to)}. */
	static long[] of(long[] words, int from, int to, int size) {
		if (to <= from) {
			return new long[0];
		}
		int n = Math.max(1, to - from - size + 1);
		long[] shingles = new long[n];
		for (int i = 0; i < n; i++) {
			long h = 0x9E3779B97F4A7C15L;
			for (int j = from + i, end = Math.min(to, from + i + size); j < end; j++) {
				h = mix(h ^ words[j]) + j - from - i;
			}
			shingles[i] = h;
		}
		HashSort.sort(shingles);
		return distinct(shingles);
	}

	/** Exact Jaccard similarity of two sorted distinct arrays. */
	static double jaccard(long[] a, long[] b) {
		if (a.length == 0 || b.length == 0) {
			return 0;
		}
		int i = 0;
		int j = 0;
		int common = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				common++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return (double) common / (a.length + b.length - common);
	}

	/**
	 * Whether {@code jaccard(a, b) >= threshold}, the same answer for every pair, found with less work: the
	 * overlap the threshold needs is worked out first, sets too different in size to reach it are never merged,
	 * and the merge stops as soon as the answer is known (enough shared shingles, or too many unshared ones on
	 * either side for the rest to make up). Most pairs the folding compares share a band by chance and are far
	 * from the threshold: their merge stops after about a third of the shingles.
	 */
	static boolean similar(long[] a, long[] b, double threshold) {
		return similar(a, b, null, null, threshold);
	}

	/**
	 * As {@link #similar(long[], long[], double)}, first asking the sketches of the two sets (when given) whether
	 * they can share as many shingles as the threshold needs: most pairs cannot, and are answered without a merge.
	 */
	static boolean similar(long[] a, long[] b, ShingleSketch sketchA, ShingleSketch sketchB, double threshold) {
		if (a.length == 0 || b.length == 0) {
			return 0 >= threshold; // jaccard's similarity of an empty set
		}
		int needed = overlapNeeded(a.length + b.length, threshold);
		if (needed == 0) {
			return true;
		}
		if (sketchA != null && sketchB != null && sketchA.maxOverlap(sketchB) < needed) {
			return false;
		}
		// a shingle of one set missing from the other lowers the most the two can still share by one
		int spareA = a.length - needed;
		int spareB = b.length - needed;
		if (spareA < 0 || spareB < 0) {
			return false;
		}
		int i = 0;
		int j = 0;
		int common = 0;
		while (i < a.length && j < b.length) {
			long x = a[i];
			long y = b[j];
			if (x == y) {
				if (++common == needed) {
					return true;
				}
				i++;
				j++;
			}
			else if (x < y) {
				if (--spareA < 0) {
					return false;
				}
				i++;
			}
			else {
				if (--spareB < 0) {
					return false;
				}
				j++;
			}
		}
		return false;
	}

	/**
	 * The fewest shared shingles {@code c} with {@code c / (sizes - c) >= threshold} as {@link #jaccard} computes it
	 * (in double): the ratio grows with {@code c}, so any larger overlap passes and any smaller one fails.
	 */
	static int overlapNeeded(int sizes, double threshold) {
		int c = (int) Math.ceil(threshold * sizes / (1 + threshold));
		c = Math.max(0, Math.min(c, sizes));
		while (c > 0 && ratio(c - 1, sizes) >= threshold) {
			c--;
		}
		while (c < sizes && ratio(c, sizes) < threshold) {
			c++;
		}
		return c;
	}

	private static double ratio(int common, int sizes) {
		return (double) common / (sizes - common);
	}

	/** MurmurHash3 finaliser: a cheap, well-mixed 64-bit permutation. */
	static long mix(long z) {
		z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
		z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
		return z ^ (z >>> 33);
	}

	/**
	 * FNV-1a hashes of the words of the text as {@link TextNormalizer#normalize} folds it, in one pass over the
	 * original: each character is folded by the same table, dropped characters are skipped without ending a
	 * word, and a word is a run of letters and digits (spaces and line breaks, however collapsed, end it).
	 */
	private static long[] wordHashes(String text) {
		int len = text.length();
		long[] words = new long[len / 2 + 1];
		int count = 0;
		long h = 0;
		boolean inWord = false;
		for (int i = 0; i < len; i++) {
			char c = TextNormalizer.folded(text.charAt(i));
			if (c == TextNormalizer.DROP) {
				continue;
			}
			if (TextNormalizer.isWordChar(c)) {
				h = (inWord ? h : Words.FNV_BASIS) ^ c;
				h *= Words.FNV_PRIME; // FNV-1a
				inWord = true;
			}
			else if (inWord) {
				words[count++] = h;
				inWord = false;
			}
		}
		if (inWord) {
			words[count++] = h;
		}
		return Arrays.copyOf(words, count);
	}

	private static long[] distinct(long[] sorted) {
		int n = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				sorted[n++] = sorted[i];
			}
		}
		return Arrays.copyOf(sorted, n);
	}

}
