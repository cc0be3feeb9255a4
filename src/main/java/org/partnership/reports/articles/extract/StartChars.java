package org.partnership.reports.articles.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters with which a pattern can start a match, worked out once from the pattern itself, so that a
 * hopeless {@code region(...).lookingAt()} (whose {@code reset} alone costs more than the test) is skipped
 * with one table lookup. A character is possible when the matcher, given just that character (after an
 * optional prefix such as a year), consumes it or runs into the end of the input. A "no" is therefore
 * certain; a "yes" still needs the matcher. Only ASCII and Cyrillic (with the Kazakh letters) are worked
 * out, which is what folded text in the three languages consists of; any other character is possible.
 */
final class StartChars {

	/** Characters below this are worked out, if {@link #isProbed}. */
	static final char PROBED = '\u0500';

	/** Possible first characters. */
	private final boolean[] direct = new boolean[PROBED];

	/** Possible characters right after a first space. */
	private final boolean[] afterSpace = new boolean[PROBED];

	/** Whether a single space is already a whole non-empty match. */
	private final boolean spaceAlone;

	private StartChars(Pattern pattern, String prefix) {
		Matcher m = pattern.matcher("");
		int base = prefix.length();
		for (char c = 0; c < PROBED; c++) {
			if (!isProbed(c)) {
				direct[c] = true;
				afterSpace[c] = true;
				continue;
			}
			if (continues(m.reset(prefix + c), base)) {
				direct[c] = true;
			}
			if (continues(m.reset(prefix + ' ' + c), base + 1)) {
				afterSpace[c] = true;
			}
		}
		m.reset(prefix + ' ');
		this.spaceAlone = m.lookingAt() && m.end() > base;
	}

	/** For a pattern tried at the place it starts. */
	static StartChars of(Pattern pattern) {
		return new StartChars(pattern, "");
	}

	/** For a pattern that starts with {@code prefix} (a year: "2024"), tried there; see {@link #mayContinueAt}. */
	static StartChars after(Pattern pattern, String prefix) {
		return new StartChars(pattern, prefix);
	}

	/** ASCII and the Cyrillic block: worked out one by one (start-up cost is per probed character). */
	private static boolean isProbed(char c) {
		return c < 0x80 || (c >= 0x400 && c < PROBED);
	}

	private static boolean continues(Matcher m, int consumed) {
		return (m.lookingAt() && m.end() > consumed) || m.hitEnd();
	}

	/** Whether {@code c} (below {@link #PROBED}, not a space) may start a match; see {@link StartMasks}. */
	boolean mayStartWith(char c) {
		return direct[c];
	}

	/** Whether a match may start with a space and then {@code c} (below {@link #PROBED}). */
	boolean mayStartWithSpaceThen(char c) {
		return afterSpace[c];
	}

	/** Whether a single space is already a whole non-empty match. */
	boolean spaceAlone() {
		return spaceAlone;
	}

	/**
	 * Whether the pattern may match a non-empty text starting at {@code pos} (for {@link #after}: may go on
	 * at {@code pos}, right after its prefix), within {@code to}. Folded text has single spaces only.
	 */
	boolean mayContinueAt(String text, int pos, int to) {
		if (pos >= to) {
			return false;
		}
		char c = text.charAt(pos);
		if (c != ' ') {
			return c >= PROBED || direct[c];
		}
		if (pos + 1 >= to) {
			return spaceAlone;
		}
		char next = text.charAt(pos + 1);
		return spaceAlone || next >= PROBED || afterSpace[next];
	}

}
