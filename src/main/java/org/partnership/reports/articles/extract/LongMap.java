package org.partnership.reports.articles.extract;

/**
 * A hash map from {@code long} keys to values, open addressing with linear probing: story folding looks up,
 * adds and removes 64 band keys per article (one map per band), and a {@code HashMap<Long, …>} boxed every key and chased a
 * node per lookup. Removal shifts the following entries back, so no tombstones pile up. Not thread-safe.
 */
final class LongMap<V> {

	private long[] keys = new long[1 << 10];

	private Object[] values = new Object[1 << 10];

	private int size;

	V get(long key) {
		@SuppressWarnings("unchecked")
		V found = (V) this.values[find(key)];
		return found;
	}

	/**
	 * The value of {@code key}; when there is none, {@code value} (not {@code null}) becomes it and {@code null} is
	 * returned. One probe of the table where a lookup and an insertion would take two.
	 */
	V putIfAbsent(long key, V value) {
		int i = find(key);
		if (this.values[i] != null) {
			@SuppressWarnings("unchecked")
			V found = (V) this.values[i];
			return found;
		}
		insert(i, key, value);
		return null;
	}

	/** Maps {@code key} to {@code value} (not {@code null}), replacing any value it had. */
	void put(long key, V value) {
		int i = find(key);
		if (this.values[i] != null) {
			this.values[i] = value;
		}
		else {
			insert(i, key, value);
		}
	}

	/** Maps {@code key} to {@code value}, or removes it when {@code value} is {@code null}. */
	void replace(long key, V value) {
		if (value == null) {
			remove(key);
		}
		else {
			put(key, value);
		}
	}

	void remove(long key) {
		int mask = this.keys.length - 1;
		int i = find(key);
		if (this.values[i] == null) {
			return;
		}
		this.size--;
		// backward shift: move up every later entry of the run that may sit at or before the freed slot
		for (int gap = i, j = (i + 1) & mask;; j = (j + 1) & mask) {
			if (this.values[j] == null) {
				this.values[gap] = null;
				return;
			}
			int home = slot(this.keys[j], mask);
			if (((j - home) & mask) >= ((j - gap) & mask)) {
				this.keys[gap] = this.keys[j];
				this.values[gap] = this.values[j];
				gap = j;
			}
		}
	}

	/** The slot holding {@code key}, or the free slot where it would go. */
	private int find(long key) {
		int mask = this.keys.length - 1;
		int i = slot(key, mask);
		while (this.values[i] != null && this.keys[i] != key) {
			i = (i + 1) & mask;
		}
		return i;
	}

	private void insert(int slot, long key, V value) {
		this.keys[slot] = key;
		this.values[slot] = value;
		if (++this.size * 2 > this.keys.length) {
			grow();
		}
	}

	int size() {
		return this.size;
	}

	private void grow() {
		long[] oldKeys = this.keys;
		Object[] oldValues = this.values;
		this.keys = new long[oldKeys.length * 2];
		this.values = new Object[oldValues.length * 2];
		int mask = this.keys.length - 1;
		for (int k = 0; k < oldKeys.length; k++) {
			if (oldValues[k] != null) {
				int i = slot(oldKeys[k], mask);
				while (this.values[i] != null) {
					i = (i + 1) & mask;
				}
				this.keys[i] = oldKeys[k];
				this.values[i] = oldValues[k];
			}
		}
	}

	/** Band keys are hashes already; the multiply spreads any regularity over the slots. */
	private static int slot(long key, int mask) {
		long h = key * 0x9E37_79B9_7F4A_7C15L;
		return (int) (h ^ (h >>> 32)) & mask;
	}

}
