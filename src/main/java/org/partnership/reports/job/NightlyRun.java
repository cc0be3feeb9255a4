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
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.partnership.reports.indicators.RunCounts;
import org.partnership.reports.report.RunInfo.InputFileInfo;
import org.partnership.reports.run.CompletedRun;
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
import org.springframework.batch.core.launch.NoSuchJobException;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Runs the job once for this invocation. A run is identified by its run date and the fingerprint of
 * its inputs: the same again is "up to date" (exit 0, nothing touched) as long as everything it
 * published is still in the output folder, else it is built again; a run left behind by a crash is
 * recovered and restarted from its last commit; {@code --force} starts a fresh instance. The outcome
 * is kept in a {@link CompletedRun} record, from which the next unchanged invocation can answer
 * before Spring starts.
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
			execution = startNew(params);
		}
		else if (instance == null) {
			execution = start(params);
		}
		else {
			JobExecution last = this.repository.getLastJobExecution(instance);
			if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
				List<String> published = published(last);
				String missing = published.stream()
					.filter(name -> !Files.isRegularFile(this.settings.output().resolve(name)))
					.findFirst()
					.orElse(null);
				if (missing == null) {
					record(published);
					log.info("up to date: execution " + last.getId() + " completed with the same inputs; recorded in "
							+ this.settings.stateDir() + " for the next invocation");
					out.println(CompletedRun.upToDateMessage(this.settings.runDate()));
					return ExitCode.OK;
				}
				out.println("rebuilding the reports of " + this.settings.runDate() + ": " + missing + " is missing from "
						+ this.settings.output());
				execution = startNew(params);
			}
			else {
				if (last != null && last.getStatus().isRunning()) {
					// we hold the state-folder lock, so "running" means a run that died (kill -9, power loss)
					log.warn("recovering execution " + last.getId() + " left in status " + last.getStatus());
					last = this.operator.recover(last);
				}
				out.println("restarting the interrupted run of " + this.settings.runDate() + " from its last commit");
				CompletedRun.delete(this.settings.stateDir());
				execution = this.operator.restart(last);
			}
		}
		return finish(execution, started, out, err);
	}

	/** Saves the record for the next invocation; a cache, so failing to write it fails nothing. */
	private void record(List<String> published) {
		try {
			CompletedRun.of(this.settings, this.inputs, published).write(this.settings.stateDir());
		}
		catch (UncheckedIOException ex) {
			log.warn("could not record the completed run in " + this.settings.stateDir() + ": " + ex.getMessage());
		}
	}

	private JobExecution start(JobParameters params) throws Exception {
		CompletedRun.delete(this.settings.stateDir());
		return this.operator.start(this.job, params);
	}

	/** A fresh instance of the same run (--force, or published reports missing). */
	private JobExecution startNew(JobParameters params) throws Exception {
		return start(parameters(instanceCount() + 1));
	}

	/** Instances of the job so far; a state folder that has never run one has none (Spring Batch throws). */
	private long instanceCount() {
		try {
			return this.repository.getJobInstanceCount(this.job.getName());
		}
		catch (NoSuchJobException ex) {
			return 0;
		}
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
			record(published(execution));
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
		List<RunSummary.OutputFile> list = new ArrayList<>();
		for (String name : reports(execution)) {
			list.add(new RunSummary.OutputFile(name, sha256(this.settings.output().resolve(name))));
		}
		return list;
	}

	/** The report files a completed execution published. */
	private static List<String> reports(JobExecution execution) {
		String names = execution.getExecutionContext().getString(ReportWriting.OUTPUTS_KEY, "");
		return Arrays.stream(names.split("\n")).filter(name -> !name.isBlank()).toList();
	}

	/** Everything a completed execution published: its reports and run-summary.json. */
	private static List<String> published(JobExecution execution) {
		List<String> all = new ArrayList<>(reports(execution));
		all.add(RunSummary.FILE_NAME);
		return all;
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
