package org.partnership.reports.trade;

import java.util.Arrays;

/**
 * Ids of short byte strings (the raw text of a field), found without making a {@code String}: a
 * feed repeats a few thousand codes millions of times. Open addressing over one table; once
 * {@value #LIMIT} keys are known, further ones are not remembered (the caller then takes its slower
 * path for them, which is always correct).
 */
final class ByteDictionary {

	static final int MISSING = -1;

	private static final int LIMIT = 1 << 16;

	/** Entry index + 1 per slot, 0 for an empty slot; at least twice as many slots as entries. */
	private int[] slots = new int[128];

	private byte[][] keys = new byte[64][];

	private int[] hashes = new int[64];

	private int[] values = new int[64];

	private int size;

	/** The entry found last: a feed sorted by period and reporter repeats those fields row after row. */
	private int last = -1;

	/** The id of {@code bytes[from, to)}, or {@link #MISSING}. */
	int get(byte[] bytes, int from, int to) {
		int recent = this.last;
		if (recent >= 0 && equal(this.keys[recent], bytes, from, to)) {
			return this.values[recent];
		}
		int hash = hash(bytes, from, to);
		int mask = this.slots.length - 1;
		for (int slot = hash & mask;; slot = (slot + 1) & mask) {
			int entry = this.slots[slot] - 1;
			if (entry < 0) {
				return MISSING;
			}
			if (this.hashes[entry] == hash && equal(this.keys[entry], bytes, from, to)) {
				this.last = entry;
				return this.values[entry];
			}
		}
	}

	/** Remembers the id of {@code bytes[from, to)} (when it is new and the dictionary not full). */
	void put(byte[] bytes, int from, int to, int value) {
		if (this.size == LIMIT || get(bytes, from, to) != MISSING) {
			return;
		}
		if (this.size == this.keys.length) {
			this.keys = Arrays.copyOf(this.keys, this.size * 2);
			this.hashes = Arrays.copyOf(this.hashes, this.size * 2);
			this.values = Arrays.copyOf(this.values, this.size * 2);
		}
		int hash = hash(bytes, from, to);
		this.keys[this.size] = Arrays.copyOfRange(bytes, from, to);
		this.hashes[this.size] = hash;
		this.values[this.size] = value;
		this.size++;
		if (this.size * 2 > this.slots.length) {
			this.slots = new int[this.slots.length * 2];
			for (int e = 0; e < this.size; e++) {
				place(e);
			}
		}
		else {
			place(this.size - 1);
		}
	}

	private void place(int entry) {
		int mask = this.slots.length - 1;
		int slot = this.hashes[entry] & mask;
		while (this.slots[slot] != 0) {
			slot = (slot + 1) & mask;
		}
		this.slots[slot] = entry + 1;
	}

	/** A plain loop: for keys of a few bytes the vectorised {@code Arrays.equals} costs more than it saves. */
	private static boolean equal(byte[] key, byte[] bytes, int from, int to) {
		if (key.length != to - from) {
			return false;
		}
		for (int i = 0; i < key.length; i++) {
			if (key[i] != bytes[from + i]) {
				return false;
			}
		}
		return true;
	}

	private static int hash(byte[] bytes, int from, int to) {
		int h = 1;
		for (int i = from; i < to; i++) {
			h = 31 * h + bytes[i];
		}
		// spread the bits: codes differ mostly in their last characters
		return h ^ (h >>> 16) ^ (h >>> 7);
	}

}
