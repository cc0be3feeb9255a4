package org.partnership.reports.job;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.reports.ingest.CsvSplitter;
import org.partnership.reports.ingest.InputFileException;
import org.partnership.reports.ingest.QuoteFreeSplitter;
import org.partnership.reports.report.excel.WorkbookCompression;
import org.partnership.reports.run.RunInputs;
import org.partnership.reports.run.RunSettings;
import org.partnership.reports.trade.PartnerGroups;
import org.partnership.reports.trade.TradeFile;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The slices cut while the job starts are exactly those the partitioners cut themselves, for the sizes they were
 * cut for; any other size, and any error, stays with the partitioner.
 */
class SlicesAheadTests {

	@TempDir
	Path dir;

	private RunInputs inputs() throws IOException {
		// about 6 MB of articles with quoted line breaks and quotes: several slices of the default size
		try (Writer out = Files.newBufferedWriter(this.dir.resolve("articles.csv"), StandardCharsets.UTF_8)) {
			out.write("id,published_at,source,url,language,title,body\n");
			for (int i = 0; i < 6_000; i++) {
				out.write("a-" + i + ",2025-04-01,Press,,en,\"Title, " + i + "\",\"First paragraph with a \"\"quote\"\".\n\n"
						+ "x".repeat(1_000) + "\nlast line " + i + "\"\n");
			}
		}
		Files.copy(Path.of("input/trade.csv"), this.dir.resolve("trade.csv"));
		return RunInputs.check(new RunSettings(this.dir, this.dir.resolve("out"), this.dir.resolve("state"),
				LocalDate.of(2025, 11, 25), Locale.ENGLISH, null, null, List.of(), "", "", PartnerGroups.Composition.FIXED,
				WorkbookCompression.SMALL, false));
	}

	private static long articleBytes(RunInputs inputs) {
		return ArticleSlicePartitioner.defaultSliceBytes(inputs.articles(), NightlyJobConfiguration.importThreads(0));
	}

	@Test
	void theSlicesCutAheadAreThoseThePartitionersCut() throws IOException {
		RunInputs inputs = inputs();
		SlicesAhead ahead = SlicesAhead.start(inputs);
		long bytes = articleBytes(inputs);

		assertThat(ahead.slices(inputs.articles(), bytes)).hasSizeGreaterThan(2)
			.isEqualTo(CsvSplitter.split(inputs.articles(), bytes));
		Map<String, ExecutionContext> partitions = new ArticleSlicePartitioner(inputs.articles(), bytes, ahead).partition(2);
		assertThat(partitions).isEqualTo(new ArticleSlicePartitioner(inputs.articles(), bytes, null).partition(2));

		TradeFile trade = inputs.trade().get(0);
		long tradeBytes = TradeSlicePartitioner.defaultSliceBytes(trade, NightlyJobConfiguration.importThreads(0));
		assertThat(ahead.slices(trade.csv(), tradeBytes)).isEqualTo(QuoteFreeSplitter.split(trade.csv(), tradeBytes));
		assertThat(new TradeSlicePartitioner(0, trade, tradeBytes, ahead).partition(2))
			.isEqualTo(new TradeSlicePartitioner(0, trade, tradeBytes, null).partition(2));
	}

	@Test
	void aConfiguredSliceSizeIsCutByThePartitioner() throws IOException {
		RunInputs inputs = inputs();
		SlicesAhead ahead = SlicesAhead.start(inputs);
		long configured = 2 << 20;

		assertThat(configured).isNotEqualTo(articleBytes(inputs));
		assertThat(ahead.slices(inputs.articles(), configured)).isNull();
		assertThat(new ArticleSlicePartitioner(inputs.articles(), configured, ahead).partition(2))
			.hasSize(CsvSplitter.split(inputs.articles(), configured).size());
	}

	@Test
	void aFileGoneSinceTheChecksIsThePartitionersError() throws IOException {
		RunInputs inputs = inputs();
		long bytes = articleBytes(inputs);
		Files.delete(inputs.articles().path());

		SlicesAhead ahead = SlicesAhead.start(inputs); // nothing to cut ahead: no error here

		assertThat(ahead.slices(inputs.articles(), bytes)).isNull();
		assertThatThrownBy(() -> new ArticleSlicePartitioner(inputs.articles(), bytes, ahead).partition(2))
			.isInstanceOf(InputFileException.class)
			.hasMessageContaining("articles.csv");
	}

}
