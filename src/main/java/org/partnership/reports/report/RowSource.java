package org.partnership.reports.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.partnership.reports.run.Handoff;

/**
 * Rows of the report model that are not held in memory: every {@link #forEach} reads them again, in
 * the same order, from where they are kept (the staging database in a run, a list in tests). A run
 * with 500k articles quotes some 3M figures; the workbook streams them with memory for one article.
 */
@FunctionalInterface
public interface RowSource<T> {

	/** Hands every row to {@code action}, in order. */
	void forEach(Consumer<? super T> action);

	static <T> RowSource<T> of(List<T> rows) {
		List<T> copy = List.copyOf(rows);
		return copy::forEach;
	}

	/**
	 * The same rows in the same order, read on a thread of their own (named {@code thread}) while {@code action}
	 * runs on the caller's ({@link Handoff}): reading a row (decoding an article's facts, reconciling its figures)
	 * costs about as much as writing it into a sheet.
	 */
	default RowSource<T> readAhead(String thread) {
		return action -> {
			try {
				Handoff.run(thread, this::forEach, action);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
	}

	/** All rows at once: for tests and small feeds only. */
	default List<T> toList() {
		List<T> all = new ArrayList<>();
		forEach(all::add);
		return all;
	}

}
