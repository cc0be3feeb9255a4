package org.partnership.reports.ingest;

/**
 * Outcome of checking one record: accepted with its value, or rejected with the reason. Both go to
 * the writer, so accepted rows and rejects commit in the same chunk transaction and are counted
 * exactly once, also after a restart.
 */
public sealed interface Parsed<T> {

	record Accepted<T>(long line, T value) implements Parsed<T> {
	}

	record Rejected<T>(Reject reject) implements Parsed<T> {
	}

	static <T> Parsed<T> accepted(long line, T value) {
		return new Accepted<>(line, value);
	}

	static <T> Parsed<T> rejected(Reject reject) {
		return new Rejected<>(reject);
	}

}
