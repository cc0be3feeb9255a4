package org.partnership.reports.report.excel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.partnership.reports.report.ArticleRow;
import org.partnership.reports.report.RowSource;
import org.partnership.reports.report.DataQuality;
import org.partnership.reports.report.DataQuality.RejectRow;
import org.partnership.reports.report.ReportModel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100,000 articles and 100,000 rejected rows stream through a window of 100 rows. No timing
 * assertion: the point is that it completes inside the test JVM's heap and every row arrives.
 */
class LargeWorkbookTests {

	static final int ROWS = 100_000;

	@Test
	void hundredThousandArticlesAndRejectsAreStreamed(@TempDir Path dir) throws Exception {
		List<ArticleRow> articles = new ArrayList<>(ROWS);
		List<RejectRow> rejects = new ArrayList<>(ROWS);
		LocalDate day = LocalDate.of(2025, 1, 1);
		for (int i = 1; i <= ROWS; i++) {
			articles.add(ReportFixtures.article("a-" + i, day.plusDays(i % 365), "Feed " + (i % 40),
					"https://example.org/news/" + i, (i % 3 == 0) ? "ru" : "en",
					"Kazakhstan–EU cooperation, item " + i, List.of("TURNOVER 49.7 bn USD 2024")));
			rejects.add(new RejectRow("articles.csv", i + 1L, "published", "2025-13-" + i, "not a date"));
		}
		ReportModel base = ReportFixtures.model(articles);
		ReportModel model = new ReportModel(base.run(), base.pairs(), base.indicators(), RowSource.of(articles), base.topics(),
				base.events(), base.reconciliation(), new DataQuality(rejects, List.of(), List.of()),
				base.definitions());
		Path file = dir.resolve("large.xlsx");

		new WorkbookWriter().write(model, file);

		assertThat(Files.size(file)).isGreaterThan(1_000_000L);
		// read the sheet XML as a stream: loading 200k rows into POI's object model is what we avoid
		Scan articlesSheet = scan(file, "xl/worksheets/sheet7.xml");
		assertThat(articlesSheet.lastRow()).isEqualTo(ROWS + 1);
		assertThat(articlesSheet.hyperlinks()).isEqualTo(ROWS);
		assertThat(scan(file, "xl/worksheets/_rels/sheet7.xml.rels").externalTargets()).isEqualTo(ROWS);
		// rejects from row 3, then the empty warnings and revisions sections: title, header, note each
		assertThat(scan(file, "xl/worksheets/sheet11.xml").lastRow()).isEqualTo(ROWS + 10);
	}

	record Scan(int lastRow, int hyperlinks, int externalTargets) {
	}

	/** SXSSF writes one row per line; the hyperlinks and relationships come on long lines of their own. */
	static Scan scan(Path file, String entryName) throws IOException {
		int lastRow = 0;
		int hyperlinks = 0;
		int external = 0;
		try (ZipFile zip = new ZipFile(file.toFile());
				BufferedReader reader = new BufferedReader(
						new InputStreamReader(zip.getInputStream(zip.getEntry(entryName)), StandardCharsets.UTF_8))) {
			for (String line; (line = reader.readLine()) != null;) {
				int row = line.indexOf("<row r=\"");
				if (row >= 0) {
					lastRow = Integer.parseInt(line.substring(row + 8, line.indexOf('"', row + 8)));
				}
				hyperlinks += occurrences(line, "<hyperlink ");
				external += occurrences(line, "TargetMode=\"External\"");
			}
		}
		return new Scan(lastRow, hyperlinks, external);
	}

	private static int occurrences(String text, String needle) {
		int count = 0;
		for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
			count++;
		}
		return count;
	}

}
