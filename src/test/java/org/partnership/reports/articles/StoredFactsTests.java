package org.partnership.reports.articles;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The staged form of the facts: the binary record and the conversion of facts staged as JSON before it. */
class StoredFactsTests {

	static final StoredFacts FACTS = new StoredFacts(List.of("trade", "energy"),
			List.of(new StoredFacts.Actor("KAZ", "Kazakhstan", "COUNTRY", null, "KAZ"),
					new StoredFacts.Actor("TOKAYEV", "Қасым-Жомарт Тоқаев", "OFFICIAL", "President", "KAZ")),
			List.of(new StoredFacts.Event("MEETING", "040", LocalDate.of(2024, 11, 26), true, List.of("TOKAYEV", "EU"),
					"Astana", "met in Astana"),
					new StoredFacts.Event("VISIT", null, LocalDate.of(1965, 1, 1), false, List.of(), null, null),
					new StoredFacts.Event("CALL", null, null, false, List.of("EU"), null, "")),
			List.of(new StoredFacts.Figure("TURNOVER", "AMOUNT", new BigDecimal("49700000000"), "USD",
					new BigDecimal("16.9"), "2024", null, false, "EU27", "товарооборот составил 49,7 млрд долларов"),
					new StoredFacts.Figure("INVESTMENT", "AMOUNT", new BigDecimal("1.7E+11"), "USD", null, "2024", "2005",
							true, null, null),
					new StoredFacts.Figure("EXPORTS", "GROWTH_PCT", new BigDecimal("-3.25"), null,
							new BigDecimal("-0.000001"), null, null, false, null, "x")));

	@Test
	void theBinaryRecordGivesBackEveryFieldIncludingNullsEmptyStringsAndNegativeScales() {
		byte[] bytes = FACTS.toBytes();

		StoredFacts back = StoredFacts.fromBytes(bytes);

		assertThat(back).isEqualTo(FACTS);
		assertThat(back.figures().get(1).value().scale()).isEqualTo(-10);
		assertThat(back.events().get(2).evidence()).isEmpty();
		assertThat(back.events().get(1).date()).isEqualTo(LocalDate.of(1965, 1, 1));
		assertThat(bytes.length).isLessThan(FACTS.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 2);
	}

	@Test
	void aPassReadsOnlyThePartItAsksFor() {
		byte[] bytes = FACTS.toBytes();

		assertThat(FactsCodec.decode(bytes, FactsCodec.Part.WITHOUT_FIGURES))
			.isEqualTo(new StoredFacts(FACTS.topics(), FACTS.actors(), FACTS.events(), List.of()));
		// the figures as they are, each without the text it was quoted in
		assertThat(FactsCodec.decode(bytes, FactsCodec.Part.FIGURES_ONLY)).isEqualTo(new StoredFacts(List.of(), List.of(),
				List.of(), FACTS.figures()
					.stream()
					.map(f -> new StoredFacts.Figure(f.metric(), f.kind(), f.value(), f.currency(), f.changePct(), f.period(),
							f.periodStart(), f.cumulative(), f.scope(), null))
					.toList()));
		assertThat(FactsCodec.decode(StoredFacts.NONE.toBytes(), FactsCodec.Part.FIGURES_ONLY)).isEqualTo(StoredFacts.NONE);
	}

	@Test
	void noFactsAreAFewBytesAndAbsentFactsAreNone() {
		assertThat(StoredFacts.NONE.toBytes()).containsExactly(1, 0, 0, 0, 0);
		assertThat(StoredFacts.fromBytes(StoredFacts.NONE.toBytes())).isEqualTo(StoredFacts.NONE);
		assertThat(StoredFacts.fromBytes(null)).isEqualTo(StoredFacts.NONE);
	}

	@Test
	void aRecordOfAnotherLayoutIsRefusedRatherThanMisread() {
		byte[] bytes = FACTS.toBytes();
		bytes[0] = 7;

		assertThatIllegalStateException().isThrownBy(() -> StoredFacts.fromBytes(bytes))
			.withMessage("staged facts of an unknown layout (version 7)");
	}

	@Test
	void articlesStagedByAnEarlierVersionKeepTheirFactsAndStories(@TempDir Path dir) {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:facts-json;DB_CLOSE_DELAY=-1");
		JdbcTemplate jdbc = new JdbcTemplate(h2);
		// the table as an earlier version left it, after this version's schema script added its column
		jdbc.execute("CREATE TABLE STG_ARTICLE (ID VARCHAR(200) NOT NULL, FILE_NAME VARCHAR(255) NOT NULL,"
				+ " LINE BIGINT NOT NULL, PUBLISHED DATE NOT NULL, PUBLISHED_AT VARCHAR(64) NOT NULL, SOURCE VARCHAR(1000),"
				+ " URL VARCHAR(4000), LANGUAGE VARCHAR(8), TITLE CHARACTER VARYING NOT NULL, FACTS CHARACTER VARYING,"
				+ " FACTS_DATA BINARY VARYING, STORY_PRINT BINARY VARYING, STORY_ID VARCHAR(200), CONSTRAINT STG_ARTICLE_LINE PRIMARY KEY (FILE_NAME, LINE))");
		jdbc.execute("CREATE TABLE STG_STORY (ARTICLE_ID VARCHAR(200) NOT NULL PRIMARY KEY, STORY_ID VARCHAR(200) NOT NULL)");
		jdbc.execute("CREATE INDEX STG_ARTICLE_PUBLISHED ON STG_ARTICLE (PUBLISHED, ID)");
		// this version's schema script adds the id table, empty
		jdbc.execute("CREATE TABLE STG_ARTICLE_KEY (ID VARCHAR(200) NOT NULL, FILE_NAME VARCHAR(255) NOT NULL, LINE BIGINT NOT NULL)");
		jdbc.update("INSERT INTO STG_ARTICLE (ID, FILE_NAME, LINE, PUBLISHED, PUBLISHED_AT, TITLE, FACTS, STORY_ID) VALUES"
				+ " ('a1', 'articles.csv', 2, DATE '2025-01-10', '2025-01-10', 'One', ?, NULL),"
				+ " ('a2', 'articles.csv', 3, DATE '2025-01-11', '2025-01-11', 'Two', NULL, 'a1')", FACTS.toJson());

		ArticleStore store = new ArticleStore(jdbc, dir.resolve("articles.spool")).upgradeLayout().upgradeLayout();

		List<StoredFacts> staged = new ArrayList<>();
		store.forEach(s -> staged.add(s.facts()));
		assertThat(staged).containsExactly(FACTS, StoredFacts.NONE);
		assertThat(jdbc.queryForList("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'STG_ARTICLE'",
				String.class)).contains("FACTS_DATA").doesNotContain("FACTS", "STORY_ID");
		assertThat(store.stories()).containsExactly(java.util.Map.entry("a2", "a1"));
		assertThat(jdbc.queryForList("SELECT ID FROM STG_ARTICLE_KEY ORDER BY LINE", String.class))
			.as("ids listed once, for the duplicates").containsExactly("a1", "a2");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM STG_ARTICLE", Long.class)).as("moved into a run").isZero();
		assertThat(dir.resolve("articles.runs/staged-in-table.run")).exists();
	}

}
