package org.partnership.reports.report.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.partnership.reports.report.TopicRow;
import org.partnership.reports.report.excel.Layout.Column;
import org.partnership.reports.report.excel.Styles.Kind;

/** Articles and stories per topic and period. */
final class TopicsSheet {

	static final List<Column> COLUMNS = List.of(new Column("Period", 10), new Column("Period start", 13),
			new Column("Topic", 16), new Column("Topic name", 36), Column.number("Articles", 10), Column.number("Stories", 10),
			Column.number("Share of stories", 12));

	private final Cells cells;

	TopicsSheet(Cells cells) {
		this.cells = cells;
	}

	void write(Sheet sheet, List<TopicRow> topics) {
		Layout.listSheet(sheet, this.cells, 0, COLUMNS);
		int r = 1;
		for (TopicRow topic : topics) {
			Row row = sheet.createRow(r++);
			this.cells.text(row, 0, topic.period().code());
			this.cells.date(row, 1, topic.period().start());
			this.cells.text(row, 2, topic.topic());
			this.cells.text(row, 3, topic.topicName());
			this.cells.number(row, 4, topic.articles(), Kind.COUNT);
			this.cells.number(row, 5, topic.stories(), Kind.COUNT);
			this.cells.percent(row, 6, topic.sharePct(), Kind.PERCENT);
		}
		Layout.filter(sheet, 0, r - 1, COLUMNS.size());
	}

}
