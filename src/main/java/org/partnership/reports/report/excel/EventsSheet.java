package org.partnership.reports.report.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.partnership.reports.report.EventRow;
import org.partnership.reports.report.excel.Layout.Column;

/** Distinct events found in the articles; streamed, as it grows with the articles. */
final class EventsSheet {

	static final List<Column> COLUMNS = List.of(new Column("Date", 11), new Column("Type", 18), new Column("CAMEO", 8),
			new Column("Participants", 36), new Column("Location", 18), new Column("Article ID", 16),
			new Column("Source", 18), new Column("Title", 60));

	private final Cells cells;

	private final int maxRows;

	EventsSheet(Cells cells) {
		this(cells, RowLimit.EXCEL_ROWS);
	}

	EventsSheet(Cells cells, int maxRows) {
		this.cells = cells;
		this.maxRows = maxRows;
	}

	void write(Sheet sheet, List<EventRow> events) {
		Layout.listSheet(sheet, this.cells, 0, COLUMNS);
		RowLimit limit = new RowLimit(sheet, 1, this.maxRows);
		for (EventRow event : events) {
			Row row = limit.next();
			if (row == null) {
				continue;
			}
			this.cells.date(row, 0, event.date());
			this.cells.text(row, 1, event.type());
			this.cells.text(row, 2, event.cameo());
			this.cells.text(row, 3, String.join(ArticlesSheet.SEPARATOR, event.participants()));
			this.cells.text(row, 4, event.location());
			this.cells.text(row, 5, event.articleId());
			this.cells.text(row, 6, event.source());
			this.cells.text(row, 7, event.title());
		}
		Layout.filter(sheet, 0, limit.end() - 1, COLUMNS.size());
		limit.close(this.cells, "events", "the event counts include them");
	}

}
