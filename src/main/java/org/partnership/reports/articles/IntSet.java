package org.partnership.reports.articles;

import java.util.Arrays;

/**
 * A set of non-negative ints in one array: the article counts keep the distinct stories of every period and
 * topic, about nine entries per article, and a {@code HashSet} of strings cost some 50 bytes an entry (500k
 * articles: hundreds of megabytes of short-lived sets). Values added in increasing order, as the fold's pass adds
 * article numbers, are only appended (a larger value than all before is new): hashing them into large tables was a
 * quarter of that pass. The first value out of order turns the array into a hash table (open addressing, linear
 * probing), which takes any order.
 */
final class IntSet {

	private static final int FREE = -1;

	/** Ascending values while {@link #hashed} is false, else the hash table's slots. */
	private int[] slots = new int[8];

	private boolean hashed;

	private int size;

	/** Adds {@code value} (≥ 0); whether it was new. */
	boolean add(int value) {
		if (value < 0) {
			throw new IllegalArgumentException("not a story number: " + value);
		}
		if (!this.hashed) {
			if (this.size == 0 || value > this.slots[this.size - 1]) {
				if (this.size == this.slots.length) {
					this.slots = Arrays.copyOf(this.slots, this.size * 2);
				}
				this.slots[this.size++] = value;
				return true;
			}
			toHashTable();
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
		int n = this.hashed ? this.slots.length : this.size;
		for (int i = 0; i < n; i++) {
			int value = this.slots[i];
			if (value != FREE) {
				mapped.add(to[value]);
			}
		}
		return mapped;
	}

	private void toHashTable() {
		int[] values = Arrays.copyOf(this.slots, this.size);
		this.slots = newSlots(Math.max(8, Integer.highestOneBit(Math.max(1, values.length * 2)) * 2));
		this.hashed = true;
		this.size = 0;
		for (int value : values) {
			insert(this.slots, value);
		}
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
