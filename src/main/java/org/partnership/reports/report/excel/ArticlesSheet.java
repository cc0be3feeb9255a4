package org.partnership.reports.report.excel;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

import org.partnership.reports.report.ArticleRow;
import org.partnership.reports.report.RowSource;
import org.partnership.reports.report.excel.Layout.Column;

/** One row per accepted article; written as XML bytes ({@link ListRows}), since a run may hold 500k articles. */
final class ArticlesSheet {

	static final List<Column> COLUMNS = List.of(new Column("ID", 16), new Column("Date", 11),
			Column.category("Source", 18), Column.category("Language", 9), new Column("Title", 70),
			new Column("Story ID", 16), new Column("Topics", 24), new Column("Actors", 28),
			Column.category("Events", 20), new Column("Figures", 40), new Column("URL", 40));

	static final String SEPARATOR = "; ";

	static final int TITLE = 4;

	private final Cells cells;

	ArticlesSheet(Cells cells) {
		this.cells = cells;
	}

	/**
	 * Writes the header and layout into {@code sheet} and one row per article into {@code rows}, for the
	 * {@link Repackager}; the title links go to {@code links}.
	 */
	void write(Sheet sheet, ListRows rows, RowSource<ArticleRow> articles, LinkSpool links) throws IOException {
		Layout.listSheet(sheet, this.cells, 0, COLUMNS);
		articles.forEach(article -> {
			XmlCells row = rows.next();
			if (row == null) {
				return;
			}
			int r = rows.lastRow();
			row.text(0, article.id());
			row.date(1, article.published());
			row.text(2, article.source());
			row.text(3, article.language());
			Optional<String> address = SafeUrl.hyperlinkTarget(article.url());
			row.linkText(TITLE, article.title(), article.url(), address.isPresent());
			row.text(5, article.storyId());
			row.text(6, String.join(SEPARATOR, article.topics()));
			row.text(7, String.join(SEPARATOR, article.actors()));
			row.text(8, String.join(SEPARATOR, article.eventTypes()));
			row.text(9, String.join(SEPARATOR, article.figures()));
			// the raw address, inert text: the reader sees where a non-http link pointed
			row.text(10, article.url());
			address.ifPresent(target -> links.add(new CellReference(r, TITLE).formatAsString(), target));
		});
		Layout.filter(sheet, 0, rows.end() - 1, COLUMNS.size());
		rows.finish("articles", "the topic, event and article counts include them");
	}

}
