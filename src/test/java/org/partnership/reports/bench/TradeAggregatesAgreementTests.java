package org.partnership.reports.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.reports.cli.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job's trade aggregates against an independent computation (issue 8, "never at the cost of correctness"):
 * the benchmark's generated feed of 100k rows (60 partners, 120 months, both flows), the real job in-process
 * through the command line, then every quarterly EXPORTS and IMPORTS value it stored equals, to the cent, the
 * plain-Java BigDecimal sum of the same rows. Not timed.
 */
class TradeAggregatesAgreementTests {

	private static final int ROWS = 100_000;

	/** Two pairs (the group and a member) keep the reports cheap; the job still stages and loads all 100k rows. */
	private static final List<String> PARTNERS = List.of("EU27", "DEU");

	@TempDir
	Path dir;

	@Test
	void quarterlyExportsAndImportsEqualAnIndependentSumToTheCent() throws Exception {
		// given
		Path input = Files.createDirectories(this.dir.resolve("in"));
		Path trade = BenchTradeFeed.write(input.resolve("trade.csv"), ROWS, BenchData.TRADE_SEED);
		BenchArticleFeed.write(input.resolve("articles.csv"), 50, BenchData.ARTICLE_SEED);
		Path state = this.dir.resolve("state");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		String pairs = PARTNERS.stream().map(p -> "KAZ-" + p).collect(Collectors.joining(","));

		// when
		int exit = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
			.run("--input", input.toString(), "--output", this.dir.resolve("out").toString(), "--state-dir",
					state.toString(), "--run-date", BenchRunner.RUN_DATE, "--pairs", pairs);

		// then
		assertThat(exit).as(err.toString()).isZero();
		Map<String, BigDecimal> expected = ReferenceAggregation.compute(trade)
			.quarterly()
			.entrySet()
			.stream()
			.filter(e -> PARTNERS.contains(e.getKey().substring(0, e.getKey().indexOf('|'))))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Map<String, BigDecimal> actual = JobAggregates.read(state).quarterly();
		assertThat(expected).hasSize(PARTNERS.size() * 2 * 40);
		assertThat(TradeAggregates.differences(expected, actual, 10)).isEmpty();
	}

	@Test
	void theReferenceSumsEveryRowOnceInBothFamilies() throws Exception {
		// given
		Path trade = BenchTradeFeed.write(this.dir.resolve("trade.csv"), 12_345, 7L);
		BigDecimal all = BigDecimal.ZERO;
		List<String> lines = Files.readAllLines(trade);
		for (String line : lines.subList(1, lines.size())) {
			all = all.add(new BigDecimal(line.substring(line.lastIndexOf(',') + 1)));
		}

		// when
		TradeAggregates reference = ReferenceAggregation.compute(trade);

		// then
		assertThat(lines).hasSize(12_346);
		assertThat(reference.quarterly().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(all);
		assertThat(reference.monthlyChapters().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(all);
	}

	@Test
	void theGeneratedFeedIsDeterministicWithUniqueKeys() throws Exception {
		// when
		Path a = BenchTradeFeed.write(this.dir.resolve("a.csv"), 20_000, 1L);
		Path b = BenchTradeFeed.write(this.dir.resolve("b.csv"), 20_000, 1L);

		// then
		assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
		List<String> lines = Files.readAllLines(a);
		long keys = lines.stream().skip(1).map(l -> l.substring(0, l.lastIndexOf(','))).distinct().count();
		assertThat(keys).isEqualTo(20_000);
		assertThat(lines.stream().skip(1).map(l -> l.split(",")[2]).distinct().count()).isEqualTo(60);
	}

}
