package org.partnership.reports.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark measures the job as {@code run.sh} starts it. */
class BenchCommandTests {

	@Test
	void theBenchStartsTheJobWithRunShsDefaultJvmOptions() throws Exception {
		String runSh = Files.readString(Path.of("run.sh"));

		assertThat(runSh).contains("${JAVA_OPTS:--Xmx1g " + String.join(" ", BenchRunner.RUN_SH_JVM_OPTIONS) + "}");
	}

	@Test
	void theClassDataArchiveRunShMadeNextToTheUnpackedJarIsUsed(@TempDir Path app) throws Exception {
		Path jar = app.resolve("partnership-reports.jar");

		assertThat(BenchRunner.runShOptions(jar)).isEqualTo(BenchRunner.RUN_SH_JVM_OPTIONS);

		Files.write(app.resolve("app.jsa"), new byte[] { 1 });
		assertThat(BenchRunner.runShOptions(jar)).startsWith(BenchRunner.RUN_SH_JVM_OPTIONS.toArray(String[]::new))
			.contains("-XX:SharedArchiveFile=" + app.resolve("app.jsa"), "-Xlog:cds*=off");
		assertThat(Files.readString(Path.of("run.sh"))).contains("-XX:SharedArchiveFile=\"$archive\"", "'-Xlog:cds*=off'");
	}

}
