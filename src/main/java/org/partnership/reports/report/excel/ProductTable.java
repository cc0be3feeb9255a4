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

	/** Whether a Level column (HS2, HS4, HS6…) follows the code. */
	private final boolean level;

	private final Kind value;

	ProductTable(boolean level, Kind value) {
		this.level = level;
		this.value = value;
	}

	/** Writes the rows of every pair into {@code rows}, from row 1 on, under the header; returns the next free row. */
	int write(ListRows rows, List<PairReport> pairs, Function<PairReport, List<ProductRow>> products) {
		int c = this.level ? 6 : 5;
		for (PairReport pair : pairs) {
			for (ProductRow product : products.apply(pair)) {
				XmlCells row = rows.next();
				if (row == null) {
					continue;
				}
				row.text(0, pair.key());
				row.text(1, product.period().code());
				row.text(2, product.flow());
				row.number(3, Double.valueOf(product.rank()), Kind.INTEGER, false);
				row.text(4, product.code(), Kind.CENTERED, false);
				if (this.level) {
					row.text(5, level(product.code()), Kind.CENTERED, false);
				}
				row.text(c, product.name());
				row.number(c + 1, product.value(), this.value, false);
				row.percent(c + 2, product.sharePct(), Kind.PERCENT, false);
				row.percent(c + 3, product.yoyPct(), Kind.PERCENT_CHANGE, false);
				row.number(c + 4, product.contributionPp(), Kind.POINTS, false);
			}
		}
		return rows.end();
	}

	/** HS2, HS4, HS6 for the harmonised levels; national extensions (CN8, 10-digit) by their digits. */
	static String level(String code) {
		return code.length() <= 6 ? "HS" + code.length() : code.length() + "-digit";
	}

}
