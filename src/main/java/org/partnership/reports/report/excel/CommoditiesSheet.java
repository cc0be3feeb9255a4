package org.partnership.reports.report.excel;

import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;

import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.excel.Layout.Column;
import org.partnership.reports.report.excel.Styles.Kind;

/**
 * Commodity rows of every pair: value, share of the flow, YoY and contribution to the flow's growth. Written as
 * XML bytes ({@link ListRows}): HS chapters × flows × months of 60 pairs are a few hundred thousand rows.
 */
final class CommoditiesSheet {

	static final List<Column> COLUMNS = List.of(Column.category("Pair", 11), Column.category("Period", 10),
			Column.category("Flow", 9), Column.number("Rank", 6), new Column("HS code", 9), new Column("Product", 50),
			Column.number("Value (USD)", 14), Column.number("Share of flow", 10), Column.number("YoY", 10),
			Column.number("Contribution (pp)", 14));

	private final Cells cells;

	CommoditiesSheet(Cells cells) {
		this.cells = cells;
	}

	/** Writes the header and layout into {@code sheet} and the product rows into {@code rows} ({@link ListRows}). */
	void write(Sheet sheet, ListRows rows, List<PairReport> pairs) throws IOException {
		Layout.listSheet(sheet, this.cells, 0, COLUMNS);
		int r = new ProductTable(false, Kind.USD_MILLIONS_1).write(rows, pairs, PairReport::products);
		Layout.filter(sheet, 0, r - 1, COLUMNS.size());
		rows.finish("commodity rows", "");
	}

}
