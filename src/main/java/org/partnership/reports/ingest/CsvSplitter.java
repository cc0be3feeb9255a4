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

	public static List<CsvSlice> split(CsvInput input, long targetBytes) {
		long size;
		try {
			size = Files.size(input.path());
		}
		catch (IOException ex) {
			throw new InputFileException(input.path(), "cannot read: " + ex.getMessage(), ex);
		}
		CsvSlice whole = new CsvSlice(0, input.bomLength(), size, 1);
		if (!StandardCharsets.UTF_8.equals(input.charset()) || size - input.bomLength() <= targetBytes * 3 / 2) {
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

	/** The slices, or {@code null} when the file has bare CR line ends. */
	private static List<CsvSlice> scan(InputStream in, long start, long size, byte separator, long targetBytes)
			throws IOException {
		List<CsvSlice> slices = new ArrayList<>();
		byte[] buffer = new byte[1 << 16];
		int state = FIELD_START;
		long sliceStart = start;
		long sliceFirstLine = 1;
		long line = 1;
		long position = start;
		boolean pendingCr = false;
		int n;
		while ((n = in.read(buffer)) > 0) {
			for (int i = 0; i < n; i++, position++) {
				byte b = buffer[i];
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
		}
		slices.add(new CsvSlice(slices.size(), sliceStart, size, sliceFirstLine));
		return slices;
	}

}
