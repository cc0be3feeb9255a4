package org.partnership.reports.report.excel;

import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;

import org.partnership.reports.report.ReconciliationRow;
import org.partnership.reports.report.RowSource;
import org.partnership.reports.report.ReconciliationRow.Verdict;
import org.partnership.reports.report.excel.Layout.Column;
import org.partnership.reports.report.excel.Styles.Kind;

/**
 * Figures quoted in articles against the computed indicators; disagreements are filled red. Some 5 rows an
 * article, so the rows are written as XML bytes ({@link ListRows}).
 */
final class ReconciliationSheet {

	static final List<Column> COLUMNS = List.of(new Column("Article ID", 16), new Column("Published", 11),
			Column.category("Source", 16), new Column("Title", 40), Column.category("Metric", 14),
			Column.category("Kind", 10), Column.category("Period", 10), Column.category("Scope", 12),
			Column.number("Quoted", 18), Column.category("Unit", 7), Column.number("Computed", 18),
			Column.number("Difference", 11), Column.category("Verdict", 16), Column.category("Note", 40));

	private final Cells cells;

	ReconciliationSheet(Cells cells) {
		this.cells = cells;
	}

	/** Writes the header and layout into {@code sheet} and one row per figure into {@code rows}, for the {@link Repackager}. */
	void write(Sheet sheet, ListRows rows, RowSource<ReconciliationRow> figures) throws IOException {
		Layout.listSheet(sheet, this.cells, 0, COLUMNS);
		long[] disagreeing = { 0 };
		figures.forEach(rec -> {
			boolean flag = rec.verdict() == Verdict.DISAGREES;
			XmlCells row = rows.next();
			if (row == null) {
				disagreeing[0] += flag ? 1 : 0;
				return;
			}
			Kind amount = Units.kind(rec.unit());
			row.text(0, rec.articleId(), Kind.TEXT, flag);
			row.date(1, rec.published(), flag);
			row.text(2, rec.source(), Kind.TEXT, flag);
			row.text(3, rec.title(), Kind.TEXT, flag);
			row.text(4, rec.metric(), Kind.TEXT, flag);
			row.text(5, rec.kind(), Kind.TEXT, flag);
			row.text(6, rec.periodCode(), Kind.TEXT, flag);
			row.text(7, rec.scope(), Kind.TEXT, flag);
			row.number(8, Units.value(rec.unit(), rec.quoted()), amount, flag);
			row.text(9, rec.unit(), Kind.TEXT, flag);
			row.number(10, Units.value(rec.unit(), rec.computed()), amount, flag);
			row.percent(11, rec.diffPct(), Kind.PERCENT_CHANGE, flag);
			row.text(12, (rec.verdict() != null) ? rec.verdict().name() : null, Kind.TEXT, flag);
			row.text(13, rec.note(), Kind.TEXT, flag);
		});
		Layout.filter(sheet, 0, rows.end() - 1, COLUMNS.size());
		rows.finish("quoted figures", String.format(java.util.Locale.ROOT,
				"%,d of them disagree with the data; the briefings count them all", disagreeing[0]));
	}

}
