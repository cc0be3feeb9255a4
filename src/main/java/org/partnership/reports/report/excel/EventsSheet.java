package org.partnership.reports.report.excel;

import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;

import org.partnership.reports.report.EventRow;
import org.partnership.reports.report.excel.Layout.Column;

/** Distinct events found in the articles; written as XML bytes ({@link ListRows}), as it grows with the articles. */
final class EventsSheet {

	static final List<Column> COLUMNS = List.of(new Column("Date", 11), Column.category("Type", 18),
			Column.category("CAMEO", 8), new Column("Participants", 36), Column.category("Location", 18),
			new Column("Article ID", 16), Column.category("Source", 18), new Column("Title", 60));

	private final Cells cells;

	EventsSheet(Cells cells) {
		this.cells = cells;
	}

	/** Writes the header and layout into {@code sheet} and one row per event into {@code rows}, for the {@link Repackager}. */
	void write(Sheet sheet, ListRows rows, List<EventRow> events) throws IOException {
		Layout.listSheet(sheet, this.cells, 0, COLUMNS);
		for (EventRow event : events) {
			XmlCells row = rows.next();
			if (row == null) {
				continue;
			}
			row.date(0, event.date());
			row.text(1, event.type());
			row.text(2, event.cameo());
			row.text(3, String.join(ArticlesSheet.SEPARATOR, event.participants()));
			row.text(4, event.location());
			row.text(5, event.articleId());
			row.text(6, event.source());
			row.text(7, event.title());
		}
		Layout.filter(sheet, 0, rows.end() - 1, COLUMNS.size());
		rows.finish("events", "the event counts include them");
	}

}
