package org.partnership.reports.articles;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.reports.articles.ArticleStore.StagedArticle;
import org.partnership.reports.articles.extract.StoryFolder;
import org.partnership.reports.articles.extract.StoryPrint;
import org.partnership.reports.bench.BenchArticleFeed;
import org.partnership.reports.ingest.CsvInput;
import org.partnership.reports.ingest.CsvLine;
import org.partnership.reports.ingest.CsvLineReader;
import org.partnership.reports.ingest.Parsed;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The article processor, which the import step runs on worker threads. */
class ArticleProcessorTests {

	private static final StoryFolder STORIES = StoryFolder.withDefaults();

	private final ArticleProcessor processor = new ArticleProcessor(new ArticleRowParser(LocalDate.of(2025, 11, 25)),
			new FactExtraction(null)::read);

	@Test
	void stagesFactsAndStoryPrintButNotTheBody(@TempDir Path dir) throws Exception {
		List<CsvLine> lines = lines(BenchArticleFeed.write(dir.resolve("articles.csv"), 3, 5));

		Parsed.Accepted<StagedArticle> first = (Parsed.Accepted<StagedArticle>) this.processor.process(lines.get(0));

		String body = lines.get(0).raw("body");
		assertThat(first.line()).isEqualTo(2);
		assertThat(first.value().article().id()).isEqualTo(lines.get(0).get("id"));
		assertThat(first.value().article().title()).isEqualTo(lines.get(0).get("title"));
		assertThat(first.value().article().body()).isNull();
		assertThat(body).hasSizeGreaterThan(1_000);
		assertThat(first.value().storyPrint())
			.isEqualTo(STORIES.print(lines.get(0).get("title"), body).toBytes())
			.hasSizeGreaterThan(64 * 8);
		assertThat(first.value().facts().topics()).isNotEmpty();
	}

	@Test
	void workerThreadsStageExactlyWhatOneThreadStages(@TempDir Path dir) throws Exception {
		List<CsvLine> lines = lines(BenchArticleFeed.write(dir.resolve("articles.csv"), 600, 9));
		List<Parsed<StagedArticle>> serial = lines.stream().map(this.processor::process).toList();

		ExecutorService workers = Executors.newFixedThreadPool(4);
		try {
			for (int round = 0; round < 2; round++) {
				List<Future<Parsed<StagedArticle>>> parallel = new ArrayList<>();
				for (CsvLine line : lines) {
					parallel.add(workers.submit(() -> this.processor.process(line)));
				}
				for (int i = 0; i < lines.size(); i++) {
					assertSame(parallel.get(i).get(), serial.get(i));
				}
			}
		}
		finally {
			workers.shutdownNow();
		}
		long withFigures = serial.stream()
			.filter(p -> !((Parsed.Accepted<StagedArticle>) p).value().facts().figures().isEmpty())
			.count();
		assertThat(serial).hasSize(600).allMatch(p -> p instanceof Parsed.Accepted);
		assertThat(withFigures).isGreaterThan(100);
	}

	private static void assertSame(Parsed<StagedArticle> actual, Parsed<StagedArticle> expected) {
		StagedArticle a = ((Parsed.Accepted<StagedArticle>) actual).value();
		StagedArticle e = ((Parsed.Accepted<StagedArticle>) expected).value();
		assertThat(a.article()).isEqualTo(e.article());
		assertThat(a.facts()).isEqualTo(e.facts());
		assertThat(a.storyPrint()).isEqualTo(e.storyPrint());
		assertThat(StoryPrint.fromBytes(a.storyPrint()).isEmpty()).isFalse();
	}

	private static List<CsvLine> lines(Path csv) throws Exception {
		CsvLineReader reader = new CsvLineReader(CsvInput.open(csv, ArticleRowParser.REQUIRED), "articles");
		reader.open(new ExecutionContext());
		try {
			List<CsvLine> lines = new ArrayList<>();
			for (CsvLine line = reader.read(); line != null; line = reader.read()) {
				lines.add(line);
			}
			return lines;
		}
		finally {
			reader.close();
		}
	}

}
