package org.partnership.reports.report.excel;

/**
 * The CRC-32 of two byte sequences one after the other, from the CRC-32 of each and the length of the second
 * (zlib's {@code crc32_combine}, which {@link java.util.zip.CRC32} does not offer): a zip entry made of parts
 * deflated apart needs the checksum of the whole without reading the parts again.
 */
final class Crc32Combine {

	/** The reversed CRC-32 polynomial. */
	private static final int POLYNOMIAL = 0xEDB88320;

	private Crc32Combine() {
	}

	static long combine(long crc1, long crc2, long length2) {
		if (length2 <= 0) {
			return crc1;
		}
		int[] even = new int[32];
		int[] odd = new int[32];
		// the operator for one zero bit, then for two and four
		odd[0] = POLYNOMIAL;
		for (int n = 1, row = 1; n < 32; n++, row <<= 1) {
			odd[n] = row;
		}
		square(even, odd);
		square(odd, even);
		int crc = (int) crc1;
		long length = length2;
		// apply length2 zero bytes to crc1, one bit of the length at a time
		do {
			square(even, odd);
			if ((length & 1) != 0) {
				crc = times(even, crc);
			}
			length >>>= 1;
			if (length == 0) {
				break;
			}
			square(odd, even);
			if ((length & 1) != 0) {
				crc = times(odd, crc);
			}
			length >>>= 1;
		}
		while (length != 0);
		return (crc ^ (int) crc2) & 0xFFFFFFFFL;
	}

	private static int times(int[] matrix, int vector) {
		int sum = 0;
		for (int i = 0; vector != 0; i++, vector >>>= 1) {
			if ((vector & 1) != 0) {
				sum ^= matrix[i];
			}
		}
		return sum;
	}

	private static void square(int[] square, int[] matrix) {
		for (int n = 0; n < 32; n++) {
			square[n] = times(matrix, matrix[n]);
		}
	}

}
