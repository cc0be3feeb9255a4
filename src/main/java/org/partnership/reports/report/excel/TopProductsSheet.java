package org.partnership.reports.report.excel;

import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;

import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.excel.Layout.Column;
import org.partnership.reports.report.excel.Styles.Kind;

/**
 * The top products of every pair, flow and period at the finest level the feed carries (HS6 when the
 * feed has it): rank, code, level, name, value, share of the flow, YoY and contribution to the flow's
 * growth. Pairs whose top products cannot be computed exactly (groups rolled up from member rows) are
 * named below the table, never shown with partial figures.
 */
final class TopProductsSheet {

	static final List<Column> COLUMNS = List.of(Column.category("Pair", 11), Column.category("Period", 10),
			Column.category("Flow", 9), Column.number("Rank", 6), new Column("Code", 10), Column.category("Level", 8),
			new Column("Product", 60), Column.number("Value (USD)", 16), Column.number("Share of flow", 10),
			Column.number("YoY", 10), Column.number("Contribution (pp)", 14));

	private final Cells cells;

	TopProductsSheet(Cells cells) {
		this.cells = cells;
	}

	/**
	 * Writes the header and layout into {@code sheet}, the product rows and, after a blank row, the notes into
	 * {@code rows} ({@link ListRows}).
	 */
	void write(Sheet sheet, ListRows rows, List<PairReport> pairs) throws IOException {
		Layout.listSheet(sheet, this.cells, 0, COLUMNS);
		int r = new ProductTable(true, Kind.USD).write(rows, pairs, PairReport::topProducts);
		Layout.filter(sheet, 0, r - 1, COLUMNS.size());
		rows.skip();
		for (PairReport pair : pairs) {
			if (!pair.topProductsNote().isEmpty()) {
				XmlCells note = rows.next();
				if (note != null) {
					note.text(0, pair.topProductsNote(), Kind.NOTE, false);
				}
			}
		}
		rows.finish("rows", "");
	}

}
