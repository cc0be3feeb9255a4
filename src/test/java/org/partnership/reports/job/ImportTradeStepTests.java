package org.partnership.reports.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.partnership.reports.report.excel.WorkbookCompression;
import org.partnership.reports.PartnershipReportsApplication;
import org.partnership.reports.run.RunInputs;
import org.partnership.reports.run.RunSettings;
import org.partnership.reports.period.Period;
import org.partnership.reports.trade.PairAnalysis;
import org.partnership.reports.trade.PartnerGroups;
import org.partnership.reports.trade.TradeLedger;
import org.partnership.reports.trade.TradeRunMerge;

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
import static org.assertj.core.api.Assertions.tuple;

/**
 * The trade import step on its own, with Spring Batch Test: the file is cut into several slices (a
 * tiny slice size), accepted rows end up in the slices' run files, bad rows in the reject table with
 * their physical line — also after a record that spans two lines — and the counters agree with both.
 */
@SpringBatchTest
@SpringBootTest(classes = { PartnershipReportsApplication.class, ImportTradeStepTests.Inputs.class },
		properties = { "partnership.state-dir=./target/step-tests", "spring.batch.job.enabled=false",
				"partnership.trade.slice-bytes=60" })
class ImportTradeStepTests {

	@Autowired
	JobOperatorTestUtils jobs;

	@Autowired
	JdbcTemplate jdbc;

	@TestConfiguration(proxyBeanMethods = false)
	static class Inputs {

		@Bean
		RunSettings runSettings() throws Exception {
			Path in = Files.createDirectories(Path.of("target/step-tests/in"));
			Files.writeString(in.resolve("articles.csv"), "id,published_at,title\n");
			Files.writeString(in.resolve("trade.csv"), """
					period,reporter,partner,flow,commodity,value_usd
					2024,KAZ,EU27,export,TOTAL,38600000000
					2024,KAZ,EU27,import,"TO
					TAL",5
					2024,KAZ,EU27,import,TOTAL,11100000000
					2024,KAZ,EU27,import,TOTAL,oops
					2023,KAZ,EU27,export,TOTAL,33000000000
					2023,KAZ,EU27,import,TOTAL,9500000000
					""");
			return new RunSettings(in.toAbsolutePath(), Path.of("target/step-tests/out").toAbsolutePath(),
					Path.of("target/step-tests").toAbsolutePath(), LocalDate.of(2025, 11, 25), Locale.ENGLISH, null,
					null, List.of(), "Unit", "Sources", PartnerGroups.Composition.FIXED,
					WorkbookCompression.SMALL, false);
		}

		@Bean
		RunInputs runInputs(RunSettings settings) {
			return RunInputs.check(settings);
		}

	}

	@Autowired
	org.partnership.reports.trade.TradeRunFiles runs;

	@Test
	void importsEverySliceAndRejectsTheRestWithMatchingCounters() throws Exception {
		this.jdbc.update("DELETE FROM STG_REJECT");
		this.runs.clear();

		JobExecution execution = this.jobs.startStep("importTrade");

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<StepExecution> slices = execution.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().startsWith("importTrade:slice-"))
			.toList();
		assertThat(slices).hasSizeGreaterThan(2);
		assertThat(slices.stream().mapToLong(StepExecution::getReadCount).sum()).isEqualTo(6);
		assertThat(slices.stream().mapToLong(StepExecution::getWriteCount).sum()).isEqualTo(4);
		assertThat(this.runs.all(1)).hasSize(slices.size());

		TradeLedger ledger = TradeRunMerge.into(new TradeLedger(), this.runs.all(1));
		PairAnalysis pair = new PairAnalysis(ledger, "KAZ", "EU27");
		assertThat(pair.figures(Period.year(2024)).turnover()).isEqualByComparingTo("49700000000");
		assertThat(pair.figures(Period.year(2023)).turnover()).isEqualByComparingTo("42500000000");
		assertThat(this.jdbc.queryForList("SELECT LINE, COLUMN_NAME, REASON FROM STG_REJECT ORDER BY LINE"))
			.extracting(r -> r.get("LINE"), r -> r.get("COLUMN_NAME"), r -> r.get("REASON"))
			.containsExactly(tuple(3L, "commodity", "not an HS code or TOTAL"), tuple(6L, "value_usd", "not a number"));
	}

}
