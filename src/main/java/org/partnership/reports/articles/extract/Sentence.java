package org.partnership.reports.articles.extract;

/**
 * A sentence of folded text at {@code [start, end)}.
 *
 * @param paragraph index of the paragraph (title is paragraph 0)
 * @param hasDigit whether the sentence contains a digit: only such sentences are searched for figures
 */
record Sentence(int start, int end, int paragraph, boolean hasDigit) {
}
