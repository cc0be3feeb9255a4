package org.partnership.reports.articles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationOrderTests {

	@TempDir
	Path dir;

	@Test
	void rowsComeOutByDayThenIdThenLineInMemoryAndThroughSpilledRuns() throws IOException {
		List<PublicationOrder.Row> rows = rows(2_000);
		List<String> expected = rows.stream()
			.sorted(Comparator.comparing((PublicationOrder.Row r) -> r.article().published())
				.thenComparing(r -> r.article().id())
				.thenComparingLong(PublicationOrder.Row::line))
			.map(PublicationOrderTests::describe)
			.toList();
		for (long runBytes : new long[] { PublicationOrder.RUN_BYTES, 10_000, 1 }) {
			Path runs = this.dir.resolve("sort-" + runBytes);
			List<String> out = new ArrayList<>();
			try (PublicationOrder order = new PublicationOrder(runs, runBytes)) {
				for (PublicationOrder.Row row : rows) {
					order.add(row);
				}
				order.forEachInOrder(row -> out.add(describe(row)));
			}
			assertThat(out).as("runs of %d bytes", runBytes).isEqualTo(expected);
			assertThat(runs).as("runs removed").doesNotExist();
		}
	}

	@Test
	void aThousandRunsMergeIntoPublicationOrderWithRowsLargerThanTheirBuffers() throws IOException {
		List<PublicationOrder.Row> rows = new ArrayList<>(rows(3_000));
		// story prints of 100 KB (a long article): larger than a run's buffer in a merge of many runs
		SplittableRandom random = new SplittableRandom(11);
		for (int i = 0; i < rows.size(); i += 97) {
			PublicationOrder.Row r = rows.get(i);
			byte[] big = new byte[100_000 + i];
			random.nextBytes(big);
			rows.set(i, new PublicationOrder.Row(r.article(), r.line(), r.facts(), big));
		}
		List<String> expected = rows.stream().sorted(PublicationOrder.ORDER).map(PublicationOrderTests::describe).toList();
		ArticleRuns runs = new ArticleRuns(this.dir.resolve("runs"));
		for (int from = 0; from < rows.size(); from += 3) { // as the import's chunks: 1,000 runs
			runs.write(rows.subList(from, Math.min(rows.size(), from + 3)));
		}
		assertThat(runs.list()).hasSize(1_000);

		List<String> out = new ArrayList<>();
		PublicationOrder.merge(runs.list(), row -> out.add(describe(row)));

		assertThat(out).isEqualTo(expected);
		runs.clear();
		assertThat(this.dir.resolve("runs")).doesNotExist();
	}

	@Test
	void nothingAddedNothingHandedOver() throws IOException {
		try (PublicationOrder order = new PublicationOrder(this.dir.resolve("empty"))) {
			order.forEachInOrder(row -> {
				throw new AssertionError(row);
			});
		}
		assertThat(Files.list(this.dir)).isEmpty();
	}

	/** Many on the same day, ids repeated (a feed before its duplicates are removed), nulls and non-Latin text. */
	private static List<PublicationOrder.Row> rows(int n) {
		SplittableRandom random = new SplittableRandom(3);
		List<PublicationOrder.Row> rows = new ArrayList<>();
		for (int line = 2; line < n + 2; line++) {
			LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(20));
			String id = "a-" + random.nextInt(n / 2);
			Article article = new Article(id, day, day + "T10:00", random.nextBoolean() ? null : "Казинформ", null,
					random.nextBoolean() ? "kk" : null, "Қазақстан " + line, null);
			byte[] print = new byte[random.nextInt(3)];
			random.nextBytes(print);
			rows.add(new PublicationOrder.Row(article, line, random.nextBoolean() ? null : new byte[] { 1, (byte) line },
					print.length == 0 ? null : print));
		}
		return rows;
	}

	private static String describe(PublicationOrder.Row row) {
		return row.article() + " " + row.line() + " " + java.util.Arrays.toString(row.facts()) + " "
				+ java.util.Arrays.toString(row.print());
	}

}
