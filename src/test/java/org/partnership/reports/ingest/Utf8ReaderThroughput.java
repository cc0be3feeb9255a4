package org.partnership.reports.ingest;

import java.io.InputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of one thread decoding a file with {@link Utf8Reader} (no CSV parsing), after warm-up rounds: the
 * harness that decides changes to the decoder. Prints MB/s per core and a checksum of the characters.
 *
 * <p>Usage: {@code Utf8ReaderThroughput <file> [rounds]}
 */
public final class Utf8ReaderThroughput {

	private Utf8ReaderThroughput() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		long bytes = Files.size(file);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		char[] chars = new char[1 << 14];
		for (int round = 0; round < rounds; round++) {
			long cpu = threads.getCurrentThreadCpuTime();
			long sum = 0;
			try (InputStream in = Files.newInputStream(file); Reader reader = new Utf8Reader(in)) {
				int n;
				while ((n = reader.read(chars, 0, chars.length)) > 0) {
					for (int i = 0; i < n; i += 64) {
						sum += chars[i];
					}
				}
			}
			double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
			System.out.printf("round %d: cpu %.2f s, %.0f MB/s per core (checksum %d)%n", round, seconds,
					bytes / 1e6 / seconds, sum);
		}
	}

}
