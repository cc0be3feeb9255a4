package org.partnership.reports.articles.extract;

/**
 * A small summary of a set of shingle hashes that bounds how many two sets can share: which of
 * {@value #BUCKETS} buckets (the top bits of a hash) hold a shingle, and how many shingles share a bucket with
 * one before them. Two sets share at most one shingle per bucket both hold, plus the smaller of their shares of
 * extra shingles in the buckets. Hashes are uniform, so for two articles that met in a band by chance (most
 * pairs the folding compares) the bound is about half the overlap the threshold needs, and the exact merge of
 * their shingles is skipped; a pair the bound lets through is decided by that merge, so the answer never changes.
 */
final class ShingleSketch {

	/** 1,024 buckets: 16 words of bits, about three times as many buckets as an article has shingles. */
	static final int BUCKET_BITS = 10;

	static final int BUCKETS = 1 << BUCKET_BITS;

	private final long[] occupied = new long[BUCKETS / Long.SIZE];

	/** Shingles beyond the first of their bucket. */
	private final int extra;

	ShingleSketch(long[] shingles) {
		int held = 0;
		for (long s : shingles) {
			int bucket = (int) (s >>> (Long.SIZE - BUCKET_BITS));
			long bit = 1L << bucket; // the shift takes the bucket's low six bits
			long[] words = this.occupied;
			int word = bucket >>> 6;
			if ((words[word] & bit) == 0) {
				words[word] |= bit;
				held++;
			}
		}
		this.extra = shingles.length - held;
	}

	/** The most shingles the two sets can have in common: never fewer than they do. */
	int maxOverlap(ShingleSketch other) {
		int both = 0;
		for (int i = 0; i < this.occupied.length; i++) {
			both += Long.bitCount(this.occupied[i] & other.occupied[i]);
		}
		return both + Math.min(this.extra, other.extra);
	}

}
