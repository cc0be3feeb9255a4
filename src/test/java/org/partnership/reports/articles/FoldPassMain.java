package org.partnership.reports.articles;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.partnership.reports.articles.extract.StoryFolder;
import org.partnership.reports.articles.extract.StoryPrint;

/**
 * Times the parts of the fold's pass alone, on one thread, over the article runs of a state folder
 * ({@code args[0]}, e.g. a bench run's {@code --state-dir}): merging the runs; merging, decoding the facts and
 * counting; merging and reading the story prints; merging, reading the prints and folding. Each pass is run
 * {@code args[1]} times (default 3); the last rounds are warm. A measuring tool for BENCHMARKS.md, not a test.
 */
public final class FoldPassMain {

	private FoldPassMain() {
	}

	public static void main(String[] args) throws Exception {
		List<Path> runs = new ArticleRuns(Path.of(args[0]).resolve("articles.runs")).list();
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		for (int round = 1; round <= rounds; round++) {
			long[] rows = new long[1];
			long t0 = System.nanoTime();
			PublicationOrder.merge(runs, row -> rows[0]++);
			long t1 = System.nanoTime();
			ArticleSide.Counting counting = new ArticleSide.Counting();
			PublicationOrder.merge(runs, row -> counting.accept(new ArticleStore.StagedArticle(row.article(),
					FactsCodec.decode(row.facts(), FactsCodec.Part.WITHOUT_FIGURES), null)));
			long t2 = System.nanoTime();
			long[] printed = new long[1];
			PublicationOrder.merge(runs, row -> printed[0] += StoryPrint.fromBytes(row.print()).isEmpty() ? 0 : 1);
			long t3 = System.nanoTime();
			StoryFolder.Folding folding = StoryFolder.withDefaults().folding();
			PublicationOrder.merge(runs, row -> folding.add(row.article().id(), row.article().published(),
					row.article().language(), StoryPrint.fromBytes(row.print())));
			long stories = folding.stories().values().stream().distinct().count();
			long t4 = System.nanoTime();
			System.out.printf(Locale.ROOT, "round %d: %d rows (%d printed, %d stories); merge %.2f s, + counts %.2f s, "
					+ "+ prints %.2f s, + prints and folding %.2f s%n", round, rows[0], printed[0], stories,
					(t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9);
		}
	}

}
