package org.partnership.reports.report.excel;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * The texts of category columns (a metric, a verdict, an outlet, a note) in the workbook's shared-strings table,
 * as Excel itself stores text: a cell then holds the text's index instead of the text. A reconciliation row's
 * eight category cells came to a quarter of its bytes written inline, and the workbook deflates every byte.
 * POI's table is asked once per distinct text (it keys each by its XML, a costly call); at most
 * {@value #MAX_TEXTS} texts are added, so a column that turns out to hold free text goes on inline. One thread,
 * in the order the cells are written: the same workbook always gets the same indexes.
 */
final class SharedTexts {

	/** Distinct texts this adds at most: POI holds the table in memory. */
	static final int MAX_TEXTS = 50_000;

	private final SharedStringsTable table;

	private final Map<String, Integer> indexes = new HashMap<>();

	private final int maxTexts;

	/** Cells that refer to a text of this: POI counts only the texts added, once each. */
	private long references;

	SharedTexts(SharedStringsTable table) {
		this(table, MAX_TEXTS);
	}

	/** With another limit, for tests. */
	SharedTexts(SharedStringsTable table, int maxTexts) {
		this.table = table;
		this.maxTexts = maxTexts;
	}

	/** The index of {@code text} (not empty) in the table, added if new; -1 once the table is full. */
	int index(String text) {
		Integer index = this.indexes.get(text);
		if (index != null) {
			this.references++;
			return index;
		}
		if (this.indexes.size() >= this.maxTexts) {
			return -1;
		}
		int added = this.table.addSharedStringItem(new XSSFRichTextString(text));
		this.indexes.put(text, added);
		this.references++;
		return added;
	}

	/**
	 * References to texts of this that POI's table did not count: it counts one per text added, and the table's
	 * {@code count} attribute is meant to be every cell that refers to a text ({@link Repackager} corrects it).
	 */
	long uncounted() {
		return this.references - this.indexes.size();
	}

}
