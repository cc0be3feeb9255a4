package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import org.partnership.reports.period.Period;

/**
 * Reads the import runs of every trade file back in one k-way merge, in key order and, for equal
 * keys, in input order (file order as given, then line), and feeds them to a
 * {@link DetailAggregation} of the ledger. Memory stays at one record per run plus one flow's
 * chapter sums, whatever the number of rows.
 */
public final class TradeRunMerge {

	private TradeRunMerge() {
	}

	/** Fills {@code ledger} from {@code runs} (in file order, then slice order) and completes it. */
	public static TradeLedger into(TradeLedger ledger, List<Path> runs) {
		List<TradeRun.Reader> readers = new ArrayList<>();
		try {
			for (Path run : runs) {
				readers.add(new TradeRun.Reader(run));
			}
			merge(readers, new DetailAggregation(ledger));
		}
		finally {
			readers.forEach(TradeRun.Reader::close);
		}
		return ledger.complete();
	}

	private static void merge(List<TradeRun.Reader> readers, DetailAggregation aggregation) {
		Global<String> reporters = new Global<>(readers, r -> r.reporters, Comparator.naturalOrder());
		Global<String> partners = new Global<>(readers, r -> r.partners, Comparator.naturalOrder());
		Global<String> codes = new Global<>(readers, r -> r.codes, Comparator.naturalOrder());
		Global<Period> periods = new Global<>(readers, r -> r.periods, Comparator.naturalOrder());
		KeyPacking packing = KeyPacking.of(reporters.values.size(), partners.values.size(), codes.values.size(),
				periods.values.size(), readers.size());
		Flow[] flows = Flow.values();
		SeriesKey key = null;
		CursorHeap heap = new CursorHeap(readers.size());
		for (int i = 0; i < readers.size(); i++) {
			Cursor c = new Cursor(readers.get(i), i, reporters.map[i], partners.map[i], codes.map[i], periods.map[i],
					packing);
			if (c.advance()) {
				heap.add(c);
			}
		}
		while (!heap.isEmpty()) {
			Cursor c = heap.top();
			TradeRun.Reader r = c.reader;
			if (key == null || !key.reporter().equals(reporters.values.get(c.reporter))
					|| !key.partner().equals(partners.values.get(c.partner)) || key.flow() != flows[r.flow]
					|| !key.commodity().equals(codes.values.get(c.code))) {
				key = new SeriesKey(reporters.values.get(c.reporter), partners.values.get(c.partner), flows[r.flow],
						codes.values.get(c.code));
			}
			aggregation.accept(key, periods.values.get(c.period), BigDecimal.valueOf(r.unscaled, r.scale), r.sourceFile,
					r.line, r.vintage == 0 ? null : r.vintages[r.vintage]);
			if (c.advance()) {
				heap.topChanged();
			}
			else {
				heap.removeTop();
			}
		}
		aggregation.finish();
	}

	/**
	 * A cursor's position in merge order packed into one long (reporter, partner, flow, code, period,
	 * run), so ten million heap steps compare one number instead of six fields; when the ids do not
	 * fit in 63 bits, cursors compare field by field.
	 */
	private record KeyPacking(int partnerBits, int codeBits, int periodBits, int runBits) {

		static KeyPacking of(int reporters, int partners, int codes, int periods, int runs) {
			int total = bits(reporters) + bits(partners) + 1 + bits(codes) + bits(periods) + bits(runs);
			return total <= 63 ? new KeyPacking(bits(partners), bits(codes), bits(periods), bits(runs)) : null;
		}

		long pack(int reporter, int partner, int flow, int code, int period, int run) {
			long k = reporter;
			k = (k << this.partnerBits) | partner;
			k = (k << 1) | flow;
			k = (k << this.codeBits) | code;
			k = (k << this.periodBits) | period;
			return (k << this.runBits) | run;
		}

		private static int bits(int distinct) {
			return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, distinct - 1)));
		}

	}

	/** A binary min-heap of cursors; the top's successor is sifted down once instead of removed and added. */
	private static final class CursorHeap {

		private final Cursor[] heap;

		private int size;

		CursorHeap(int capacity) {
			this.heap = new Cursor[Math.max(1, capacity)];
		}

		boolean isEmpty() {
			return this.size == 0;
		}

		Cursor top() {
			return this.heap[0];
		}

		void add(Cursor c) {
			int i = this.size++;
			while (i > 0) {
				int parent = (i - 1) >>> 1;
				if (this.heap[parent].compareTo(c) <= 0) {
					break;
				}
				this.heap[i] = this.heap[parent];
				i = parent;
			}
			this.heap[i] = c;
		}

		void removeTop() {
			Cursor last = this.heap[--this.size];
			this.heap[this.size] = null;
			if (this.size > 0) {
				siftDown(last);
			}
		}

		void topChanged() {
			siftDown(this.heap[0]);
		}

		private void siftDown(Cursor c) {
			int i = 0;
			int half = this.size >>> 1;
			while (i < half) {
				int child = 2 * i + 1;
				int right = child + 1;
				if (right < this.size && this.heap[right].compareTo(this.heap[child]) < 0) {
					child = right;
				}
				if (c.compareTo(this.heap[child]) <= 0) {
					break;
				}
				this.heap[i] = this.heap[child];
				i = child;
			}
			this.heap[i] = c;
		}

	}

	/** The sorted union of one dictionary over all runs, and each run's mapping into it. */
	private static final class Global<K> {

		final List<K> values;

		final int[][] map;

		Global(List<TradeRun.Reader> readers, Function<TradeRun.Reader, K[]> local, Comparator<? super K> order) {
			TreeSet<K> union = new TreeSet<>(order);
			for (TradeRun.Reader r : readers) {
				union.addAll(Arrays.asList(local.apply(r)));
			}
			this.values = new ArrayList<>(union);
			this.map = new int[readers.size()][];
			for (int i = 0; i < readers.size(); i++) {
				K[] l = local.apply(readers.get(i));
				this.map[i] = new int[l.length];
				for (int j = 0; j < l.length; j++) {
					// each run's dictionary is sorted the same way, so the mapping keeps record order
					this.map[i][j] = java.util.Collections.binarySearch(this.values, l[j], order);
				}
			}
		}

	}

	/** A run's current record, in global ids. */
	private static final class Cursor implements Comparable<Cursor> {

		final TradeRun.Reader reader;

		final int order;

		private final int[] reporters;

		private final int[] partners;

		private final int[] codes;

		private final int[] periods;

		int reporter;

		int partner;

		int code;

		int period;

		private final KeyPacking packing;

		/** The packed position when {@code packing} is not {@code null}. */
		private long packed;

		Cursor(TradeRun.Reader reader, int order, int[] reporters, int[] partners, int[] codes, int[] periods,
				KeyPacking packing) {
			this.reader = reader;
			this.order = order;
			this.reporters = reporters;
			this.partners = partners;
			this.codes = codes;
			this.periods = periods;
			this.packing = packing;
		}

		boolean advance() {
			if (!this.reader.next()) {
				return false;
			}
			this.reporter = this.reporters[this.reader.reporter];
			this.partner = this.partners[this.reader.partner];
			this.code = this.codes[this.reader.code];
			this.period = this.periods[this.reader.period];
			if (this.packing != null) {
				this.packed = this.packing.pack(this.reporter, this.partner, this.reader.flow, this.code, this.period,
						this.order);
			}
			return true;
		}

		@Override
		public int compareTo(Cursor o) {
			if (this.packing != null) {
				// runs differ between cursors, so packed positions never tie
				return Long.compare(this.packed, o.packed);
			}
			int c = Integer.compare(this.reporter, o.reporter);
			if (c == 0) {
				c = Integer.compare(this.partner, o.partner);
			}
			if (c == 0) {
				c = Integer.compare(this.reader.flow, o.reader.flow);
			}
			if (c == 0) {
				c = Integer.compare(this.code, o.code);
			}
			if (c == 0) {
				c = Integer.compare(this.period, o.period);
			}
			if (c == 0) {
				c = Integer.compare(this.order, o.order);
			}
			return c == 0 ? Long.compare(this.reader.line, o.reader.line) : c;
		}

	}

}
