package org.partnership.reports.report.excel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellReference;

/**
 * Puts back the references that sheet XML leaves out: a cell without one is in the column after the row's
 * previous cell (the first in column A), in the row's row. The tests' reading of the format's rule, written
 * apart from the writers: the result must be POI's own bytes.
 */
final class ImpliedReferences {

	private static final Pattern ROW_OR_CELL = Pattern.compile("<row r=\"(\\d+)\"|<c(?: r=\"([A-Z]+)\\d+\")?(?=[ >/])");

	private ImpliedReferences() {
	}

	static String restore(String xml) {
		Matcher m = ROW_OR_CELL.matcher(xml);
		StringBuilder out = new StringBuilder(xml.length() + xml.length() / 4);
		String row = null;
		int next = 0;
		while (m.find()) {
			String replacement = m.group();
			if (m.group(1) != null) {
				row = m.group(1);
				next = 0;
			}
			else if (m.group(2) != null) {
				next = CellReference.convertColStringToIndex(m.group(2)) + 1;
			}
			else {
				replacement = "<c r=\"" + CellReference.convertNumToColString(next++) + row + "\"";
			}
			m.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		m.appendTail(out);
		return out.toString();
	}

}
