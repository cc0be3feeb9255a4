package org.partnership.reports.articles.extract;

/**
 * Text folded for matching, with a map back to the original so that evidence and snippets are quoted
 * verbatim.
 *
 * @param original the text as given
 * @param chars folded characters; only {@code length} of them are used
 * @param length number of folded characters
 * @param text the folded characters as a string, for regular expressions
 * @param shifts where each folded character lies in {@code original}
 * @param words the words of the folded text
 * @param stops the places where a sentence may end
 */
record NormalizedText(String original, char[] chars, int length, String text, Shifts shifts, Words words,
		Stops stops) {

	/** Index in {@code original} of the folded character at {@code index} ({@code length}: the end). */
	int toOriginal(int index) {
		return shifts.toOriginal(index);
	}

	/** The original text behind the folded range {@code [start, end)}. */
	String originalSlice(int start, int end) {
		if (start >= end) {
			return "";
		}
		return original.substring(toOriginal(start), toOriginal(end - 1) + 1);
	}

	/** Whether the original text behind {@code [start, end)} starts with {@code prefix}; same as
	 * {@code originalSlice(start, end).startsWith(prefix)} without the copy. */
	boolean originalStartsWith(int start, int end, String prefix) {
		if (start >= end) {
			return prefix.isEmpty();
		}
		int from = toOriginal(start);
		// folding never lengthens text, so a prefix no longer than the folded range fits in the original one
		return (prefix.length() <= end - start || prefix.length() <= toOriginal(end - 1) + 1 - from)
				&& original.startsWith(prefix, from);
	}

	char originalChar(int index) {
		return original.charAt(toOriginal(index));
	}

}
