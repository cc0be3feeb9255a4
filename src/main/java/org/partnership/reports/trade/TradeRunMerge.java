package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.partnership.reports.period.Period;

/**
 * Reads the import runs of every trade file back in one k-way merge, in key order and, for equal
 * keys, in input order (file order as given, then line), and feeds them to a
 * {@link DetailAggregation} of the ledger. Memory stays at one record per run plus one flow's
 * chapter sums, whatever the number of rows.
 * <p>
 * A large feed is merged in parts on every core: the key space is cut between flows (reporter,
 * partner, flow) into ranges of about equal rows, found by binary search in the sorted runs; each
 * part merges its range of every run into a ledger of its own, and the parts are then taken over in
 * key order. A flow never spans two parts and everything a part records is about its own flows, so
 * the ledger is the one a single merge would fill, revisions and warnings in the same order.
 */
public final class TradeRunMerge {

	/** Below this many rows one merge is quick enough; more threads would cost more than they save. */
	private static final long PARALLEL_FROM = 500_000;

	private static final int MAX_PARTS = 8;

	private TradeRunMerge() {
	}

	/** Fills {@code ledger} from {@code runs} (in file order, then slice order) and completes it. */
	public static TradeLedger into(TradeLedger ledger, List<Path> runs) {
		return into(ledger, runs, -1);
	}

	/** The same in {@code parts} parts; -1 for as many as cores when the runs are large. */
	static TradeLedger into(TradeLedger ledger, List<Path> runs, int parts) {
		List<TradeRun.Reader> readers = open(runs);
		try {
			Dictionaries dictionaries = new Dictionaries(readers);
			long rows = readers.stream().mapToLong(TradeRun.Reader::size).sum();
			int n = parts > 0 ? parts
					: rows < PARALLEL_FROM ? 1 : Math.min(MAX_PARTS, Runtime.getRuntime().availableProcessors());
			if (n <= 1) {
				merge(readers, dictionaries, new DetailAggregation(ledger));
			}
			else {
				mergeInParts(ledger, runs, dictionaries, new Split(readers, dictionaries).bounds(n, rows));
			}
		}
		finally {
			readers.forEach(TradeRun.Reader::close);
		}
		return ledger.complete();
	}

	private static List<TradeRun.Reader> open(List<Path> runs) {
		List<TradeRun.Reader> readers = new ArrayList<>();
		try {
			for (Path run : runs) {
				readers.add(new TradeRun.Reader(run));
			}
		}
		catch (RuntimeException ex) {
			readers.forEach(TradeRun.Reader::close);
			throw ex;
		}
		return readers;
	}

	/** Part p reads records {@code [bounds[p][i], bounds[p + 1][i])} of run i. */
	private static void mergeInParts(TradeLedger ledger, List<Path> runs, Dictionaries dictionaries, int[][] bounds) {
		int parts = bounds.length - 1;
		ExecutorService pool = Executors.newFixedThreadPool(parts, task -> {
			Thread t = new Thread(task, "merge-trade");
			t.setDaemon(true);
			return t;
		});
		try {
			List<Future<TradeLedger>> results = new ArrayList<>();
			for (int p = 0; p < parts; p++) {
				int part = p;
				results.add(pool.submit(() -> {
					TradeLedger own = ledger.emptyPart();
					List<TradeRun.Reader> readers = open(runs);
					try {
						for (int i = 0; i < readers.size(); i++) {
							readers.get(i).restrictTo(bounds[part][i], bounds[part + 1][i] - bounds[part][i]);
						}
						merge(readers, dictionaries, new DetailAggregation(own));
					}
					finally {
						readers.forEach(TradeRun.Reader::close);
					}
					return own;
				}));
			}
			for (Future<TradeLedger> result : results) {
				ledger.absorb(result.get());
			}
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException r) {
				throw r;
			}
			if (ex.getCause() instanceof Error e) {
				throw e;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while merging the trade runs", ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** The union of the runs' dictionaries, and each run's mapping into them. */
	private static final class Dictionaries {

		final Global<String> reporters;

		final Global<String> partners;

		final Global<String> codes;

		final Global<Period> periods;

		Dictionaries(List<TradeRun.Reader> readers) {
			this.reporters = new Global<>(readers, r -> r.reporters, Comparator.naturalOrder());
			this.partners = new Global<>(readers, r -> r.partners, Comparator.naturalOrder());
			this.codes = new Global<>(readers, r -> r.codes, Comparator.naturalOrder());
			this.periods = new Global<>(readers, r -> r.periods, Comparator.naturalOrder());
		}

	}

	/** Cut points between flows that give the parts about equal numbers of rows. */
	private static final class Split {

		private final List<TradeRun.Reader> readers;

		private final Dictionaries dictionaries;

		private final int[] key = new int[3];

		Split(List<TradeRun.Reader> readers, Dictionaries dictionaries) {
			this.readers = readers;
			this.dictionaries = dictionaries;
		}

		/** Per part boundary (0..parts), the first record of each run at or after it. */
		int[][] bounds(int parts, long rows) {
			long flows = (long) this.dictionaries.reporters.values.size() * this.dictionaries.partners.values.size() * 2;
			int[][] bounds = new int[parts + 1][];
			bounds[0] = new int[this.readers.size()];
			bounds[parts] = this.readers.stream().mapToInt(TradeRun.Reader::size).toArray();
			for (int p = 1; p < parts; p++) {
				long wanted = rows * p / parts;
				// the first flow at which at least `wanted` rows come before it
				long lo = 0;
				long hi = flows;
				while (lo < hi) {
					long mid = (lo + hi) >>> 1;
					if (rowsBefore(mid) >= wanted) {
						hi = mid;
					}
					else {
						lo = mid + 1;
					}
				}
				bounds[p] = new int[this.readers.size()];
				for (int i = 0; i < this.readers.size(); i++) {
					bounds[p][i] = firstAtOrAfter(i, lo);
				}
			}
			return bounds;
		}

		private long rowsBefore(long flow) {
			long sum = 0;
			for (int i = 0; i < this.readers.size(); i++) {
				sum += firstAtOrAfter(i, flow);
			}
			return sum;
		}

		/** The first record of run {@code i} whose flow (in global ids) is {@code flow} or later. */
		private int firstAtOrAfter(int i, long flow) {
			int lo = 0;
			int hi = this.readers.get(i).size();
			while (lo < hi) {
				int mid = (lo + hi) >>> 1;
				if (flowOf(i, mid) >= flow) {
					hi = mid;
				}
				else {
					lo = mid + 1;
				}
			}
			return lo;
		}

		private long flowOf(int i, int record) {
			this.readers.get(i).peek(record, this.key);
			long reporter = this.dictionaries.reporters.map[i][this.key[0]];
			long partner = this.dictionaries.partners.map[i][this.key[1]];
			return (reporter * this.dictionaries.partners.values.size() + partner) * 2 + this.key[2];
		}

	}

	private static void merge(List<TradeRun.Reader> readers, Dictionaries dictionaries, DetailAggregation aggregation) {
		Global<String> reporters = dictionaries.reporters;
		Global<String> partners = dictionaries.partners;
		Global<String> codes = dictionaries.codes;
		Global<Period> periods = dictionaries.periods;
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
