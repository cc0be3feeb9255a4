package org.partnership.reports.report.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.partnership.reports.report.ReconciliationRow;
import org.partnership.reports.report.RowSource;
import org.partnership.reports.report.ReconciliationRow.Verdict;
import org.partnership.reports.report.excel.Layout.Column;
import org.partnership.reports.report.excel.Styles.Kind;

/** Figures quoted in articles against the computed indicators; disagreements are filled red. */
final class ReconciliationSheet {

	static final List<Column> COLUMNS = List.of(new Column("Article ID", 16), new Column("Published", 11),
			new Column("Source", 16), new Column("Title", 40), new Column("Metric", 14), new Column("Kind", 10),
			new Column("Period", 10), new Column("Scope", 12), Column.number("Quoted", 18), new Column("Unit", 7),
			Column.number("Computed", 18), Column.number("Difference", 11), new Column("Verdict", 16), new Column("Note", 40));

	private final Cells cells;

	ReconciliationSheet(Cells cells) {
		this.cells = cells;
	}

	void write(Sheet sheet, RowSource<ReconciliationRow> rows) {
		Layout.listSheet(sheet, this.cells, 0, COLUMNS);
		int[] next = { 1 };
		rows.forEach(rec -> {
			Row row = sheet.createRow(next[0]++);
			boolean flag = rec.verdict() == Verdict.DISAGREES;
			Kind amount = Units.kind(rec.unit());
			this.cells.text(row, 0, rec.articleId(), Kind.TEXT, flag);
			this.cells.date(row, 1, rec.published(), flag);
			this.cells.text(row, 2, rec.source(), Kind.TEXT, flag);
			this.cells.text(row, 3, rec.title(), Kind.TEXT, flag);
			this.cells.text(row, 4, rec.metric(), Kind.TEXT, flag);
			this.cells.text(row, 5, rec.kind(), Kind.TEXT, flag);
			this.cells.text(row, 6, rec.periodCode(), Kind.TEXT, flag);
			this.cells.text(row, 7, rec.scope(), Kind.TEXT, flag);
			this.cells.number(row, 8, Units.value(rec.unit(), rec.quoted()), amount, flag);
			this.cells.text(row, 9, rec.unit(), Kind.TEXT, flag);
			this.cells.number(row, 10, Units.value(rec.unit(), rec.computed()), amount, flag);
			this.cells.percent(row, 11, rec.diffPct(), Kind.PERCENT_CHANGE, flag);
			this.cells.text(row, 12, (rec.verdict() != null) ? rec.verdict().name() : null, Kind.TEXT, flag);
			this.cells.text(row, 13, rec.note(), Kind.TEXT, flag);
		});
		Layout.filter(sheet, 0, next[0] - 1, COLUMNS.size());
	}

}
