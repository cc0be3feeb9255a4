package org.partnership.reports.articles;

import java.util.Arrays;

/**
 * A set of non-negative ints in one array (open addressing, linear probing): the article counts keep the
 * distinct stories of every period and topic, about nine entries per article, and a {@code HashSet} of
 * strings cost some 50 bytes an entry (500k articles: hundreds of megabytes of short-lived sets).
 */
final class IntSet {

	private static final int FREE = -1;

	private int[] slots = newSlots(8);

	private int size;

	/** Adds {@code value} (≥ 0); whether it was new. */
	boolean add(int value) {
		if (value < 0) {
			throw new IllegalArgumentException("not a story number: " + value);
		}
		if ((this.size + 1) * 4 > this.slots.length * 3) {
			grow();
		}
		return insert(this.slots, value);
	}

	int size() {
		return this.size;
	}

	/** A new set of {@code to[v]} for every value {@code v} of this one. */
	IntSet mapped(int[] to) {
		IntSet mapped = new IntSet();
		for (int value : this.slots) {
			if (value != FREE) {
				mapped.add(to[value]);
			}
		}
		return mapped;
	}

	private boolean insert(int[] table, int value) {
		int mask = table.length - 1;
		for (int at = mix(value) & mask;; at = (at + 1) & mask) {
			if (table[at] == value) {
				return false;
			}
			if (table[at] == FREE) {
				table[at] = value;
				this.size++;
				return true;
			}
		}
	}

	private void grow() {
		int[] old = this.slots;
		this.slots = newSlots(old.length * 2);
		this.size = 0;
		for (int value : old) {
			if (value != FREE) {
				insert(this.slots, value);
			}
		}
	}

	private static int[] newSlots(int n) {
		int[] slots = new int[n];
		Arrays.fill(slots, FREE);
		return slots;
	}

	/** Story numbers are consecutive; spread them so runs do not cluster in the table. */
	private static int mix(int value) {
		return value * 0x9E3779B9 >>> 7 ^ value;
	}

}
