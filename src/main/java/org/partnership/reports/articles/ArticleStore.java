package org.partnership.reports.articles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.partnership.reports.articles.extract.StoryFolder;
import org.partnership.reports.articles.extract.StoryPrint;
import org.partnership.reports.ingest.Parsed;
import org.partnership.reports.ingest.ParsedItemWriter;
import org.partnership.reports.ingest.Reject;
import org.partnership.reports.run.Handoff;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Accepted articles of a run: their ids, files and lines in the staging database, their fields, facts and story
 * prints in run files of the state folder ({@link ArticleRuns}). Slices of the file are staged in parallel with
 * any duplicate ids; {@link #removeDuplicates} then keeps the first of each id in file order. The fold merges the
 * runs into publication order and writes the spool ({@link ArticleSpool}) that the later passes read.
 */
public class ArticleStore {

	private final JdbcTemplate jdbc;

	/** The articles in publication order, the file every pass over them reads. */
	private final ArticleSpool spool;

	/** What the import stages of each article besides its key, next to the spool. */
	private final ArticleRuns runs;

	/**
	 * A store whose passes read the articles from {@code spool}, written when the stories are folded; the import's
	 * runs go into the folder {@code articles.runs} next to it.
	 */
	public ArticleStore(JdbcTemplate jdbc, Path spool) {
		this.jdbc = jdbc;
		this.spool = new ArticleSpool(spool);
		this.runs = new ArticleRuns(spool.resolveSibling("articles.runs"));
	}

	/**
	 * Brings staged articles of an earlier version (a run interrupted before an upgrade and restarted after
	 * it) to this layout, keeping what they hold; nothing to do afterwards. The schema script cannot: each
	 * change depends on what the table holds now.
	 */
	public ArticleStore upgradeLayout() {
		keyByLine();
		factsInBinary();
		storiesInOwnTable();
		idsInOwnTable();
		rowsIntoRuns();
		return this;
	}

	/**
	 * Moves articles staged whole in the table (fields, facts, story print) into a run of their own, in
	 * publication order, and empties the table. Written whole before the table is emptied: interrupted, it is
	 * done again.
	 */
	private void rowsIntoRuns() {
		Long rows = this.jdbc.queryForObject("SELECT COUNT(*) FROM STG_ARTICLE", Long.class);
		if (rows == null || rows == 0) {
			return;
		}
		try (PublicationOrder order = new PublicationOrder(this.spool.sortDirectory())) {
			stream("SELECT ID, PUBLISHED, PUBLISHED_AT, SOURCE, URL, LANGUAGE, TITLE, FACTS_DATA, STORY_PRINT, LINE"
					+ " FROM STG_ARTICLE", rs -> {
						Article a = new Article(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
								rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), null);
						try {
							order.add(new PublicationOrder.Row(a, rs.getLong(10), rs.getBytes(8), rs.getBytes(9)));
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					});
			this.runs.write("staged-in-table", order::forEachInOrder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot move the staged articles into " + this.runs, ex);
		}
		this.jdbc.execute("TRUNCATE TABLE STG_ARTICLE");
	}

	/** Lists the ids of articles staged before they had a table of their own (which duplicates are looked up in). */
	private void idsInOwnTable() {
		Long listed = this.jdbc.queryForObject("SELECT COUNT(*) FROM STG_ARTICLE_KEY", Long.class);
		if (listed != null && listed == 0) {
			this.jdbc.update("INSERT INTO STG_ARTICLE_KEY (ID, FILE_NAME, LINE) SELECT ID, FILE_NAME, LINE FROM STG_ARTICLE");
		}
	}

	/**
	 * Re-keys a table keyed by article id by file and line (the schema script cannot drop a primary key of
	 * a generated name only when it is the old one). Each file line holds one article.
	 */
	private void keyByLine() {
		Long keyed = this.jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
				+ " WHERE TABLE_NAME = 'STG_ARTICLE' AND CONSTRAINT_NAME = 'STG_ARTICLE_LINE'", Long.class);
		if (keyed == null || keyed == 0) {
			this.jdbc.execute("ALTER TABLE STG_ARTICLE DROP PRIMARY KEY");
			this.jdbc.execute("ALTER TABLE STG_ARTICLE ADD CONSTRAINT STG_ARTICLE_LINE PRIMARY KEY (FILE_NAME, LINE)");
		}
	}

	/** Converts facts staged as JSON into the binary record and drops the JSON column. */
	private void factsInBinary() {
		if (hasColumn("FACTS")) {
			List<Object[]> converted = new ArrayList<>();
			this.jdbc.query("SELECT FILE_NAME, LINE, FACTS FROM STG_ARTICLE WHERE FACTS IS NOT NULL",
					rs -> {
						converted.add(new Object[] { StoredFacts.fromJson(rs.getString(3)).toBytes(), rs.getString(1),
								rs.getLong(2) });
					});
			this.jdbc.batchUpdate("UPDATE STG_ARTICLE SET FACTS_DATA = ? WHERE FILE_NAME = ? AND LINE = ?", converted);
			this.jdbc.execute("ALTER TABLE STG_ARTICLE DROP COLUMN FACTS");
		}
	}

	/** Moves story ids kept in a column of the article rows into their own table. */
	private void storiesInOwnTable() {
		if (hasColumn("STORY_ID")) {
			this.jdbc.update("INSERT INTO STG_STORY (ARTICLE_ID, STORY_ID)"
					+ " SELECT ID, STORY_ID FROM STG_ARTICLE WHERE STORY_ID IS NOT NULL");
			this.jdbc.execute("ALTER TABLE STG_ARTICLE DROP COLUMN STORY_ID");
		}
	}

	private boolean hasColumn(String column) {
		Long n = this.jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS"
				+ " WHERE TABLE_NAME = 'STG_ARTICLE' AND COLUMN_NAME = ?", Long.class, column);
		return n != null && n > 0;
	}

	/**
	 * Stages accepted articles as they are, duplicate ids included: slices of the file are imported in
	 * parallel, so which of two articles with one id comes first in the file is only known once all are
	 * staged ({@link #removeDuplicates}). A chunk's articles go into a run file first, then their keys into the
	 * id table, which commits with the chunk's reader position: a restarted slice never stages a committed line
	 * again, and writes the run of a chunk that did not commit again under the same name.
	 */
	public ParsedItemWriter.Sink<StagedArticle> sink(String file) {
		return accepted -> {
			save(file, accepted);
			return List.of();
		};
	}

	void save(String file, List<Parsed.Accepted<StagedArticle>> articles) {
		if (articles.isEmpty()) {
			return;
		}
		List<PublicationOrder.Row> rows = new ArrayList<>(articles.size());
		for (Parsed.Accepted<StagedArticle> a : articles) {
			rows.add(new PublicationOrder.Row(a.value().article(), a.line(), a.value().facts().toBytes(),
					a.value().storyPrint()));
		}
		try {
			this.runs.write(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the staged articles into " + this.runs, ex);
		}
		this.jdbc.batchUpdate("INSERT INTO STG_ARTICLE_KEY (ID, FILE_NAME, LINE) VALUES (?, ?, ?)", articles,
				articles.size(), (ps, a) -> {
					ps.setString(1, a.value().article().id());
					ps.setString(2, file);
					ps.setLong(3, a.line());
				});
	}

	/**
	 * Keeps, of the staged articles sharing an id, the one on the lowest line of the file and removes the
	 * others, returned as rejects ("duplicate id (first seen on line N)") in line order. The result depends on
	 * the file alone, not on the order in which slices were staged; a second call finds nothing.
	 */
	public List<Reject> removeDuplicates(String file) {
		// scans of the narrow id table: the article rows hold facts and story prints
		List<String> ids = this.jdbc.queryForList("SELECT ID FROM STG_ARTICLE_KEY GROUP BY ID HAVING COUNT(*) > 1",
				String.class);
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Reject> duplicates = new ArrayList<>();
		List<Object[]> kept = new ArrayList<>();
		Map<String, Long> first = new HashMap<>();
		this.jdbc.query("SELECT ID, FILE_NAME, LINE FROM STG_ARTICLE_KEY WHERE ID = ANY(?) ORDER BY ID, FILE_NAME, LINE",
				ps -> ps.setArray(1, ps.getConnection().createArrayOf("CHARACTER VARYING", ids.toArray())), rs -> {
					String id = rs.getString(1);
					long line = rs.getLong(3);
					if (!file.equals(rs.getString(2))) {
						kept.add(new Object[] { id, rs.getString(2), line });
						return;
					}
					Long seen = first.putIfAbsent(id, line);
					if (seen != null) {
						duplicates.add(new Reject(file, line, "id", id, "duplicate id (first seen on line " + seen + ")"));
					}
					else {
						kept.add(new Object[] { id, file, line });
					}
				});
		duplicates.sort(java.util.Comparator.comparingLong(Reject::line));
		// the ids listed again without the removed lines (which the runs keep, and the fold leaves out), so that a
		// second call finds nothing
		this.jdbc.update("DELETE FROM STG_ARTICLE_KEY WHERE ID = ANY(?)",
				ps -> ps.setArray(1, ps.getConnection().createArrayOf("CHARACTER VARYING", ids.toArray())));
		this.jdbc.batchUpdate("INSERT INTO STG_ARTICLE_KEY (ID, FILE_NAME, LINE) VALUES (?, ?, ?)", kept);
		return duplicates;
	}

	public long count(String file) {
		Long n = this.jdbc.queryForObject("SELECT COUNT(*) FROM STG_ARTICLE_KEY WHERE FILE_NAME = ?", Long.class, file);
		return n == null ? 0 : n;
	}

	/**
	 * Every staged article ordered by publication date, then id (without its body, which is not staged), from the
	 * spool (written first if it does not hold the staged articles).
	 */
	public void forEach(Consumer<StagedArticle> action) {
		forEach(FactsCodec.Part.ALL, action);
	}

	/**
	 * As {@link #forEach}, with facts that leave out the quoted figures (empty): the counts never read them, and
	 * they are most of the facts' bytes.
	 */
	public void forEachWithoutFigures(Consumer<StagedArticle> action) {
		forEach(FactsCodec.Part.WITHOUT_FIGURES, action);
	}

	/**
	 * As {@link #forEach}, with facts that hold only the quoted figures, without the text each was quoted in:
	 * what reconciling them reads.
	 */
	public void forEachFigures(Consumer<StagedArticle> action) {
		forEach(FactsCodec.Part.FIGURES_ONLY, action);
	}

	private void forEach(FactsCodec.Part part, Consumer<StagedArticle> action) {
		spoolIfStale();
		this.spool.forEach(part, action);
	}

	/**
	 * Folds near-duplicate articles into stories from their staged story prints, streamed in publication
	 * order: article id → story id for every article. Reading every article anyway, it writes the spool that
	 * the later passes read ({@link #forEach}).
	 */
	public Map<String, String> foldStories(StoryFolder folder) {
		return foldStories(folder, article -> {
		});
	}

	/**
	 * As {@link #foldStories(StoryFolder)}, handing every article (facts without their quoted figures) to
	 * {@code visitor} in publication order, on another thread than the fold's, while the stories are folded:
	 * the article counts are taken in the same pass ({@link ArticleSide.Counting}).
	 */
	public Map<String, String> foldStories(StoryFolder folder, Consumer<StagedArticle> visitor) {
		StoryFolder.Folding folding = folder.folding();
		spool(folding, visitor);
		return folding.stories();
	}

	/**
	 * A spool that does not hold the staged articles (a run restarted after the fold by an earlier version) is
	 * written again before it is read; by one thread, while the others wait for it.
	 */
	private synchronized void spoolIfStale() {
		if (!this.spool.holds(count())) {
			spool(null, null);
		}
	}

	/**
	 * Writes the spool from the import's runs merged into publication order; with a {@code folding}, also folds
	 * the stories and hands every article to {@code visitor}. Only staged lines are taken, each once: a run keeps
	 * the duplicates removed since, and a chunk rolled back may have left one.
	 * <p>
	 * Folding is the costly part and needs nothing but the prints: it runs on this thread while another merges
	 * the runs, writes the spool and feeds the visitor, handing the rows over in batches ({@link Handoff}).
	 */
	private void spool(StoryFolder.Folding folding, Consumer<StagedArticle> visitor) {
		StagedLines staged = stagedLines();
		try (ArticleSpool.Writer spooled = this.spool.writer()) {
			if (folding == null) {
				PublicationOrder.merge(this.runs.list(), row -> {
					if (staged.take(row.line())) {
						spooled.add(row.article(), row.facts());
					}
				});
			}
			else {
				List<Path> runs = this.runs.list();
				Handoff.<PublicationOrder.Row>run("fold-reader", fold -> PublicationOrder.merge(runs, row -> {
					if (staged.take(row.line())) {
						spooled.add(row.article(), row.facts());
						visitor.accept(new StagedArticle(row.article(), FactsCodec.decode(row.facts(), FactsCodec.Part.WITHOUT_FIGURES), null));
						fold.accept(row);
					}
				}), row -> folding.add(row.article().id(), row.article().published(), row.article().language(),
						StoryPrint.fromBytes(row.print())));
			}
			if (staged.left() > 0) {
				throw new IllegalStateException(staged.left() + " staged articles are missing from the import's runs in "
						+ this.runs + " (removed from the state folder?); run again with --force to start over");
			}
			spooled.commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the article spool", ex);
		}
	}

	/** The lines of the staged articles (one feed file). */
	private StagedLines stagedLines() {
		StagedLines lines = new StagedLines();
		this.jdbc.query("SELECT LINE FROM STG_ARTICLE_KEY", rs -> {
			lines.add(rs.getLong(1));
		});
		return lines;
	}

	/** Staged lines, each taken once. */
	private static final class StagedLines {

		private final BitSet lines = new BitSet();

		private long left;

		void add(long line) {
			if (line > Integer.MAX_VALUE) {
				throw new IllegalStateException("article on line " + line + ": feeds of more than 2^31 lines are not supported");
			}
			if (!this.lines.get((int) line)) {
				this.lines.set((int) line);
				this.left++;
			}
		}

		/** Whether {@code line} is staged and not taken yet; takes it. */
		boolean take(long line) {
			if (line > Integer.MAX_VALUE || !this.lines.get((int) line)) {
				return false;
			}
			this.lines.clear((int) line);
			this.left--;
			return true;
		}

		long left() {
			return this.left;
		}

	}

	/** Size and modification time of the spool the passes read ({@link CountedLists}). */
	public String spoolStamp() {
		return this.spool.stamp();
	}

	/** Removes the runs and the spool of an earlier run: the articles staged next are another feed. */
	public void discardSpool() {
		this.runs.clear();
		this.spool.delete();
	}

	private long count() {
		Long n = this.jdbc.queryForObject("SELECT COUNT(*) FROM STG_ARTICLE_KEY", Long.class);
		return n == null ? 0 : n;
	}

	/**
	 * Records the story of each article (near-duplicates share one). Only articles folded into another's
	 * story are written: an article without a story id is a story of its own.
	 */
	public void saveStories(Map<String, String> stories) {
		List<Map.Entry<String, String>> entries = stories.entrySet()
			.stream()
			.filter(e -> !e.getKey().equals(e.getValue()))
			.toList();
		this.jdbc.update("DELETE FROM STG_STORY");
		this.jdbc.batchUpdate("INSERT INTO STG_STORY (ARTICLE_ID, STORY_ID) VALUES (?, ?)", entries, 1000, (ps, e) -> {
			ps.setString(1, e.getKey());
			ps.setString(2, e.getValue());
		});
	}

	/** Article id → story id of the articles folded into another's story, as saved by {@link #saveStories}. */
	public Map<String, String> stories() {
		Map<String, String> stories = new HashMap<>();
		this.jdbc.query("SELECT ARTICLE_ID, STORY_ID FROM STG_STORY", rs -> {
			stories.put(rs.getString(1), rs.getString(2));
		});
		return stories;
	}

	/**
	 * Runs a query whose rows are handed over one by one as H2 reads them (lazy query execution), instead of
	 * being collected into a result first: reading every article back then needs no more memory than one row.
	 * Only whole-table scans are streamed this way: an order H2 has no index for would be sorted in memory first.
	 */
	private void stream(String sql, RowCallbackHandler rows) {
		this.jdbc.execute((ConnectionCallback<Void>) connection -> {
			try (Statement lazy = connection.createStatement()) {
				lazy.execute("SET LAZY_QUERY_EXECUTION TRUE");
				try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
					while (rs.next()) {
						rows.processRow(rs);
					}
				}
				finally {
					lazy.execute("SET LAZY_QUERY_EXECUTION FALSE");
				}
			}
			return null;
		});
	}

	/**
	 * An article with its extracted facts and, on import, its story print ({@link StoryPrint#toBytes()}); read
	 * back for the reports, the print is {@code null}.
	 */
	public record StagedArticle(Article article, StoredFacts facts, byte[] storyPrint) {
	}

}
