package org.partnership.reports.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.reports.support.WorkbookRows;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optional investment feed: gross inflows per year, their running total, and the founding
 * article's "$200.7 billion from 2005 through the first nine months of 2024" checked against it.
 */
class InvestmentFunctionalTests {

	@TempDir
	Path dir;

	@Test
	void grossInflowsAreCumulatedAndTheQuotedFigureIsReconciled() throws Exception {
		Path in = Files.createDirectories(this.dir.resolve("in"));
		Files.copy(Path.of("input/articles.csv"), in.resolve("articles.csv"));
		Files.copy(Path.of("input/trade.csv"), in.resolve("trade.csv"));
		// 19 years × 10 bn + 10.7 bn over Jan–Sep 2024 = 200.7 bn (a test fixture, not official data)
		StringBuilder csv = new StringBuilder("period,reporter,partner,direction,value_usd\n");
		for (int y = 2005; y <= 2023; y++) {
			csv.append(y).append(",KAZ,EU27,inflow,10000000000\n");
		}
		csv.append("2024-Q1,KAZ,EU27,inflow,4000000000\n2024-Q2,KAZ,EU27,inflow,3700000000\n");
		csv.append("2024-Q3,KAZ,EU27,inflow,3000000000\n2024-Q4,KAZ,EU27,inflow,-1\n");
		Files.writeString(in.resolve("investment.csv"), csv);

		int exit = new Cli(new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(new ByteArrayOutputStream(), true))
			.run("--input", in.toString(), "--output", this.dir.resolve("out").toString(), "--state-dir",
					this.dir.resolve("state").toString(), "--run-date", "2025-11-25");

		assertThat(exit).isZero();
		JsonNode investment = JsonMapper.builder().build().readTree(this.dir.resolve("out/run-summary.json").toFile())
			.get("inputs").get(2);
		assertThat(investment.get("file").asString()).isEqualTo("investment.csv");
		assertThat(investment.get("read").asLong()).isEqualTo(23);
		assertThat(investment.get("accepted").asLong()).isEqualTo(22);
		assertThat(investment.get("rejected").asLong()).isEqualTo(1);

		Path workbook = this.dir.resolve("out/partnership-indicators_2025-11-25.xlsx");
		List<Map<String, Object>> indicators = WorkbookRows.read(workbook, "Indicators");
		assertThat(indicators).filteredOn(r -> "2024-9M".equals(r.get("Period"))
				&& "FDI_INFLOW_CUMULATIVE_SINCE_2005".equals(r.get("Indicator")))
			.extracting(r -> r.get("Value"))
			.containsExactly(200.7e9);
		assertThat(WorkbookRows.read(workbook, "Reconciliation"))
			.filteredOn(r -> "a-2025-04-01-nurtleu-stiprais".equals(r.get("Article ID")) && "INVESTMENT".equals(r.get("Metric")))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.get("Verdict")).isEqualTo("AGREES");
				assertThat((String) r.get("Note")).startsWith("cumulative gross FDI inflow 2005 – 2024-9M");
			});
	}

}
