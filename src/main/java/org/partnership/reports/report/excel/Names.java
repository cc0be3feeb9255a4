package org.partnership.reports.report.excel;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Hands out sheet and table names that Excel accepts and that are unique in one workbook
 * (both comparisons ignore case, as Excel does).
 */
final class Names {

	static final int MAX_SHEET_NAME = 31;

	private final Set<String> sheets = new HashSet<>();

	private final Set<String> tables = new HashSet<>();

	/** No {@code []:*?/\}, no leading or trailing apostrophe, at most 31 characters, unique. */
	String sheet(String wanted) {
		String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted.strip(),
				'_');
		if ("history".equalsIgnoreCase(base)) {
			base = base + "_"; // reserved by Excel
		}
		return unique(base, MAX_SHEET_NAME, this.sheets, " (%d)");
	}

	/** Letters, digits, underscore and dot, starting with a letter or underscore, unique. */
	String table(String wanted) {
		String cleaned = (wanted == null) ? "" : wanted.replaceAll("[^A-Za-z0-9_.]", "_");
		// a name like "A1" or "R1C1" would read as a cell reference: the prefix prevents it
		String base = "tbl" + cleaned;
		return unique(base, 255, this.tables, "_%d");
	}

	private static String unique(String base, int maxLength, Set<String> taken, String suffixFormat) {
		String name = base.length() > maxLength ? base.substring(0, maxLength) : base;
		for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
			String suffix = String.format(Locale.ROOT, suffixFormat, i);
			name = (base.length() + suffix.length() > maxLength ? base.substring(0, maxLength - suffix.length())
					: base) + suffix;
		}
		return name;
	}

}
