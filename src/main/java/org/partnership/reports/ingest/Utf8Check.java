package org.partnership.reports.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whether bytes are well-formed UTF-8, by the rules of the JDK's strict decoder (Unicode's table of
 * well-formed byte sequences: no overlong forms, no surrogates, nothing above U+10FFFF), without decoding
 * them. Every input file is checked whole before the run; decoding 1.7 GB of feeds into characters only to
 * throw them away took longer than hashing them. Runs of ASCII are skipped eight bytes at a time.
 */
final class Utf8Check {

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

	private Utf8Check() {
	}

	/**
	 * Checks {@code bytes[from, to)}. Returns the end of the last complete sequence ({@code to}, or the start of
	 * a sequence cut by {@code to}, to be checked again with the bytes that follow), or {@code -1 - i} when the
	 * sequence at {@code i} is malformed.
	 */
	static int check(byte[] bytes, int from, int to) {
		int i = from;
		while (i < to) {
			if (i + 8 <= to && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
				i += 8;
				continue;
			}
			int b = bytes[i] & 0xFF;
			if (b < 0x80) {
				i++;
				continue;
			}
			int length;
			int min2 = 0x80;
			int max2 = 0xBF;
			if (b >= 0xC2 && b <= 0xDF) {
				length = 2;
			}
			else if (b >= 0xE0 && b <= 0xEF) {
				length = 3;
				if (b == 0xE0) {
					min2 = 0xA0; // overlong
				}
				else if (b == 0xED) {
					max2 = 0x9F; // surrogates
				}
			}
			else if (b >= 0xF0 && b <= 0xF4) {
				length = 4;
				if (b == 0xF0) {
					min2 = 0x90; // overlong
				}
				else if (b == 0xF4) {
					max2 = 0x8F; // above U+10FFFF
				}
			}
			else {
				return -1 - i;
			}
			for (int k = 1; k < length; k++) {
				if (i + k >= to) {
					return i; // cut: decided with the next bytes
				}
				int next = bytes[i + k] & 0xFF;
				if ((k == 1) ? (next < min2 || next > max2) : (next < 0x80 || next > 0xBF)) {
					return -1 - i;
				}
			}
			i += length;
		}
		return to;
	}

}
