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

		/**
		 * Per row, side by side: the unscaled value, then the line shifted left by 8 with the scale in
		 * the low byte. Writing in key order reads rows in an order unrelated to the input's, so what is
		 * not part of the key sits in one place per row: one cache miss instead of four.
		 */
		private long[] payload = new long[2048];

		private int size;

		public Writer() {
			this.vintages.id(""); // 0: no vintage
		}

		public void add(TradeRow row, long lineNumber) {
			// parsers round to cents and refuse more than 16 integer digits, so the unscaled value fits
			add(reporterId(row.reporter()), partnerId(row.partner()), row.flow().ordinal(), codeId(row.commodity()),
					periodId(row.period()), row.valueUsd().unscaledValue().longValueExact(), row.valueUsd().scale(),
					lineNumber, vintageId(row.vintage()));
		}

		/** A row by the ids of its codes in this run (see {@link #reporterId} and the like). */
		void add(int reporterId, int partnerId, int flowOrdinal, int codeId, int periodId, long unscaledValue,
				int valueScale, long lineNumber, int vintageId) {
			if (this.size == this.flow.length) {
				grow();
			}
			int i = this.size++;
			this.reporter[i] = reporterId;
			this.partner[i] = partnerId;
			this.code[i] = codeId;
			this.period[i] = periodId;
			this.vintage[i] = vintageId;
			this.flow[i] = (byte) flowOrdinal;
			this.payload[2 * i] = unscaledValue;
			this.payload[2 * i + 1] = (lineNumber << 8) | (valueScale & 0xFF);
		}

		int reporterId(String code) {
			return this.reporters.id(code);
		}

		int partnerId(String code) {
			return this.partners.id(code);
		}

		int codeId(String commodity) {
			return this.codes.id(commodity);
		}

		int periodId(Period p) {
			return this.periods.id(p);
		}

		/** 0 for a row without a vintage. */
		int vintageId(String label) {
			return this.vintages.id(label == null ? "" : label);
		}

		public int size() {
			return this.size;
		}

		private void grow() {
			int n = this.flow.length * 2;
			this.reporter = Arrays.copyOf(this.reporter, n);
			this.partner = Arrays.copyOf(this.partner, n);
			this.code = Arrays.copyOf(this.code, n);
			this.period = Arrays.copyOf(this.period, n);
			this.vintage = Arrays.copyOf(this.vintage, n);
			this.flow = Arrays.copyOf(this.flow, n);
			this.payload = Arrays.copyOf(this.payload, 2 * n);
		}

		/** Sorts the rows and writes them to {@code file} (via a temporary file in the same folder). */
		public void writeTo(Path file, String sourceFile) {
			KeyOrder order = new KeyOrder(this.reporters.ranks(Comparator.naturalOrder()),
					this.partners.ranks(Comparator.naturalOrder()), this.codes.ranks(Comparator.naturalOrder()),
					this.periods.ranks(Comparator.naturalOrder()));
			long[] packed = order.packedSorted();
			int[] indexes = packed == null ? order.sortedIndexes() : null;
			boolean withVintages = this.vintages.size() > 1;
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
					int[] key = new int[5];
					for (int k = 0; k < this.size; k++) {
						int i = packed != null ? order.unpack(packed[k], key) : order.key(indexes[k], key);
						long lineAndScale = this.payload[2 * i + 1];
						records.putInt(key[0])
							.putInt(key[1])
							.put((byte) key[2])
							.putInt(key[3])
							.putInt(key[4])
							.putLong(this.payload[2 * i])
							.put((byte) lineAndScale)
							.putLong(lineAndScale >> 8)
							.putInt(withVintages ? this.vintage[i] : 0);
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
		 * The sort key of the rows (reporter, partner, flow, code, period, by their ranks in sorted
		 * code order), equal keys in line (= insertion) order.
		 */
		private final class KeyOrder {

			private final int[] reporterRank;

			private final int[] partnerRank;

			private final int[] codeRank;

			private final int[] periodRank;

			/** Bits of reporter, partner, flow, code and period in a packed key. */
			private final int[] bits;

			private final int keyBits;

			private final int indexBits;

			KeyOrder(int[] reporterRank, int[] partnerRank, int[] codeRank, int[] periodRank) {
				this.reporterRank = reporterRank;
				this.partnerRank = partnerRank;
				this.codeRank = codeRank;
				this.periodRank = periodRank;
				this.bits = new int[] { bits(reporterRank.length), bits(partnerRank.length), 1, bits(codeRank.length),
						bits(periodRank.length) };
				this.keyBits = Arrays.stream(this.bits).sum();
				this.indexBits = bits(Writer.this.size);
			}

			/**
			 * Key and row index packed into one long each and sorted as primitives, when they fit in 63
			 * bits, as they do for any realistic feed; {@code null} otherwise.
			 */
			long[] packedSorted() {
				if (this.keyBits + this.indexBits > 63) {
					return null;
				}
				int n = Writer.this.size;
				long[] packed = new long[n];
				for (int i = 0; i < n; i++) {
					long key = this.reporterRank[Writer.this.reporter[i]];
					key = (key << this.bits[1]) | this.partnerRank[Writer.this.partner[i]];
					key = (key << this.bits[2]) | Writer.this.flow[i];
					key = (key << this.bits[3]) | this.codeRank[Writer.this.code[i]];
					key = (key << this.bits[4]) | this.periodRank[Writer.this.period[i]];
					packed[i] = (key << this.indexBits) | i;
				}
				RadixSort.sortByHighBits(packed, this.indexBits, this.keyBits);
				return packed;
			}

			/** The row of a packed entry, its key fields into {@code key}. */
			int unpack(long packed, int[] key) {
				long k = packed >>> this.indexBits;
				for (int f = 4; f >= 0; f--) {
					key[f] = (int) (k & ((1L << this.bits[f]) - 1));
					k >>>= this.bits[f];
				}
				return (int) (packed & ((1L << this.indexBits) - 1));
			}

			/** The same order by a comparator, for keys too wide to pack. */
			int[] sortedIndexes() {
				int[] key = new int[5];
				int[] other = new int[5];
				Integer[] boxed = new Integer[Writer.this.size];
				for (int i = 0; i < boxed.length; i++) {
					boxed[i] = i;
				}
				Arrays.sort(boxed, (a, b) -> {
					key(a, key);
					key(b, other);
					int c = Arrays.compare(key, other);
					return c != 0 ? c : Integer.compare(a, b);
				});
				int[] order = new int[boxed.length];
				for (int k = 0; k < order.length; k++) {
					order[k] = boxed[k];
				}
				return order;
			}

			/** Row {@code i}'s key fields into {@code key}; returns {@code i}. */
			int key(int i, int[] key) {
				key[0] = this.reporterRank[Writer.this.reporter[i]];
				key[1] = this.partnerRank[Writer.this.partner[i]];
				key[2] = Writer.this.flow[i];
				key[3] = this.codeRank[Writer.this.code[i]];
				key[4] = this.periodRank[Writer.this.period[i]];
				return i;
			}

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

		private final Path file;

		private final DataInputStream in;

		/** File position of the first record. */
		private final long recordsStart;

		/** Records in the file. */
		private final int size;

		/** For {@link #peek}, opened on first use. */
		private java.nio.channels.FileChannel peeks;

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
			this.file = file;
			try {
				CountingInputStream counted = new CountingInputStream(
						new BufferedInputStream(Files.newInputStream(file), 1 << 16));
				this.in = new DataInputStream(counted);
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
				this.size = this.in.readInt();
				this.remaining = this.size;
				this.recordsStart = counted.count;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read " + file, ex);
			}
		}

		/** Records in the run. */
		int size() {
			return this.size;
		}

		/** Reads only records {@code [from, from + count)}; called before the first {@link #next}. */
		void restrictTo(int from, int count) {
			try {
				this.in.skipNBytes((long) from * RECORD);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read the trade run of " + this.sourceFile, ex);
			}
			this.remaining = count;
		}

		/** The local reporter, partner and flow of record {@code index}, read out of order. */
		void peek(int index, int[] key) {
			ByteBuffer record = ByteBuffer.allocate(9);
			try {
				if (this.peeks == null) {
					this.peeks = java.nio.channels.FileChannel.open(this.file);
				}
				long at = this.recordsStart + (long) index * RECORD;
				while (record.hasRemaining()) {
					if (this.peeks.read(record, at + record.position()) < 0) {
						throw new java.io.EOFException("truncated trade run of " + this.sourceFile);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read the trade run of " + this.sourceFile, ex);
			}
			key[0] = record.getInt(0);
			key[1] = record.getInt(4);
			key[2] = record.get(8);
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
				if (this.peeks != null) {
					this.peeks.close();
				}
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

	/** Counts the bytes read through it: where the header ends and the records begin. */
	private static final class CountingInputStream extends java.io.FilterInputStream {

		long count;

		CountingInputStream(java.io.InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			this.count += skipped;
			return skipped;
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
