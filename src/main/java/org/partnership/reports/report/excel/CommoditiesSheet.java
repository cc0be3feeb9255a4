package org.partnership.reports.report.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.ProductRow;
import org.partnership.reports.report.excel.Layout.Column;
import org.partnership.reports.report.excel.Styles.Kind;

/** Commodity rows of every pair: value, share of the flow, YoY and contribution to the flow's growth. */
final class CommoditiesSheet {

	static final List<Column> COLUMNS = List.of(new Column("Pair", 11), new Column("Period", 10),
			new Column("Flow", 9), Column.number("Rank", 6), new Column("HS code", 9), new Column("Product", 50),
			Column.number("Value (USD)", 14), Column.number("Share of flow", 10), Column.number("YoY", 10),
			Column.number("Contribution (pp)", 14));

	private final Cells cells;

	CommoditiesSheet(Cells cells) {
		this.cells = cells;
	}

	void write(Sheet sheet, List<PairReport> pairs) {
		Layout.listSheet(sheet, this.cells, 0, COLUMNS);
		int r = 1;
		for (PairReport pair : pairs) {
			for (ProductRow product : pair.products()) {
				Row row = sheet.createRow(r++);
				this.cells.text(row, 0, pair.key());
				this.cells.text(row, 1, product.period().code());
				this.cells.text(row, 2, product.flow());
				this.cells.number(row, 3, (long) product.rank(), Kind.INTEGER);
				this.cells.text(row, 4, product.code(), Kind.CENTERED);
				this.cells.text(row, 5, product.name());
				this.cells.number(row, 6, product.value(), Kind.USD_MILLIONS_1);
				this.cells.percent(row, 7, product.sharePct(), Kind.PERCENT);
				this.cells.percent(row, 8, product.yoyPct(), Kind.PERCENT_CHANGE);
				this.cells.number(row, 9, product.contributionPp(), Kind.POINTS);
			}
		}
		Layout.filter(sheet, 0, r - 1, COLUMNS.size());
	}

}
