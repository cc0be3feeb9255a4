package org.partnership.reports.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.partnership.reports.indicators.RunCounts;
import org.partnership.reports.report.RunInfo.InputFileInfo;
import org.partnership.reports.run.ExitCode;
import org.partnership.reports.run.RunInputs;
import org.partnership.reports.run.RunSettings;
import org.partnership.reports.run.RunSummary;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Runs the job once for this invocation. A run is identified by its run date and the fingerprint of
 * its inputs: the same again is "up to date" (exit 0, nothing touched); a run left behind by a crash
 * is recovered and restarted from its last commit; {@code --force} starts a fresh instance.
 */
public class NightlyRun {

	private static final Log log = LogFactory.getLog(NightlyRun.class);

	private final JobOperator operator;

	private final JobRepository repository;

	private final Job job;

	private final RunSettings settings;

	private final RunInputs inputs;

	private final RunCounts counts;

	public NightlyRun(JobOperator operator, JobRepository repository, Job job, RunSettings settings, RunInputs inputs,
			RunCounts counts) {
		this.operator = operator;
		this.repository = repository;
		this.job = job;
		this.settings = settings;
		this.inputs = inputs;
		this.counts = counts;
	}

	public ExitCode execute(PrintStream out, PrintStream err) throws Exception {
		long started = System.currentTimeMillis();
		JobParameters params = parameters(0);
		JobInstance instance = this.repository.getJobInstance(this.job.getName(), params);
		JobExecution execution;
		if (this.settings.force()) {
			params = parameters(this.repository.getJobInstanceCount(this.job.getName()) + 1);
			execution = this.operator.start(this.job, params);
		}
		else if (instance == null) {
			execution = this.operator.start(this.job, params);
		}
		else {
			JobExecution last = this.repository.getLastJobExecution(instance);
			if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
				out.println("up to date: reports for " + this.settings.runDate()
						+ " were already built from the same inputs (use --force to rebuild)");
				return ExitCode.OK;
			}
			if (last != null && last.getStatus().isRunning()) {
				// we hold the state-folder lock, so "running" means a run that died (kill -9, power loss)
				log.warn("recovering execution " + last.getId() + " left in status " + last.getStatus());
				last = this.operator.recover(last);
			}
			out.println("restarting the interrupted run of " + this.settings.runDate() + " from its last commit");
			execution = this.operator.restart(last);
		}
		return finish(execution, started, out, err);
	}

	private ExitCode finish(JobExecution execution, long started, PrintStream out, PrintStream err) {
		boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
		List<InputFileInfo> files = this.counts.of(execution.getJobInstance(), this.inputs);
		String message = ok ? null : failureMessage(execution);
		List<RunSummary.OutputFile> outputs = ok ? outputs(execution) : List.of();
		new RunSummary(ok ? "COMPLETED" : "FAILED", this.settings.runDate().toString(), files, outputs,
				System.currentTimeMillis() - started, message)
			.writeTo(this.settings.output());
		if (ok) {
			for (InputFileInfo f : files) {
				out.println(f.file() + ": read " + f.read() + ", accepted " + f.accepted() + ", rejected "
						+ f.rejected());
			}
			out.println("reports written to " + this.settings.output() + " (" + outputs.size() + " files)");
			return ExitCode.OK;
		}
		err.println("error: job failed: " + message);
		return ExitCode.JOB_FAILED;
	}

	private JobParameters parameters(long attempt) {
		return new JobParametersBuilder().addLocalDate("runDate", this.settings.runDate())
			.addString("fingerprint", this.inputs.fingerprint())
			.addLong("attempt", attempt)
			.toJobParameters();
	}

	private List<RunSummary.OutputFile> outputs(JobExecution execution) {
		String names = execution.getExecutionContext().getString(ReportWriting.OUTPUTS_KEY, "");
		List<RunSummary.OutputFile> list = new ArrayList<>();
		for (String name : names.split("\n")) {
			if (!name.isBlank()) {
				list.add(new RunSummary.OutputFile(name, sha256(this.settings.output().resolve(name))));
			}
		}
		return list;
	}

	private static String failureMessage(JobExecution execution) {
		List<Throwable> failures = execution.getAllFailureExceptions();
		if (failures.isEmpty()) {
			return "status " + execution.getStatus();
		}
		Throwable root = failures.get(0);
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
