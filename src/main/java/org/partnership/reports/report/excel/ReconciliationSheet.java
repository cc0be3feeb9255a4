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

	private final int maxRows;

	ReconciliationSheet(Cells cells) {
		this(cells, RowLimit.EXCEL_ROWS);
	}

	ReconciliationSheet(Cells cells, int maxRows) {
		this.cells = cells;
		this.maxRows = maxRows;
	}

	void write(Sheet sheet, RowSource<ReconciliationRow> rows) {
		Layout.listSheet(sheet, this.cells, 0, COLUMNS);
		RowLimit limit = new RowLimit(sheet, 1, this.maxRows);
		long[] disagreeing = { 0 };
		rows.forEach(rec -> {
			boolean flag = rec.verdict() == Verdict.DISAGREES;
			Row row = limit.next();
			if (row == null) {
				disagreeing[0] += flag ? 1 : 0;
				return;
			}
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
		Layout.filter(sheet, 0, limit.end() - 1, COLUMNS.size());
		limit.close(this.cells, "quoted figures",
				String.format(java.util.Locale.ROOT, "%,d of them disagree with the data; the briefings count them all",
						disagreeing[0]));
	}

}
