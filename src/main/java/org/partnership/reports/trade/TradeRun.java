package org.partnership.reports.trade;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.partnership.reports.period.Period;

/**
 * The accepted rows of one slice of a trade file, sorted by key (reporter, partner, flow,
 * commodity, period) and then by line, in a compact binary file. Runs are what the import leaves
 * behind instead of a staging table: written once, whole, under a temporary name and then moved
 * into place, so a run file that exists is complete. {@link TradeRunMerge} reads them back in key
 * order to resolve revisions and aggregate.
 * <p>
 * Codes are stored as indexes into per-run dictionaries written in sorted order, so index order is
 * code order and runs merge without comparing strings.
 */
public final class TradeRun {

	private static final int MAGIC = 0x54524431; // "TRD1"

	/** Bytes of one record: reporter, partner, flow, code, period, unscaled value, scale, line, vintage. */
	private static final int RECORD = 4 + 4 + 1 + 4 + 4 + 8 + 1 + 8 + 4;

	private TradeRun() {
	}

	/** Collects the rows of one slice; {@link #writeTo} sorts and stores them. */
	public static final class Writer {

		private final Dictionary<String> reporters = new Dictionary<>();

		private final Dictionary<String> partners = new Dictionary<>();

		private final Dictionary<String> codes = new Dictionary<>();

		private final Dictionary<Period> periods = new Dictionary<>();

		private final Dictionary<String> vintages = new Dictionary<>();

		private int[] reporter = new int[1024];

		private int[] partner = new int[1024];

		private int[] code = new int[1024];

		private int[] period = new int[1024];

		private int[] vintage = new int[1024];

		private byte[] flow = new byte[1024];

		private byte[] scale = new byte[1024];

		private long[] unscaled = new long[1024];

		private long[] line = new long[1024];

		private int size;

		public Writer() {
			this.vintages.id(""); // 0: no vintage
		}

		public void add(TradeRow row, long lineNumber) {
			if (this.size == this.line.length) {
				grow();
			}
			int i = this.size++;
			this.reporter[i] = this.reporters.id(row.reporter());
			this.partner[i] = this.partners.id(row.partner());
			this.code[i] = this.codes.id(row.commodity());
			this.period[i] = this.periods.id(row.period());
			this.vintage[i] = this.vintages.id(row.vintage() == null ? "" : row.vintage());
			this.flow[i] = (byte) row.flow().ordinal();
			// parsers round to cents and refuse more than 16 integer digits, so the unscaled value fits
			this.unscaled[i] = row.valueUsd().unscaledValue().longValueExact();
			this.scale[i] = (byte) row.valueUsd().scale();
			this.line[i] = lineNumber;
		}

		public int size() {
			return this.size;
		}

		private void grow() {
			int n = this.line.length * 2;
			this.reporter = Arrays.copyOf(this.reporter, n);
			this.partner = Arrays.copyOf(this.partner, n);
			this.code = Arrays.copyOf(this.code, n);
			this.period = Arrays.copyOf(this.period, n);
			this.vintage = Arrays.copyOf(this.vintage, n);
			this.flow = Arrays.copyOf(this.flow, n);
			this.scale = Arrays.copyOf(this.scale, n);
			this.unscaled = Arrays.copyOf(this.unscaled, n);
			this.line = Arrays.copyOf(this.line, n);
		}

		/** Sorts the rows and writes them to {@code file} (via a temporary file in the same folder). */
		public void writeTo(Path file, String sourceFile) {
			int[] r = this.reporters.ranks(Comparator.naturalOrder());
			int[] p = this.partners.ranks(Comparator.naturalOrder());
			int[] c = this.codes.ranks(Comparator.naturalOrder());
			int[] t = this.periods.ranks(Comparator.naturalOrder());
			for (int i = 0; i < this.size; i++) {
				this.reporter[i] = r[this.reporter[i]];
				this.partner[i] = p[this.partner[i]];
				this.code[i] = c[this.code[i]];
				this.period[i] = t[this.period[i]];
			}
			int[] order = sortedOrder();
			Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
			try {
				Files.createDirectories(file.getParent());
				try (DataOutputStream out = new DataOutputStream(
						new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
					out.writeInt(MAGIC);
					out.writeUTF(sourceFile);
					writeStrings(out, this.reporters.sorted(Comparator.naturalOrder()));
					writeStrings(out, this.partners.sorted(Comparator.naturalOrder()));
					writeStrings(out, this.codes.sorted(Comparator.naturalOrder()));
					writeStrings(out, this.periods.sorted(Comparator.naturalOrder()).stream().map(Period::code).toList());
					writeStrings(out, this.vintages.values);
					out.writeInt(this.size);
					ByteBuffer records = ByteBuffer.allocate(RECORD * Math.min(this.size, 1 << 15));
					for (int k = 0; k < this.size; k++) {
						int i = order[k];
						records.putInt(this.reporter[i])
							.putInt(this.partner[i])
							.put(this.flow[i])
							.putInt(this.code[i])
							.putInt(this.period[i])
							.putLong(this.unscaled[i])
							.put(this.scale[i])
							.putLong(this.line[i])
							.putInt(this.vintage[i]);
						if (!records.hasRemaining()) {
							out.write(records.array(), 0, records.position());
							records.clear();
						}
					}
					out.write(records.array(), 0, records.position());
				}
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot write " + file, ex);
			}
		}

		/**
		 * Row indexes in key order, equal keys in line (= insertion) order. The key and the row index
		 * are packed into one long and sorted as primitives when they fit in 63 bits, as they do for
		 * any realistic feed; otherwise a comparator sort does the same, more slowly.
		 */
		private int[] sortedOrder() {
			int[] bits = { bits(this.reporters.size()), bits(this.partners.size()), 1, bits(this.codes.size()),
					bits(this.periods.size()) };
			int keyBits = Arrays.stream(bits).sum();
			int indexBits = bits(this.size);
			int[] order = new int[this.size];
			if (keyBits + indexBits <= 63) {
				long[] packed = new long[this.size];
				for (int i = 0; i < this.size; i++) {
					long key = this.reporter[i];
					key = (key << bits[1]) | this.partner[i];
					key = (key << bits[2]) | this.flow[i];
					key = (key << bits[3]) | this.code[i];
					key = (key << bits[4]) | this.period[i];
					packed[i] = (key << indexBits) | i;
				}
				Arrays.sort(packed);
				long mask = (1L << indexBits) - 1;
				for (int k = 0; k < this.size; k++) {
					order[k] = (int) (packed[k] & mask);
				}
				return order;
			}
			Integer[] boxed = new Integer[this.size];
			for (int i = 0; i < this.size; i++) {
				boxed[i] = i;
			}
			Arrays.sort(boxed, Comparator.<Integer>comparingInt(i -> this.reporter[i])
				.thenComparingInt(i -> this.partner[i])
				.thenComparingInt(i -> this.flow[i])
				.thenComparingInt(i -> this.code[i])
				.thenComparingInt(i -> this.period[i])
				.thenComparingInt(i -> i));
			for (int k = 0; k < this.size; k++) {
				order[k] = boxed[k];
			}
			return order;
		}

		private static int bits(int distinct) {
			return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, distinct - 1)));
		}

		private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
			out.writeInt(values.size());
			for (String v : values) {
				out.writeUTF(v);
			}
		}

	}

	/** Reads a run file record by record, in the order it was written. */
	public static final class Reader implements Closeable {

		private final DataInputStream in;

		final String sourceFile;

		final String[] reporters;

		final String[] partners;

		final String[] codes;

		final Period[] periods;

		final String[] vintages;

		private int remaining;

		private final ByteBuffer buffer = ByteBuffer.allocate(RECORD * 2048).flip();

		int reporter;

		int partner;

		int flow;

		int code;

		int period;

		long unscaled;

		int scale;

		long line;

		int vintage;

		public Reader(Path file) {
			try {
				this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
				if (this.in.readInt() != MAGIC) {
					this.in.close();
					throw new IllegalStateException(file + " is not a trade run file of this version");
				}
				this.sourceFile = this.in.readUTF();
				this.reporters = readStrings(this.in);
				this.partners = readStrings(this.in);
				this.codes = readStrings(this.in);
				this.periods = Arrays.stream(readStrings(this.in)).map(Period::parse).toArray(Period[]::new);
				this.vintages = readStrings(this.in);
				this.remaining = this.in.readInt();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read " + file, ex);
			}
		}

		/** Advances to the next record; {@code false} at the end. */
		boolean next() {
			if (this.remaining == 0) {
				return false;
			}
			this.remaining--;
			ByteBuffer b = this.buffer;
			if (b.remaining() < RECORD) {
				fill();
			}
			this.reporter = b.getInt();
			this.partner = b.getInt();
			this.flow = b.get();
			this.code = b.getInt();
			this.period = b.getInt();
			this.unscaled = b.getLong();
			this.scale = b.get();
			this.line = b.getLong();
			this.vintage = b.getInt();
			return true;
		}

		/** Reads the next block of whole records (the writer wrote exactly the announced count). */
		private void fill() {
			this.buffer.compact();
			try {
				int want = (int) Math.min((long) this.buffer.capacity(), (long) (this.remaining + 1) * RECORD);
				while (this.buffer.position() < want) {
					int n = this.in.read(this.buffer.array(), this.buffer.position(), want - this.buffer.position());
					if (n < 0) {
						throw new UncheckedIOException(new java.io.EOFException("truncated trade run of " + this.sourceFile));
					}
					this.buffer.position(this.buffer.position() + n);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read the trade run of " + this.sourceFile, ex);
			}
			this.buffer.flip();
		}

		@Override
		public void close() {
			try {
				this.in.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static String[] readStrings(DataInputStream in) throws IOException {
			String[] values = new String[in.readInt()];
			for (int i = 0; i < values.length; i++) {
				values[i] = in.readUTF();
			}
			return values;
		}

	}

	/** Values numbered in first-seen order. */
	private static final class Dictionary<K> {

		private final Map<K, Integer> ids = new HashMap<>();

		private final List<K> values = new ArrayList<>();

		private K last;

		private int lastId;

		int id(K value) {
			// neighbouring rows mostly share their reporter, period, partner: skip the hashing then
			if (value.equals(this.last)) {
				return this.lastId;
			}
			Integer id = this.ids.get(value);
			if (id == null) {
				id = this.values.size();
				this.ids.put(value, id);
				this.values.add(value);
			}
			this.last = value;
			this.lastId = id;
			return id;
		}

		int size() {
			return this.values.size();
		}

		List<K> sorted(Comparator<? super K> order) {
			List<K> sorted = new ArrayList<>(this.values);
			sorted.sort(order);
			return sorted;
		}

		/** For each id, its position in sorted order. */
		int[] ranks(Comparator<? super K> order) {
			List<K> sorted = sorted(order);
			int[] ranks = new int[this.values.size()];
			for (int rank = 0; rank < sorted.size(); rank++) {
				ranks[this.ids.get(sorted.get(rank))] = rank;
			}
			return ranks;
		}

	}

}
