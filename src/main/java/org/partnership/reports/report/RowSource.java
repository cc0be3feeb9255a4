package org.partnership.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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

	/** All rows at once: for tests and small feeds only. */
	default List<T> toList() {
		List<T> all = new ArrayList<>();
		forEach(all::add);
		return all;
	}

}
