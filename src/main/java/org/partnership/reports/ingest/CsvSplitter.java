package org.partnership.reports.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a checked CSV file into slices of about {@code targetBytes} that begin and end on record
 * boundaries, so each slice can be parsed by its own reader. One pass over the bytes follows the
 * same quoting rules as the parser (a quote opens a quoted field only at the start of a field; a
 * doubled quote inside stays inside), so a line break inside a quoted field is never taken for the
 * end of a record.
 * <p>
 * Only UTF-8 files with LF or CRLF line ends are cut; anything else (UTF-16, bare CR line ends)
 * stays one slice, read exactly as a single reader would.
 */
public final class CsvSplitter {

	private static final int FIELD_START = 0;

	private static final int UNQUOTED = 1;

	private static final int QUOTED = 2;

	private static final int QUOTE_IN_QUOTED = 3;

	private CsvSplitter() {
	}

	static long size(CsvInput input) {
		try {
			return Files.size(input.path());
		}
		catch (IOException ex) {
			throw new InputFileException(input.path(), "cannot read: " + ex.getMessage(), ex);
		}
	}

	/** A file not in UTF-8 (its bytes cannot be cut anywhere) or too small to be worth cutting is one slice. */
	static boolean keptWhole(CsvInput input, long size, long targetBytes) {
		return !StandardCharsets.UTF_8.equals(input.charset()) || size - input.bomLength() <= targetBytes * 3 / 2;
	}

	public static List<CsvSlice> split(CsvInput input, long targetBytes) {
		long size = size(input);
		CsvSlice whole = new CsvSlice(0, input.bomLength(), size, 1);
		if (keptWhole(input, size, targetBytes)) {
			return List.of(whole);
		}
		try (InputStream in = Files.newInputStream(input.path())) {
			in.skipNBytes(input.bomLength());
			List<CsvSlice> cuts = scan(in, input.bomLength(), size, (byte) input.separator(), targetBytes);
			return cuts == null ? List.of(whole) : cuts;
		}
		catch (IOException ex) {
			throw new InputFileException(input.path(), "cannot read: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The slices, or {@code null} when the file has bare CR line ends. Eight bytes at a time where they hold
	 * none of the bytes that change the quoting state or count a line (in a quoted field: quote, LF, CR;
	 * elsewhere also the separator): such a run only moves an unquoted field on, or keeps a quoted one.
	 */
	private static List<CsvSlice> scan(InputStream in, long start, long size, byte separator, long targetBytes)
			throws IOException {
		List<CsvSlice> slices = new ArrayList<>();
		byte[] buffer = new byte[1 << 20];
		long separators = broadcast(separator);
		int state = FIELD_START;
		long sliceStart = start;
		long sliceFirstLine = 1;
		long line = 1;
		long base = start; // file position of buffer[0]
		boolean pendingCr = false;
		int n;
		while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
			int i = 0;
			while (i < n) {
				if (i + Long.BYTES <= n && !pendingCr) {
					long word = (long) LONGS.get(buffer, i);
					long specials = matches(word, QUOTES) | matches(word, LFS) | matches(word, CRS);
					if (state != QUOTED) {
						specials |= matches(word, separators);
					}
					if (specials == 0) {
						if (state != QUOTED) {
							state = UNQUOTED;
						}
						i += Long.BYTES;
						continue;
					}
				}
				byte b = buffer[i];
				long position = base + i;
				i++;
				if (pendingCr && b != '\n') {
					return null;
				}
				pendingCr = false;
				if (b == '\n') {
					line++;
					if (state != QUOTED) {
						state = FIELD_START;
						if (position + 1 - sliceStart >= targetBytes && size - (position + 1) > targetBytes / 2) {
							slices.add(new CsvSlice(slices.size(), sliceStart, position + 1, sliceFirstLine));
							sliceStart = position + 1;
							sliceFirstLine = line;
						}
					}
					continue;
				}
				if (b == '\r') {
					pendingCr = true;
					continue;
				}
				state = switch (state) {
					case FIELD_START -> b == '"' ? QUOTED : (b == separator ? FIELD_START : UNQUOTED);
					case UNQUOTED -> b == separator ? FIELD_START : UNQUOTED;
					case QUOTED -> b == '"' ? QUOTE_IN_QUOTED : QUOTED;
					default -> b == '"' ? QUOTED : (b == separator ? FIELD_START : UNQUOTED);
				};
			}
			base += n;
		}
		slices.add(new CsvSlice(slices.size(), sliceStart, size, sliceFirstLine));
		return slices;
	}

	private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles
		.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

	private static final long QUOTES = broadcast((byte) '"');

	private static final long LFS = broadcast((byte) '\n');

	private static final long CRS = broadcast((byte) '\r');

	private static final long ONES = 0x0101010101010101L;

	private static final long HIGHS = 0x8080808080808080L;

	private static long broadcast(byte b) {
		return (b & 0xFFL) * ONES;
	}

	/** Non-zero when a byte of {@code word} equals the byte broadcast in {@code pattern} (no false negatives). */
	private static long matches(long word, long pattern) {
		long x = word ^ pattern;
		return (x - ONES) & ~x & HIGHS;
	}

}
