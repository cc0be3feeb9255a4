package org.partnership.reports.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What the last completed run was built from and what it published
 * ({@code <state-dir>/completed-run.properties}): run date, fingerprint, configuration hash, each
 * input file's path, {@link FileStamp} and SHA-256, the output folder and the published files.
 * Written when a run completes (or is found up to date in the job repository), deleted before a job
 * starts, so it never describes a run that is under way or failed.
 * <p>
 * It lets an unchanged night say "up to date" in about a second, before Spring and H2 start and
 * without reading the inputs, whatever their size: {@link #mismatch(RunSettings)} compares it with the files on disk. Any
 * difference sends the invocation down the usual path, where the job repository decides.
 */
public record CompletedRun(LocalDate runDate, String fingerprint, String configurationHash, Path output,
		List<RunInputs.CheckedFile> inputs, List<String> outputs) {

	static final String FILE_NAME = "completed-run.properties";

	/** The H2 job repository, as named in application.properties; the record is void without it. */
	static final String REPOSITORY_FILE = "partnership.mv.db";

	private static final int FORMAT = 1;

	public CompletedRun {
		inputs = List.copyOf(inputs);
		outputs = List.copyOf(outputs);
	}

	/**
	 * The record of a run of these inputs that published {@code outputs} (file names in the output
	 * folder, {@code run-summary.json} included).
	 */
	public static CompletedRun of(RunSettings settings, RunInputs inputs, List<String> outputs) {
		return new CompletedRun(settings.runDate(), inputs.fingerprint(), inputs.configurationHash(),
				settings.output(), inputs.files(), outputs);
	}

	/** The same line whether the record or the job repository found the reports up to date. */
	public static String upToDateMessage(LocalDate runDate) {
		return "up to date: reports for " + runDate + " were already built from the same inputs (use --force to rebuild)";
	}

	/** The record in this state folder, or {@code null} when there is none or it cannot be read. */
	public static CompletedRun read(Path stateDir) {
		Properties p = StateFile.read(stateDir.resolve(FILE_NAME));
		try {
			if (!String.valueOf(FORMAT).equals(p.getProperty("format"))) {
				return null;
			}
			List<RunInputs.CheckedFile> inputs = new ArrayList<>();
			for (int i = 1; p.containsKey("input." + i); i++) {
				inputs.add(new RunInputs.CheckedFile(Path.of(p.getProperty("input." + i)),
						FileStamp.parse(p.getProperty("input." + i + ".stamp")), p.getProperty("input." + i + ".sha256")));
			}
			List<String> outputs = new ArrayList<>();
			for (int i = 1; p.containsKey("output." + i); i++) {
				outputs.add(p.getProperty("output." + i));
			}
			return new CompletedRun(LocalDate.parse(p.getProperty("runDate")), p.getProperty("fingerprint"),
					p.getProperty("configurationHash"), Path.of(p.getProperty("output")), inputs, outputs);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	public void write(Path stateDir) {
		Map<String, String> p = new LinkedHashMap<>();
		p.put("format", String.valueOf(FORMAT));
		p.put("runDate", this.runDate.toString());
		p.put("fingerprint", this.fingerprint);
		p.put("configurationHash", this.configurationHash);
		for (int i = 0; i < this.inputs.size(); i++) {
			RunInputs.CheckedFile f = this.inputs.get(i);
			p.put("input." + (i + 1), f.path().toString());
			p.put("input." + (i + 1) + ".stamp", f.stamp() == null ? "" : f.stamp().format());
			p.put("input." + (i + 1) + ".sha256", f.sha256());
		}
		p.put("output", this.output.toString());
		for (int i = 0; i < this.outputs.size(); i++) {
			p.put("output." + (i + 1), this.outputs.get(i));
		}
		StateFile.write(stateDir.resolve(FILE_NAME), p,
				"partnership-reports: the last completed run, which lets an unchanged night exit before Spring starts");
	}

	/** Forgets the last completed run; done before a job starts. */
	public static void delete(Path stateDir) {
		StateFile.delete(stateDir.resolve(FILE_NAME));
	}

	/**
	 * Why this record does not show the reports of {@code settings} to be up to date, or {@code null}
	 * when it does: same run date, configuration (options, templates, reference data), output folder
	 * and input files (the same paths with unchanged stamps, and no file added), every published file
	 * still there, and the job repository present. Reads no input file.
	 */
	public String mismatch(RunSettings settings) {
		if (settings.force()) {
			return "--force";
		}
		if (!this.runDate.equals(settings.runDate())) {
			return "last completed run was for " + this.runDate;
		}
		if (!this.output.equals(settings.output())) {
			return "last completed run wrote to " + this.output;
		}
		if (!Files.isRegularFile(settings.stateDir().resolve(REPOSITORY_FILE))) {
			return "no job repository in " + settings.stateDir();
		}
		List<Path> files = new ArrayList<>();
		files.add(settings.articlesFile());
		files.addAll(settings.tradeFiles());
		if (Files.exists(settings.investmentFile())) {
			files.add(settings.investmentFile());
		}
		if (!files.equals(this.inputs.stream().map(RunInputs.CheckedFile::path).toList())) {
			return "input files " + files + " differ from " + this.inputs.stream().map(RunInputs.CheckedFile::path).toList();
		}
		for (RunInputs.CheckedFile f : this.inputs) {
			if (f.stamp() == null || !f.stamp().equals(FileStamp.of(f.path()))) {
				return f.path().getFileName() + " changed (size, modification time or inode)";
			}
		}
		for (String name : this.outputs) {
			if (!Files.isRegularFile(this.output.resolve(name))) {
				return name + " missing from " + this.output;
			}
		}
		if (!this.configurationHash.equals(ConfigurationHash.of(settings))) {
			return "options, templates or reference data changed";
		}
		return null;
	}

}
