package org.partnership.reports.articles;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.partnership.reports.articles.ArticleStore.StagedArticle;
import org.partnership.reports.articles.extract.StoryFolder;
import org.partnership.reports.ingest.Parsed;
import org.partnership.reports.ingest.Reject;
import org.partnership.reports.period.Period;
import org.partnership.reports.report.EventRow;
import org.partnership.reports.trade.Flow;
import org.partnership.reports.trade.PairAnalysis;
import org.partnership.reports.trade.TradeLedger.StagedTradeRow;
import org.partnership.reports.trade.TradeLedger;
import org.partnership.reports.trade.TradeRow;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

/** The articles spooled in publication order are the staged articles, read without the database. */
class ArticleSpoolTests {

	private static final StoredFacts FACTS = new StoredFacts(List.of("ENERGY", "TRADE"),
			List.of(new StoredFacts.Actor("KAZ", "Kazakhstan", "COUNTRY", null, "KAZ")), List.of(),
			List.of(new StoredFacts.Figure("TURNOVER", "AMOUNT", new BigDecimal("49700000000"), "USD", new BigDecimal("16.9"),
					"2024", null, false, "EU27", "49.7 bn USD")));

	@TempDir
	Path dir;

	@Test
	void roundTripKeepsEveryFieldNullsAndNonLatinText() throws IOException {
		ArticleSpool spool = new ArticleSpool(this.dir.resolve("articles.spool"));
		Article full = new Article("a-1", LocalDate.of(2024, 12, 31), "2024-12-31T23:59:00+05:00", "Kazinform",
				"https://example.org/a?x=1&y=2", "kk", "Қазақстан мен ЕО: тауар айналымы 😀", null);
		Article sparse = new Article("a-2", LocalDate.of(1999, 1, 1), "1999-01-01", null, null, null, "", null);
		try (ArticleSpool.Writer writer = spool.writer()) {
			writer.add(full, FACTS.toBytes());
			writer.add(sparse, null);
			writer.commit();
		}

		List<StagedArticle> read = new ArrayList<>();
		spool.forEach(FactsCodec.Part.ALL, read::add);

		assertThat(read).extracting(StagedArticle::article).containsExactly(full, sparse);
		assertThat(read.get(0).facts()).isEqualTo(FACTS);
		assertThat(read.get(1).facts()).isEqualTo(StoredFacts.NONE);
		assertThat(spool.holds(2)).isTrue();
		assertThat(spool.holds(3)).as("another count than staged: not this run's copy").isFalse();
	}

	@Test
	void aSpoolNotCommittedLeavesNoFile() throws IOException {
		Path file = this.dir.resolve("articles.spool");
		ArticleSpool spool = new ArticleSpool(file);
		try (ArticleSpool.Writer writer = spool.writer()) {
			writer.add(new Article("a-1", LocalDate.of(2024, 1, 1), "2024-01-01", null, null, "en", "t", null), null);
			// no commit: the fold failed half-way
		}
		assertThat(file).doesNotExist();
		assertThat(Files.list(this.dir)).isEmpty();
		assertThat(spool.holds(0)).isFalse();
	}

	@Test
	void aDamagedSpoolIsNotTheRunsCopy() throws IOException {
		Path file = this.dir.resolve("articles.spool");
		Files.writeString(file, "not a spool", StandardCharsets.UTF_8);
		assertThat(new ArticleSpool(file).holds(0)).isFalse();
	}

	@Test
	void afterFoldingTheStoreReadsTheSpoolInPublicationOrderWithTheSameArticles() {
		Path file = this.dir.resolve("articles.spool");
		ArticleStore store = store("spool-store");
		// staged out of order, as parallel slices stage them
		List<Parsed.Accepted<StagedArticle>> staged = List.of(staged(3, "c", LocalDate.of(2024, 3, 1)),
				staged(1, "b", LocalDate.of(2024, 1, 5)), staged(2, "a", LocalDate.of(2024, 1, 5)));
		store.save("articles.csv", staged);
		// in publication order, then by id: a (day 5), b (day 5), c (March); staged without body or print
		List<StagedArticle> expected = List.of(staged.get(2).value(), staged.get(1).value(), staged.get(0).value());

		Map<String, String> stories = store.foldStories(StoryFolder.withDefaults());
		List<StagedArticle> fromSpool = new ArrayList<>();
		store.forEach(fromSpool::add);

		assertThat(stories).containsOnlyKeys("a", "b", "c");
		assertThat(file).exists();
		assertThat(fromSpool).extracting(s -> s.article().id()).containsExactly("a", "b", "c");
		assertThat(fromSpool).extracting(StagedArticle::article)
			.containsExactlyElementsOf(expected.stream().map(StagedArticle::article).toList());
		assertThat(fromSpool).extracting(StagedArticle::facts).containsOnly(FACTS);

		List<StagedArticle> counted = new ArrayList<>();
		store.forEachWithoutFigures(counted::add);
		assertThat(counted).extracting(StagedArticle::article)
			.containsExactlyElementsOf(fromSpool.stream().map(StagedArticle::article).toList());
		assertThat(counted).allSatisfy(s -> {
			assertThat(s.facts().figures()).as("left out").isEmpty();
			assertThat(s.facts().topics()).isEqualTo(FACTS.topics());
			assertThat(s.facts().actors()).isEqualTo(FACTS.actors());
		});
	}

	@Test
	void aSpoolOfOtherArticlesIsWrittenAgainAndTheResetRemovesIt() {
		Path file = this.dir.resolve("articles.spool");
		ArticleStore store = store("spool-stale");
		store.save("articles.csv", List.of(staged(1, "a", LocalDate.of(2024, 1, 5))));
		store.foldStories(StoryFolder.withDefaults());
		// an article staged after the spool was written (a run that went back to importing): the spool is stale
		store.save("articles.csv", List.of(staged(2, "b", LocalDate.of(2024, 1, 6))));

		List<String> ids = new ArrayList<>();
		store.forEach(s -> ids.add(s.article().id()));
		assertThat(ids).containsExactly("a", "b");
		assertThat(new ArticleSpool(file).holds(2)).as("written again before it was read").isTrue();
		assertThat(new ArticleSpool(file).sortDirectory()).doesNotExist();

		store.discardSpool();
		assertThat(file).doesNotExist();
	}

	@Test
	void theFoldTakesEveryStagedArticleOnceWhateverElseTheRunsHold() throws IOException {
		ArticleStore store = store("spool-runs");
		store.save("articles.csv", List.of(staged(2, "a", LocalDate.of(2024, 1, 5)), staged(3, "b", LocalDate.of(2024, 1, 6))));
		store.save("articles.csv", List.of(staged(4, "a", LocalDate.of(2024, 1, 4)))); // a duplicate id, removed below
		assertThat(store.removeDuplicates("articles.csv")).extracting(Reject::line).containsExactly(4L);
		// a chunk written into a run whose rows never committed (the run was killed before its commit), and a run
		// written twice over the same lines
		new ArticleRuns(this.dir.resolve("articles.runs")).write(List.of(
				new PublicationOrder.Row(staged(5, "c", LocalDate.of(2024, 1, 1)).value().article(), 5, null, null),
				new PublicationOrder.Row(staged(3, "b", LocalDate.of(2024, 1, 6)).value().article(), 3, null, null)));

		Map<String, String> stories = store.foldStories(StoryFolder.withDefaults());
		List<String> ids = new ArrayList<>();
		store.forEach(s -> ids.add(s.article().id() + "@" + s.article().published()));

		assertThat(stories).containsOnlyKeys("a", "b");
		assertThat(ids).containsExactly("a@2024-01-05", "b@2024-01-06");
	}

	@Test
	void theFoldCountsArticlesAndStoriesInTheSamePass() {
		ArticleStore store = store("spool-counts");
		String wire = "The European Union and Kazakhstan signed a memorandum on critical raw materials and green hydrogen"
				+ " in Brussels on Monday, officials of both sides said after the meeting of the cooperation council.";
		// a, and its copy c two days later: one story; b on its own, in another month
		store.save("articles.csv", List.of(article(2, "a", LocalDate.of(2024, 1, 30), wire),
				article(3, "b", LocalDate.of(2024, 2, 1), "Trade between the two grew by a fifth, the ministry reported."),
				article(4, "c", LocalDate.of(2024, 2, 1), wire + " Reuters")));
		TradeLedger ledger = new TradeLedger();
		ledger.add(new StagedTradeRow("trade.csv", 2, new TradeRow(Period.year(2024), "KAZ", "EU27", Flow.EXPORT,
				TradeRow.TOTAL, BigDecimal.TEN)));
		List<PairAnalysis> pairs = List.of(new PairAnalysis(ledger.complete(), "KAZ", "EU27"));

		ArticleSide.Counting counting = new ArticleSide.Counting();
		Map<String, String> stories = store.foldStories(StoryFolder.withDefaults(), counting);
		Map<String, BigDecimal> counts = new java.util.TreeMap<>();
		counting.finish(stories).indicators(pairs).forEach(r -> counts.put(r.period().code() + " " + r.indicator(), r.value()));

		assertThat(stories).containsExactly(Map.entry("a", "a"), Map.entry("b", "b"), Map.entry("c", "a"));
		assertThat(counts).containsEntry("2024 ARTICLES", BigDecimal.valueOf(3))
			.containsEntry("2024 STORIES", BigDecimal.valueOf(2))
			.containsEntry("2024-01 STORIES", BigDecimal.ONE)
			.containsEntry("2024-02 ARTICLES", BigDecimal.valueOf(2))
			.containsEntry("2024-02 STORIES", BigDecimal.valueOf(2))
			.containsEntry("2024-Q1 STORIES", BigDecimal.valueOf(2));
		// the topic of every article (FACTS: energy and trade), by story
		assertThat(counts).containsEntry("2024 TOPIC_ENERGY_STORIES", BigDecimal.valueOf(2))
			.containsEntry("2024-02 TOPIC_TRADE_STORIES", BigDecimal.valueOf(2));
	}

	@Test
	void theTopicsAndEventsCountedInTheFoldAreTheOnesTheModelCountsInAPassOfItsOwn() {
		ArticleStore store = store("spool-lists");
		StoredFacts.Actor minister = new StoredFacts.Actor("KAZ-NURTLEU", "Murat Nurtleu", "OFFICIAL", null, "KAZ");
		StoredFacts.Event talks = new StoredFacts.Event("MEETING", "040", LocalDate.of(2024, 1, 29), true,
				List.of("KAZ-NURTLEU", "EU27"), "Brussels", "met");
		StoredFacts.Event call = new StoredFacts.Event("PHONE_CALL", "040", LocalDate.of(2024, 2, 1), false,
				List.of("EU27"), null, "call");
		StoredFacts withTalks = new StoredFacts(List.of("TRADE"), List.of(minister), List.of(talks), List.of());
		StoredFacts withBoth = new StoredFacts(List.of("ENERGY", "TRADE"), List.of(), List.of(call, talks), List.of());
		String wire = "The European Union and Kazakhstan signed a memorandum on critical raw materials and green hydrogen"
				+ " in Brussels on Monday, officials of both sides said after the meeting of the cooperation council.";
		// a and its copy c: one story, the talks reported twice; b reports the talks again and a call
		store.save("articles.csv", List.of(article(2, "a", LocalDate.of(2024, 1, 30), wire, withTalks),
				article(3, "b", LocalDate.of(2024, 2, 1), "Trade grew by a fifth, the ministry reported.", withBoth),
				article(4, "c", LocalDate.of(2024, 2, 1), wire + " Reuters", withTalks)));

		ArticleSide.Counting counting = new ArticleSide.Counting();
		Map<String, String> stories = store.foldStories(StoryFolder.withDefaults(), counting);
		ArticleSide.Lists inTheFold = counting.finish(stories).lists();
		ArticleSide onItsOwn = ArticleSide.build(store, stories, List.of(), null, null);

		assertThat(inTheFold.topics()).isEqualTo(onItsOwn.topics()).isNotEmpty();
		assertThat(inTheFold.events()).isEqualTo(onItsOwn.events());
		assertThat(inTheFold.events()).extracting(EventRow::type, EventRow::articleId, EventRow::participants)
			.containsExactly(tuple("MEETING", "a", List.of("Murat Nurtleu", "EU27")), tuple("PHONE_CALL", "b", List.of("EU27")));
	}

	@Test
	void countedListsAreHandedOutOnceAndOnlyForTheSpoolTheyWereCountedFrom() {
		ArticleSide.Lists lists = new ArticleSide.Lists(List.of(), List.of());
		CountedLists counted = new CountedLists();

		counted.keep("100@t1", lists);
		assertThat(counted.take("100@t1")).isSameAs(lists);
		assertThat(counted.take("100@t1")).as("handed out once").isNull();

		counted.keep("100@t1", lists);
		assertThat(counted.take("120@t2")).as("another spool").isNull();
		assertThat(counted.take("100@t1")).isNull();
	}

	@Test
	void runsMissingFromTheStateFolderStopTheFoldWithAClearMessage() {
		Path file = this.dir.resolve("articles.spool");
		ArticleStore store = store("spool-lost");
		store.save("articles.csv", List.of(staged(2, "a", LocalDate.of(2024, 1, 5))));
		new ArticleRuns(this.dir.resolve("articles.runs")).clear();

		assertThatIllegalStateException().isThrownBy(() -> store.foldStories(StoryFolder.withDefaults()))
			.withMessageContaining("1 staged articles are missing from the import's runs")
			.withMessageContaining("--force");
		assertThat(file).as("no spool of part of the articles").doesNotExist();
	}

	private static Parsed.Accepted<StagedArticle> article(long line, String id, LocalDate published, String body) {
		return article(line, id, published, body, FACTS);
	}

	private static Parsed.Accepted<StagedArticle> article(long line, String id, LocalDate published, String body,
			StoredFacts facts) {
		Article article = new Article(id, published, published.toString(), "Source " + id, null, "en", "Title " + id,
				null);
		return new Parsed.Accepted<>(line,
				new StagedArticle(article, facts, StoryFolder.withDefaults().print(article.title(), body).toBytes()));
	}

	private static Parsed.Accepted<StagedArticle> staged(long line, String id, LocalDate published) {
		Article article = new Article(id, published, published.toString(), "Source " + id, "https://example.org/" + id,
				"en", "Title " + id, null);
		return new Parsed.Accepted<>(line, new StagedArticle(article, FACTS, StoryFolder.withDefaults()
			.print(article.title(), "Body of article " + id + " about trade between Kazakhstan and the EU.")
			.toBytes()));
	}

	/** A store over an in-memory database of its own, spooling to {@code articles.spool} in the test's folder. */
	private ArticleStore store(String database) {
		return new ArticleStore(database(database), this.dir.resolve("articles.spool"));
	}

	private static JdbcTemplate database(String name) {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
		JdbcTemplate jdbc = new JdbcTemplate(h2);
		jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) c -> {
			ScriptUtils.executeSqlScript(c, new ClassPathResource("staging-schema.sql"));
			return null;
		});
		return jdbc;
	}

}
