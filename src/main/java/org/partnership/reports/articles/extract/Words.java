package org.partnership.reports.articles.extract;

import java.util.Arrays;

/**
 * The words of a folded text, found while it is folded: a word is a run of letters and digits, and its hash
 * (FNV-1a over its folded characters) is what the story print's shingles are made of.
 *
 * @param starts folded index of each word's first character
 * @param ends folded index just after each word
 * @param hashes FNV-1a hash of each word
 * @param count number of words; the arrays may be longer
 */
record Words(int[] starts, int[] ends, long[] hashes, int count) {

	static final long FNV_BASIS = 0xcbf29ce484222325L;

	static final long FNV_PRIME = 0x100000001b3L;

}
