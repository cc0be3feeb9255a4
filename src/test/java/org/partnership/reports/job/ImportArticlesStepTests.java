package org.partnership.reports.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.reports.report.excel.WorkbookCompression;
import org.partnership.reports.PartnershipReportsApplication;
import org.partnership.reports.articles.Article;
import org.partnership.reports.articles.ArticleStore;
import org.partnership.reports.articles.ArticleStore.StagedArticle;
import org.partnership.reports.articles.StoredFacts;
import org.partnership.reports.articles.extract.ArticleText;
import org.partnership.reports.articles.extract.LegacyStoryFolder;
import org.partnership.reports.articles.extract.StoryFolder;
import org.partnership.reports.bench.BenchArticleFeed;
import org.partnership.reports.ingest.Parsed;
import org.partnership.reports.ingest.Reject;
import org.partnership.reports.run.RunInputs;
import org.partnership.reports.run.RunSettings;
import org.partnership.reports.trade.PartnerGroups;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article import steps on their own, with Spring Batch Test, on a generated feed cut into many small
 * slices imported in parallel: articles are staged with their facts and story prints but without their
 * bodies, bad records are rejected, duplicate ids are resolved in file order whichever slice came first, and
 * the stories folded from the staged prints are those the folding of the whole texts gave.
 */
@SpringBatchTest
@SpringBootTest(classes = { PartnershipReportsApplication.class, ImportArticlesStepTests.Inputs.class },
		properties = { "partnership.state-dir=./target/article-step-tests", "spring.batch.job.enabled=false",
				"partnership.articles.slice-bytes=200000", "partnership.import-threads=3" })
class ImportArticlesStepTests {

	private static final Path IN = Path.of("target/article-step-tests/in");

	/** The job's state folder (the import's runs go there). */
	private static final Path STATE = Path.of("target/article-step-tests").toAbsolutePath();

	private static final int ARTICLES = 1_200;

	@TempDir
	Path dir;

	@Autowired
	JobOperatorTestUtils jobs;

	@Autowired
	JdbcTemplate jdbc;

	@TestConfiguration(proxyBeanMethods = false)
	static class Inputs {

		@Bean
		RunSettings runSettings() throws Exception {
			Files.createDirectories(IN);
			Path articles = BenchArticleFeed.write(IN.resolve("articles.csv"), ARTICLES, 21);
			String first = Files.readAllLines(articles).get(1).split(",")[0];
			// the first id again, a bad date, and an id three times in a row: the first in file order stays
			Files.writeString(articles, first + ",2025-04-02,Wire,,en,Copied id,Another text\n"
					+ "late-1,2026-01-01,Wire,,en,From the future,Text\n"
					+ "twice,2025-04-03,Wire,,en,First of twice,Text\n"
					+ "twice,2025-04-04,Wire,,en,Second of twice,Text\n"
					+ "twice,2025-04-05,Wire,,en,Third of twice,Text\n", StandardCharsets.UTF_8,
					StandardOpenOption.APPEND);
			Files.writeString(IN.resolve("trade.csv"), "period,reporter,partner,flow,value_usd\n");
			return new RunSettings(IN.toAbsolutePath(), Path.of("target/article-step-tests/out").toAbsolutePath(),
					Path.of("target/article-step-tests").toAbsolutePath(), LocalDate.of(2025, 11, 25), Locale.ENGLISH,
					null, null, List.of(), "Unit", "Sources", PartnerGroups.Composition.FIXED,
					WorkbookCompression.SMALL, false);
		}

		@Bean
		RunInputs runInputs(RunSettings settings) {
			return RunInputs.check(settings);
		}

	}

	@Test
	void stagesFactsAndStoryPrintsButNoBodiesAndFoldsAsTheWholeTextsDid() throws Exception {
		ArticleStore store = new ArticleStore(this.jdbc, STATE.resolve("articles.spool"));
		store.discardSpool();
		this.jdbc.update("DELETE FROM STG_ARTICLE_KEY");
		this.jdbc.update("DELETE FROM STG_REJECT");

		JobExecution execution = this.jobs.startStep("importArticles");

		// every record read once, staged or rejected, by many slices
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<StepExecution> slices = execution.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().startsWith("importArticles:slice-"))
			.toList();
		assertThat(slices).hasSizeGreaterThan(10).allMatch(s -> s.getStatus() == BatchStatus.COMPLETED);
		assertThat(slices.stream().mapToLong(StepExecution::getReadCount).sum()).isEqualTo(ARTICLES + 5);
		assertThat(slices.stream().mapToLong(StepExecution::getWriteCount).sum()).isEqualTo(ARTICLES + 5);
		// duplicates are staged until all slices are: which one is first is known only then
		assertThat(store.count("articles.csv")).isEqualTo(ARTICLES + 4);
		// H2 holds a narrow row per article; fields, facts and story prints are in the import's runs, one per chunk
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM STG_ARTICLE", Long.class)).isZero();
		try (Stream<Path> runs = Files.list(STATE.resolve("articles.runs"))) {
			assertThat(runs.filter(f -> f.toString().endsWith(".run")).count()).isGreaterThanOrEqualTo(slices.size());
		}

		assertThat(this.jobs.startStep("rejectDuplicateArticles").getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(store.count("articles.csv")).isEqualTo(ARTICLES + 1);
		long last = Files.readAllLines(IN.resolve("articles.csv")).size() - 5; // the feed's last line
		assertThat(this.jdbc.queryForList("SELECT LINE, COLUMN_NAME, REASON FROM STG_REJECT ORDER BY LINE"))
			.extracting(r -> r.get("LINE") + " " + r.get("COLUMN_NAME") + ": " + r.get("REASON"))
			.containsExactly((last + 1) + " id: duplicate id (first seen on line 2)",
					(last + 2) + " published_at: out of range (1990-01-01 to the run date 2025-11-25)",
					(last + 4) + " id: duplicate id (first seen on line " + (last + 3) + ")",
					(last + 5) + " id: duplicate id (first seen on line " + (last + 3) + ")");

		// folding the staged prints gives the stories of the whole texts, as folded before prints existed
		Map<String, String> stories = store.foldStories(StoryFolder.withDefaults());
		List<ArticleText> accepted = texts(IN.resolve("articles.csv"));
		accepted.add(new ArticleText("twice", LocalDate.of(2025, 4, 3), "en", "First of twice", "Text"));
		Map<String, String> expected = LegacyStoryFolder.withDefaults().fold(accepted);
		assertThat(stories).isEqualTo(expected);
		assertThat(stories.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count()).isGreaterThan(30);
		// the runs still hold the removed duplicates; what is read back is the staged articles, each once, with facts
		List<StagedArticle> read = new ArrayList<>();
		store.forEach(read::add);
		assertThat(read).hasSize(ARTICLES + 1);
		assertThat(read.stream().filter(a -> a.article().id().equals("twice"))).singleElement()
			.satisfies(a -> assertThat(a.article().title()).isEqualTo("First of twice"));
		assertThat(read.stream().filter(a -> !a.facts().topics().isEmpty()).count()).isGreaterThan(ARTICLES / 2);
	}

	@Test
	void keepsTheFirstArticleOfAnIdInFileOrderWhicheverSliceWasStagedFirst() {
		this.jdbc.update("DELETE FROM STG_ARTICLE_KEY");
		ArticleStore store = new ArticleStore(this.jdbc, this.dir.resolve("articles.spool"));
		// a later slice commits before an earlier one
		store.sink("articles.csv").store(List.of(staged(40, "x", "Late copy"), staged(41, "y", "Y"), staged(42, "x", "Again")));
		store.sink("articles.csv").store(List.of(staged(3, "z", "Z"), staged(7, "x", "First")));

		List<Reject> duplicates = store.removeDuplicates("articles.csv");

		assertThat(duplicates).extracting(r -> r.line() + " " + r.column() + "=" + r.value() + ": " + r.reason())
			.containsExactly("40 id=x: duplicate id (first seen on line 7)", "42 id=x: duplicate id (first seen on line 7)");
		List<String> kept = new ArrayList<>();
		store.forEach(a -> kept.add(a.article().id() + ":" + a.article().title()));
		// in publication order (all on one day), then by id
		assertThat(kept).containsExactly("x:First", "y:Y", "z:Z");
		assertThat(store.removeDuplicates("articles.csv")).isEmpty();
	}

	private static Parsed.Accepted<StagedArticle> staged(long line, String id, String title) {
		return new Parsed.Accepted<>(line, new StagedArticle(new Article(id, LocalDate.of(2025, 4, 1), "2025-04-01",
				null, null, "en", title, null), StoredFacts.NONE, new byte[0]));
	}

	/** The accepted articles of the feed, as the job read them before it stopped staging bodies. */
	private static List<ArticleText> texts(Path csv) throws Exception {
		List<ArticleText> texts = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
			for (CsvRecord r : reader) {
				if (r.getStartingLineNumber() > 1 && texts.size() < ARTICLES) { // without the appended lines
					texts.add(new ArticleText(r.getField(0), LocalDate.parse(r.getField(1).substring(0, 10)),
							r.getField(4), r.getField(5), r.getField(6)));
				}
			}
		}
		return texts;
	}

}
