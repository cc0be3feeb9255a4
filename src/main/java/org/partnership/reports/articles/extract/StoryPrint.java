package org.partnership.reports.articles.extract;

import java.nio.ByteBuffer;

/**
 * What {@link StoryFolder} needs of one article's text, computed once while the text is in hand (at
 * import): the LSH band keys of its MinHash signature, which find the candidates, and its sorted distinct
 * 4-word shingle hashes, which decide a candidate pair by exact Jaccard similarity. Stored as bytes
 * ({@link #toBytes()}) instead of the text: the band keys, then the shingles, 8 bytes each (big-endian);
 * a text without words has neither and is stored as no bytes. Immutable once built: the arrays are never
 * handed out for writing; the sketch, made on first use, is the same whichever thread makes it.
 */
public final class StoryPrint {

	static final StoryPrint EMPTY = new StoryPrint(new long[0], new long[0]);

	private final long[] bands;

	private final long[] shingles;

	private ShingleSketch sketch;

	StoryPrint(long[] bands, long[] shingles) {
		this.bands = bands;
		this.shingles = shingles;
	}

	/** Band keys: one per band of the MinHash signature, empty when the text has no words. */
	long[] bands() {
		return this.bands;
	}

	/** Sorted distinct shingle hashes. */
	long[] shingles() {
		return this.shingles;
	}

	/** The shingles' sketch, made when first asked for: only folding compares prints. */
	ShingleSketch sketch() {
		ShingleSketch s = this.sketch;
		if (s == null) {
			s = new ShingleSketch(this.shingles);
			this.sketch = s;
		}
		return s;
	}

	public boolean isEmpty() {
		return this.shingles.length == 0;
	}

	public byte[] toBytes() {
		if (isEmpty()) {
			return new byte[0];
		}
		ByteBuffer buffer = ByteBuffer.allocate((this.bands.length + this.shingles.length) * Long.BYTES);
		buffer.asLongBuffer().put(this.bands).put(this.shingles);
		return buffer.array();
	}

	/**
	 * Reads what {@link #toBytes()} wrote ({@code null} or no bytes: a text without words).
	 * @throws IllegalArgumentException when the bytes cannot be a print of {@link StoryFolder}
	 */
	public static StoryPrint fromBytes(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			return EMPTY;
		}
		int longs = bytes.length / Long.BYTES;
		if (bytes.length % Long.BYTES != 0 || longs <= StoryFolder.BANDS) {
			throw new IllegalArgumentException("not a story print: " + bytes.length + " bytes");
		}
		long[] bands = new long[StoryFolder.BANDS];
		long[] shingles = new long[longs - StoryFolder.BANDS];
		ByteBuffer.wrap(bytes).asLongBuffer().get(bands).get(shingles);
		return new StoryPrint(bands, shingles);
	}

}
