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

	EventsSheet(Cells cells) {
		this.cells = cells;
	}

	void write(Sheet sheet, List<EventRow> events) {
		Layout.listSheet(sheet, this.cells, 0, COLUMNS);
		int r = 1;
		for (EventRow event : events) {
			Row row = sheet.createRow(r++);
			this.cells.date(row, 0, event.date());
			this.cells.text(row, 1, event.type());
			this.cells.text(row, 2, event.cameo());
			this.cells.text(row, 3, String.join(ArticlesSheet.SEPARATOR, event.participants()));
			this.cells.text(row, 4, event.location());
			this.cells.text(row, 5, event.articleId());
			this.cells.text(row, 6, event.source());
			this.cells.text(row, 7, event.title());
		}
		Layout.filter(sheet, 0, r - 1, COLUMNS.size());
	}

}
