package org.partnership.reports.articles.extract;

import java.util.Arrays;

/**
 * One pass over folded text that lists its {@link Words} and its {@link Stops}, so that the keyword scan, the
 * sentence splitter and the story print visit those instead of every character again.
 */
final class TextScan {

	private int[] starts;

	private int[] ends;

	private long[] hashes;

	private int words;

	private int[] stops = new int[32];

	private int[] digitsBefore = new int[32];

	private int stopCount;

	private int digits;

	private TextScan(int len, Scratch scratch) {
		int capacity = len / 4 + 16; // words are rarely shorter than three characters and a separator
		if (scratch != null && scratch.starts.length >= capacity) {
			this.starts = scratch.starts;
			this.ends = scratch.ends;
			this.hashes = scratch.hashes;
			this.stops = scratch.stops;
			this.digitsBefore = scratch.digitsBefore;
		}
		else {
			this.starts = new int[capacity];
			this.ends = new int[capacity];
			this.hashes = new long[capacity];
		}
	}

	/** The folded text {@code chars[0, len)} with its words and stops. */
	static NormalizedText scan(String original, char[] chars, int len, String text, Shifts map) {
		return scan(original, chars, len, text, map, null);
	}

	/** The same, its lists in {@code scratch}'s arrays (grown as needed and kept there for the next text). */
	static NormalizedText scan(String original, char[] chars, int len, String text, Shifts map, Scratch scratch) {
		TextScan scan = new TextScan(len, scratch);
		scan.run(chars, len);
		if (scratch != null) {
			scratch.starts = scan.starts;
			scratch.ends = scan.ends;
			scratch.hashes = scan.hashes;
			scratch.stops = scan.stops;
			scratch.digitsBefore = scan.digitsBefore;
		}
		return new NormalizedText(original, chars, len, text, map,
				new Words(scan.starts, scan.ends, scan.hashes, scan.words),
				new Stops(scan.stops, scan.digitsBefore, scan.stopCount, scan.digits));
	}

	/**
	 * Arrays that one thread's texts are folded and scanned into, one text after the other: a text's
	 * {@link NormalizedText} is valid until the next text is normalized with the same scratch. An article's folded
	 * characters and word lists were a quarter of what the import allocated (about 16 KB an article).
	 */
	static final class Scratch {

		char[] chars = new char[0];

		int[] starts = new int[0];

		int[] ends = new int[0];

		long[] hashes = new long[0];

		int[] stops = new int[32];

		int[] digitsBefore = new int[32];

	}

	private void run(char[] chars, int len) {
		int i = 0;
		int digitCount = 0;
		while (i < len) {
			char c = chars[i];
			if (!CharClass.isLetterOrDigit(c)) {
				if (Stops.mayEnd(c)) {
					addStop(i, digitCount);
				}
				i++;
				continue;
			}
			int start = i;
			long h = Words.FNV_BASIS;
			do {
				h = (h ^ c) * Words.FNV_PRIME;
				digitCount += (char) (c - '0') <= 9 ? 1 : 0;
			}
			while (++i < len && CharClass.isLetterOrDigit(c = chars[i]));
			addWord(start, i, h);
		}
		this.digits = digitCount;
	}

	private void addWord(int start, int end, long hash) {
		if (words == starts.length) {
			starts = Arrays.copyOf(starts, words * 2);
			ends = Arrays.copyOf(ends, words * 2);
			hashes = Arrays.copyOf(hashes, words * 2);
		}
		starts[words] = start;
		ends[words] = end;
		hashes[words++] = hash;
	}

	private void addStop(int at, int digitsSoFar) {
		if (stopCount == stops.length) {
			stops = Arrays.copyOf(stops, stopCount * 2);
			digitsBefore = Arrays.copyOf(digitsBefore, stopCount * 2);
		}
		stops[stopCount] = at;
		digitsBefore[stopCount++] = digitsSoFar;
	}

}
