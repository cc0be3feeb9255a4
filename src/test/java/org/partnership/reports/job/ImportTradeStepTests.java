package org.partnership.reports.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.partnership.reports.PartnershipReportsApplication;
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
 * The trade import step on its own, with Spring Batch Test: accepted rows are staged, bad rows go to
 * the reject table, and the step's counters agree with both.
 */
@SpringBatchTest
@SpringBootTest(classes = { PartnershipReportsApplication.class, ImportTradeStepTests.Inputs.class },
		properties = { "partnership.state-dir=./target/step-tests", "spring.batch.job.enabled=false" })
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
					2024,KAZ,EU27,import,TOTAL,11100000000
					2024,KAZ,EU27,import,TOTAL,oops
					""");
			return new RunSettings(in.toAbsolutePath(), Path.of("target/step-tests/out").toAbsolutePath(),
					Path.of("target/step-tests").toAbsolutePath(), LocalDate.of(2025, 11, 25), Locale.ENGLISH, null,
					null, List.of(), "Unit", "Sources", PartnerGroups.Composition.FIXED, false);
		}

		@Bean
		RunInputs runInputs(RunSettings settings) {
			return RunInputs.check(settings);
		}

	}

	@Test
	void stagesAcceptedRowsAndRejectsTheRestWithMatchingCounters() throws Exception {
		this.jdbc.update("DELETE FROM STG_TRADE");
		this.jdbc.update("DELETE FROM STG_REJECT");

		JobExecution execution = this.jobs.startStep("importTrade");

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		StepExecution step = execution.getStepExecutions().iterator().next();
		assertThat(step.getReadCount()).isEqualTo(3);
		assertThat(step.getWriteCount()).isEqualTo(3);
		assertThat(this.jdbc.queryForObject("SELECT SUM(VALUE_USD) FROM STG_TRADE", java.math.BigDecimal.class))
			.isEqualByComparingTo("49700000000");
		assertThat(this.jdbc.queryForList("SELECT LINE, COLUMN_NAME, REASON FROM STG_REJECT"))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.get("LINE")).isEqualTo(4L);
				assertThat(r.get("COLUMN_NAME")).isEqualTo("value_usd");
				assertThat(r.get("REASON")).isEqualTo("not a number");
			});
	}

}
