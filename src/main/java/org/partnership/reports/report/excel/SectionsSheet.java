package org.partnership.reports.report.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.SectionRow;
import org.partnership.reports.report.excel.Layout.Column;
import org.partnership.reports.report.excel.Styles.Kind;

/**
 * HS-section rows of every pair: per year and flow the sections in nomenclature order with value,
 * share of the flow, YoY and contribution to the flow's growth, then the flow total, whose
 * contribution is the flow's growth: the contributions above it add up to it.
 */
final class SectionsSheet {

	static final List<Column> COLUMNS = List.of(new Column("Pair", 11), new Column("Period", 10),
			new Column("Flow", 9), new Column("Section", 9), new Column("Chapters", 13),
			new Column("Section name", 56), Column.number("Value (USD)", 14), Column.number("Share of flow", 10),
			Column.number("YoY", 10), Column.number("Contribution (pp)", 14));

	private final Cells cells;

	SectionsSheet(Cells cells) {
		this.cells = cells;
	}

	void write(Sheet sheet, List<PairReport> pairs) {
		Layout.listSheet(sheet, this.cells, 0, COLUMNS);
		int r = 1;
		for (PairReport pair : pairs) {
			for (SectionRow section : pair.sections()) {
				Row row = sheet.createRow(r++);
				this.cells.text(row, 0, pair.key());
				this.cells.text(row, 1, section.period().code());
				this.cells.text(row, 2, section.flow());
				this.cells.text(row, 3, section.code(), Kind.CENTERED);
				this.cells.text(row, 4, section.chapters(), Kind.CENTERED);
				this.cells.text(row, 5, section.name());
				this.cells.number(row, 6, section.value(), Kind.USD_MILLIONS_1);
				this.cells.percent(row, 7, section.sharePct(), Kind.PERCENT);
				this.cells.percent(row, 8, section.yoyPct(), Kind.PERCENT_CHANGE);
				this.cells.number(row, 9, section.contributionPp(), Kind.POINTS);
			}
		}
		Layout.filter(sheet, 0, r - 1, COLUMNS.size());
	}

}
