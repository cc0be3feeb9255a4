package org.partnership.reports.report.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.ProductRow;
import org.partnership.reports.report.excel.Layout.Column;
import org.partnership.reports.report.excel.Styles.Kind;

/**
 * The top products of every pair, flow and period at the finest level the feed carries (HS6 when the
 * feed has it): rank, code, level, name, value, share of the flow, YoY and contribution to the flow's
 * growth. Pairs whose top products cannot be computed exactly (groups rolled up from member rows) are
 * named below the table, never shown with partial figures.
 */
final class TopProductsSheet {

	static final List<Column> COLUMNS = List.of(new Column("Pair", 11), new Column("Period", 10),
			new Column("Flow", 9), Column.number("Rank", 6), new Column("Code", 10), new Column("Level", 8),
			new Column("Product", 60), Column.number("Value (USD)", 16), Column.number("Share of flow", 10),
			Column.number("YoY", 10), Column.number("Contribution (pp)", 14));

	private final Cells cells;

	TopProductsSheet(Cells cells) {
		this.cells = cells;
	}

	void write(Sheet sheet, List<PairReport> pairs) {
		Layout.listSheet(sheet, this.cells, 0, COLUMNS);
		int r = 1;
		for (PairReport pair : pairs) {
			for (ProductRow product : pair.topProducts()) {
				Row row = sheet.createRow(r++);
				this.cells.text(row, 0, pair.key());
				this.cells.text(row, 1, product.period().code());
				this.cells.text(row, 2, product.flow());
				this.cells.number(row, 3, (long) product.rank(), Kind.INTEGER);
				this.cells.text(row, 4, product.code(), Kind.CENTERED);
				this.cells.text(row, 5, level(product.code()), Kind.CENTERED);
				this.cells.text(row, 6, product.name());
				this.cells.number(row, 7, product.value(), Kind.USD);
				this.cells.percent(row, 8, product.sharePct(), Kind.PERCENT);
				this.cells.percent(row, 9, product.yoyPct(), Kind.PERCENT_CHANGE);
				this.cells.number(row, 10, product.contributionPp(), Kind.POINTS);
			}
		}
		Layout.filter(sheet, 0, r - 1, COLUMNS.size());
		int notes = r + 1;
		for (PairReport pair : pairs) {
			if (!pair.topProductsNote().isEmpty()) {
				this.cells.text(sheet.createRow(notes++), 0, pair.topProductsNote(), Kind.NOTE);
			}
		}
	}

	/** HS2, HS4, HS6 for the harmonised levels; national extensions (CN8, 10-digit) by their digits. */
	static String level(String code) {
		return code.length() <= 6 ? "HS" + code.length() : code.length() + "-digit";
	}

}
