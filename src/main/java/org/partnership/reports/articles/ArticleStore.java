package org.partnership.reports.articles;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.partnership.reports.ingest.ParsedItemWriter;
import org.partnership.reports.ingest.Parsed;
import org.partnership.reports.ingest.Reject;

import org.springframework.jdbc.core.JdbcTemplate;

/** Accepted articles in the staging database; a second article with a known id is refused. */
public class ArticleStore {

	private final JdbcTemplate jdbc;

	public ArticleStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public ParsedItemWriter.Sink<StagedArticle> sink(String file) {
		return accepted -> save(file, accepted);
	}

	List<Reject> save(String file, List<Parsed.Accepted<StagedArticle>> articles) {
		List<Reject> duplicates = new ArrayList<>();
		List<Parsed.Accepted<StagedArticle>> fresh = new ArrayList<>(articles.size());
		Map<String, Long> seen = new HashMap<>();
		for (Parsed.Accepted<StagedArticle> a : articles) {
			String id = a.value().article().id();
			Long existing = seen.containsKey(id) ? seen.get(id)
					: this.jdbc.query("SELECT LINE FROM STG_ARTICLE WHERE ID = ?", rs -> rs.next() ? rs.getLong(1) : null,
							id);
			// the same line again is a chunk replayed after a restart, not a duplicate
			if (existing != null && existing != a.line()) {
				duplicates.add(new Reject(file, a.line(), "id", id, "duplicate id (first seen on line " + existing + ")"));
				continue;
			}
			seen.put(id, a.line());
			fresh.add(a);
		}
		if (fresh.isEmpty()) {
			return duplicates;
		}
		this.jdbc.batchUpdate("MERGE INTO STG_ARTICLE (ID, FILE_NAME, LINE, PUBLISHED, PUBLISHED_AT, SOURCE, URL, LANGUAGE,"
				+ " TITLE, BODY, FACTS) KEY (ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", fresh, fresh.size(),
				(ps, a) -> {
					Article r = a.value().article();
					ps.setString(1, r.id());
					ps.setString(2, file);
					ps.setLong(3, a.line());
					ps.setDate(4, Date.valueOf(r.published()));
					ps.setString(5, r.publishedAt());
					ps.setString(6, r.source());
					ps.setString(7, r.url());
					ps.setString(8, r.language());
					ps.setString(9, r.title());
					ps.setString(10, r.body());
					ps.setString(11, a.value().factsJson());
				});
		return duplicates;
	}

	public long count(String file) {
		Long n = this.jdbc.queryForObject("SELECT COUNT(*) FROM STG_ARTICLE WHERE FILE_NAME = ?", Long.class, file);
		return n == null ? 0 : n;
	}

	/** Every staged article ordered by publication date, then id. */
	public void forEach(Consumer<StagedArticle> action) {
		this.jdbc.query("SELECT ID, PUBLISHED, PUBLISHED_AT, SOURCE, URL, LANGUAGE, TITLE, BODY, FACTS FROM STG_ARTICLE"
				+ " ORDER BY PUBLISHED, ID", rs -> {
					action.accept(new StagedArticle(new Article(rs.getString(1), rs.getDate(2).toLocalDate(),
							rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
							rs.getString(8)), rs.getString(9)));
				});
	}

	/** Records the story of each article (near-duplicates share one). */
	public void saveStories(Map<String, String> stories) {
		List<Map.Entry<String, String>> entries = new ArrayList<>(stories.entrySet());
		this.jdbc.batchUpdate("UPDATE STG_ARTICLE SET STORY_ID = ? WHERE ID = ?", entries, 1000, (ps, e) -> {
			ps.setString(1, e.getValue());
			ps.setString(2, e.getKey());
		});
	}

	/** Article id → story id, as saved by {@link #saveStories}. */
	public Map<String, String> stories() {
		Map<String, String> stories = new HashMap<>();
		this.jdbc.query("SELECT ID, STORY_ID FROM STG_ARTICLE WHERE STORY_ID IS NOT NULL",
				rs -> {
					stories.put(rs.getString(1), rs.getString(2));
				});
		return stories;
	}

	/** An article with its extracted facts as JSON ({@code null} before extraction exists). */
	public record StagedArticle(Article article, String factsJson) {
	}

}
