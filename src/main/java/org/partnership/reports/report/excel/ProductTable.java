package org.partnership.reports.report.excel;

import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.ProductRow;
import org.partnership.reports.report.excel.Styles.Kind;

/**
 * The product rows the Commodities (HS chapters) and Top products (finest level) sheets share: pair,
 * period, flow, rank, code, [level,] name, value, share of the flow, YoY and contribution to growth.
 */
final class ProductTable {

	private final Cells cells;

	/** Whether a Level column (HS2, HS4, HS6…) follows the code. */
	private final boolean level;

	private final Kind value;

	ProductTable(Cells cells, boolean level, Kind value) {
		this.cells = cells;
		this.level = level;
		this.value = value;
	}

	/** Writes the rows of every pair from row 1 on, under the header; returns the next free row. */
	int write(Sheet sheet, List<PairReport> pairs, Function<PairReport, List<ProductRow>> products) {
		int r = 1;
		int c = this.level ? 6 : 5;
		for (PairReport pair : pairs) {
			for (ProductRow product : products.apply(pair)) {
				Row row = sheet.createRow(r++);
				this.cells.text(row, 0, pair.key());
				this.cells.text(row, 1, product.period().code());
				this.cells.text(row, 2, product.flow());
				this.cells.number(row, 3, (long) product.rank(), Kind.INTEGER);
				this.cells.text(row, 4, product.code(), Kind.CENTERED);
				if (this.level) {
					this.cells.text(row, 5, level(product.code()), Kind.CENTERED);
				}
				this.cells.text(row, c, product.name());
				this.cells.number(row, c + 1, product.value(), this.value);
				this.cells.percent(row, c + 2, product.sharePct(), Kind.PERCENT);
				this.cells.percent(row, c + 3, product.yoyPct(), Kind.PERCENT_CHANGE);
				this.cells.number(row, c + 4, product.contributionPp(), Kind.POINTS);
			}
		}
		return r;
	}

	/** HS2, HS4, HS6 for the harmonised levels; national extensions (CN8, 10-digit) by their digits. */
	static String level(String code) {
		return code.length() <= 6 ? "HS" + code.length() : code.length() + "-digit";
	}

}
