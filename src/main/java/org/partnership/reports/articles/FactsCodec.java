package org.partnership.reports.articles;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The staged form of {@link StoredFacts}: a compact binary record instead of JSON. Every report pass reads
 * the facts of every article back (500k articles, up to six passes), and decoding JSON was a quarter of
 * those passes; this format reads with no parsing beyond lengths. Strings are UTF-8 with a varint length,
 * {@code null} as length 0 (a present value's length is stored plus one); decimals as unscaled bytes and scale.
 */
final class FactsCodec {

	/** First byte of every record, so that a later layout can tell records of this one apart. */
	private static final int VERSION = 1;

	private FactsCodec() {
	}

	static byte[] encode(StoredFacts facts) {
		Out out = new Out();
		out.write(VERSION);
		out.list(facts.topics(), out::string);
		out.list(facts.actors(), a -> {
			out.string(a.code());
			out.string(a.name());
			out.string(a.kind());
			out.string(a.role());
			out.string(a.country());
		});
		out.list(facts.events(), e -> {
			out.string(e.type());
			out.string(e.cameo());
			out.varint(e.date() == null ? 0 : zigzag(e.date().toEpochDay()) + 1);
			out.write(e.dateFromText() ? 1 : 0);
			out.list(e.participants(), out::string);
			out.string(e.location());
			out.string(e.evidence());
		});
		out.list(facts.figures(), f -> {
			out.string(f.metric());
			out.string(f.kind());
			out.decimal(f.value());
			out.string(f.currency());
			out.decimal(f.changePct());
			out.string(f.period());
			out.string(f.periodStart());
			out.write(f.cumulative() ? 1 : 0);
			out.string(f.scope());
			out.string(f.text());
		});
		return out.toByteArray();
	}

	/** Which facts a pass reads: the others are skipped over without being made into objects. */
	enum Part {

		ALL,

		/** Topics, actors and events: the quoted figures are the last and largest part, and the counts never read them. */
		WITHOUT_FIGURES,

		/**
		 * The quoted figures without the text each came from: all that reconciling them reads. Events carry a
		 * sentence of evidence each, and skipping them and the texts halves the cost of a reconciliation pass.
		 */
		FIGURES_ONLY

	}

	static StoredFacts decode(byte[] bytes) {
		return decode(bytes, Part.ALL);
	}

	static StoredFacts decode(byte[] bytes, Part part) {
		if (bytes == null) {
			return StoredFacts.NONE;
		}
		In in = new In(bytes);
		int version = in.bytes[in.at++];
		if (version != VERSION) {
			throw new IllegalStateException("staged facts of an unknown layout (version " + version + ")");
		}
		if (part == Part.FIGURES_ONLY) {
			in.skipList(In::skipString);
			in.skipList(i -> i.skipStrings(5));
			in.skipList(i -> {
				i.skipStrings(2);
				i.varint();
				i.at++;
				i.skipList(In::skipString);
				i.skipStrings(2);
			});
			List<StoredFacts.Figure> quoted = in.list(i -> {
				StoredFacts.Figure f = new StoredFacts.Figure(i.string(), i.string(), i.decimal(), i.string(),
						i.decimal(), i.string(), i.string(), i.bytes[i.at++] == 1, i.string(), null);
				i.skipString();
				return f;
			});
			return new StoredFacts(List.of(), List.of(), List.of(), quoted);
		}
		List<String> topics = in.list(i -> i.string());
		List<StoredFacts.Actor> actors = in.list(
				i -> new StoredFacts.Actor(i.string(), i.string(), i.string(), i.string(), i.string()));
		List<StoredFacts.Event> events = in.list(i -> {
			String type = i.string();
			String cameo = i.string();
			long day = i.varint();
			LocalDate date = day == 0 ? null : LocalDate.ofEpochDay(unzigzag(day - 1));
			boolean fromText = i.bytes[i.at++] == 1;
			return new StoredFacts.Event(type, cameo, date, fromText, i.list(In::string), i.string(), i.string());
		});
		if (part == Part.WITHOUT_FIGURES) {
			return new StoredFacts(topics, actors, events, List.of());
		}
		List<StoredFacts.Figure> quoted = in.list(i -> new StoredFacts.Figure(i.string(), i.string(), i.decimal(),
				i.string(), i.decimal(), i.string(), i.string(), i.bytes[i.at++] == 1, i.string(), i.string()));
		return new StoredFacts(topics, actors, events, quoted);
	}

	/** Signed to unsigned with small magnitudes staying small: 0, -1, 1, -2 … → 0, 1, 2, 3 … */
	private static long zigzag(long v) {
		return (v << 1) ^ (v >> 63);
	}

	private static long unzigzag(long v) {
		return (v >>> 1) ^ -(v & 1);
	}

	/**
	 * A growing byte array: {@code ByteArrayOutputStream} synchronises every byte it is given, and the varints and
	 * flags of 500k articles' facts are written a byte at a time.
	 */
	private static final class Out {

		private byte[] bytes = new byte[256];

		private int size;

		<T> void list(List<T> values, Consumer<T> each) {
			varint(values.size());
			values.forEach(each);
		}

		void string(String s) {
			if (s == null) {
				varint(0);
				return;
			}
			byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
			varint(utf8.length + 1L);
			write(utf8);
		}

		void decimal(BigDecimal d) {
			if (d == null) {
				varint(0);
				return;
			}
			byte[] unscaled = d.unscaledValue().toByteArray();
			varint(unscaled.length + 1L);
			write(unscaled);
			varint(zigzag(d.scale()));
		}

		/** Unsigned LEB128: seven bits a byte, high bit set while more follow. */
		void varint(long v) {
			while ((v & ~0x7FL) != 0) {
				write((int) ((v & 0x7F) | 0x80));
				v >>>= 7;
			}
			write((int) v);
		}

		void write(int b) {
			if (this.size == this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, this.size * 2);
			}
			this.bytes[this.size++] = (byte) b;
		}

		void write(byte[] b) {
			if (this.size + b.length > this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, Math.max(this.size * 2, this.size + b.length));
			}
			System.arraycopy(b, 0, this.bytes, this.size, b.length);
			this.size += b.length;
		}

		byte[] toByteArray() {
			return Arrays.copyOf(this.bytes, this.size);
		}

	}

	private static final class In {

		private final byte[] bytes;

		private int at;

		In(byte[] bytes) {
			this.bytes = bytes;
		}

		<T> List<T> list(Function<In, T> each) {
			int n = (int) varint();
			if (n == 0) {
				return List.of();
			}
			List<T> values = new ArrayList<>(n);
			for (int k = 0; k < n; k++) {
				values.add(each.apply(this));
			}
			return values;
		}

		void skipList(Consumer<In> each) {
			for (int n = (int) varint(); n > 0; n--) {
				each.accept(this);
			}
		}

		void skipString() {
			int n = (int) varint() - 1; // read first: "at += varint()" would add to the position before it
			this.at += Math.max(0, n);
		}

		void skipStrings(int count) {
			for (int k = 0; k < count; k++) {
				skipString();
			}
		}

		String string() {
			int n = (int) varint() - 1;
			if (n < 0) {
				return null;
			}
			String s = new String(this.bytes, this.at, n, StandardCharsets.UTF_8);
			this.at += n;
			return s;
		}

		BigDecimal decimal() {
			int n = (int) varint() - 1;
			if (n < 0) {
				return null;
			}
			BigInteger unscaled = new BigInteger(this.bytes, this.at, n);
			this.at += n;
			return new BigDecimal(unscaled, (int) unzigzag(varint()));
		}

		long varint() {
			long v = 0;
			for (int shift = 0;; shift += 7) {
				byte b = this.bytes[this.at++];
				v |= (long) (b & 0x7F) << shift;
				if (b >= 0) {
					return v;
				}
			}
		}

	}

}
