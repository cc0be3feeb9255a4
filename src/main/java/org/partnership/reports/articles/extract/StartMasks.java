package org.partnership.reports.articles.extract;

import java.util.List;

/**
 * {@link StartChars} of up to 32 patterns as one table of bit masks: which of them may match at a place, for all
 * of them with one lookup instead of one call per pattern. Bit {@code i} of {@link #at} is exactly
 * {@code starts.get(i).mayContinueAt(...)} (0 for a null entry, a pattern never tried).
 */
final class StartMasks {

	private static final char PROBED = StartChars.PROBED;

	/** Per first character: the patterns that may start with it. */
	private final int[] direct = new int[PROBED];

	/** Per character after a first space: the patterns that may start with the space and it. */
	private final int[] afterSpace = new int[PROBED];

	/** The patterns for which a single space is already a whole match. */
	private final int spaceAlone;

	/** The patterns (non-null entries): any of them may start with an unprobed character. */
	private final int all;

	private StartMasks(List<StartChars> starts) {
		if (starts.size() > 32) {
			throw new IllegalArgumentException("at most 32 patterns");
		}
		int alone = 0;
		int every = 0;
		for (int i = 0; i < starts.size(); i++) {
			StartChars s = starts.get(i);
			if (s == null) {
				continue;
			}
			int bit = 1 << i;
			every |= bit;
			alone |= s.spaceAlone() ? bit : 0;
			for (char c = 0; c < PROBED; c++) {
				direct[c] |= s.mayStartWith(c) ? bit : 0;
				afterSpace[c] |= s.mayStartWithSpaceThen(c) ? bit : 0;
			}
		}
		this.spaceAlone = alone;
		this.all = every;
	}

	/** @param starts per pattern, null for one never tried (its bit is never set) */
	static StartMasks of(List<StartChars> starts) {
		return new StartMasks(starts);
	}

	/** The patterns that may match a non-empty text (its characters) starting at {@code pos}, within {@code to}. */
	int at(char[] text, int pos, int to) {
		if (pos >= to) {
			return 0;
		}
		char c = text[pos];
		if (c != ' ') {
			return c >= PROBED ? all : direct[c];
		}
		if (pos + 1 >= to) {
			return spaceAlone;
		}
		char next = text[pos + 1];
		return spaceAlone | (next >= PROBED ? all : afterSpace[next]);
	}

}
