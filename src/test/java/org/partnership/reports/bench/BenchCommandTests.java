package org.partnership.reports.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark measures the job as {@code run.sh} starts it. */
class BenchCommandTests {

	@Test
	void theBenchStartsTheJobWithRunShsDefaultJvmOptions() throws Exception {
		String runSh = Files.readString(Path.of("run.sh"));

		assertThat(runSh).contains("${JAVA_OPTS:--Xmx1g " + String.join(" ", BenchRunner.RUN_SH_JVM_OPTIONS) + "}");
	}

}
