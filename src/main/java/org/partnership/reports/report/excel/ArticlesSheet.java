package org.partnership.reports.report.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

import org.partnership.reports.report.ArticleRow;
import org.partnership.reports.report.RowSource;
import org.partnership.reports.report.excel.Layout.Column;

/** One row per accepted article; streamed, since a run may hold 100k+ articles. */
final class ArticlesSheet {

	static final List<Column> COLUMNS = List.of(new Column("ID", 16), new Column("Date", 11), new Column("Source", 18),
			new Column("Language", 9), new Column("Title", 70), new Column("Story ID", 16), new Column("Topics", 24),
			new Column("Actors", 28), new Column("Events", 20), new Column("Figures", 40), new Column("URL", 40));

	static final String SEPARATOR = "; ";

	static final int TITLE = 4;

	private final Cells cells;

	private final int maxRows;

	ArticlesSheet(Cells cells) {
		this(cells, RowLimit.EXCEL_ROWS);
	}

	ArticlesSheet(Cells cells, int maxRows) {
		this.cells = cells;
		this.maxRows = maxRows;
	}

	/** Writes one row per article; the title links go to {@code links}, for the {@link Repackager}. */
	void write(Sheet sheet, RowSource<ArticleRow> articles, LinkSpool links) {
		Layout.listSheet(sheet, this.cells, 0, COLUMNS);
		RowLimit limit = new RowLimit(sheet, 1, this.maxRows);
		articles.forEach(article -> {
			Row row = limit.next();
			if (row == null) {
				return;
			}
			int r = row.getRowNum();
			this.cells.text(row, 0, article.id());
			this.cells.date(row, 1, article.published());
			this.cells.text(row, 2, article.source());
			this.cells.text(row, 3, article.language());
			this.cells.linkText(row, TITLE, article.title(), article.url());
			this.cells.text(row, 5, article.storyId());
			this.cells.text(row, 6, String.join(SEPARATOR, article.topics()));
			this.cells.text(row, 7, String.join(SEPARATOR, article.actors()));
			this.cells.text(row, 8, String.join(SEPARATOR, article.eventTypes()));
			this.cells.text(row, 9, String.join(SEPARATOR, article.figures()));
			// the raw address, inert text: the reader sees where a non-http link pointed
			this.cells.text(row, 10, article.url());
			SafeUrl.hyperlinkTarget(article.url())
				.ifPresent(address -> links.add(new CellReference(r, TITLE).formatAsString(), address));
		});
		Layout.filter(sheet, 0, limit.end() - 1, COLUMNS.size());
		limit.close(this.cells, "articles", "the topic, event and article counts include them");
	}

}
