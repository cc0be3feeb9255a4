package org.partnership.reports.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.partnership.reports.PartnershipReportsApplication;
import org.partnership.reports.ingest.InputFileException;
import org.partnership.reports.job.NightlyRun;
import org.partnership.reports.report.excel.WorkbookCompression;
import org.partnership.reports.run.CompletedRun;
import org.partnership.reports.run.ExitCode;
import org.partnership.reports.run.InputHashes;
import org.partnership.reports.run.InputValidation;
import org.partnership.reports.job.SlicesAhead;
import org.partnership.reports.run.RunInputs;
import org.partnership.reports.run.RunLock;
import org.partnership.reports.run.RunSettings;
import org.partnership.reports.trade.PartnerGroups;
import picocli.CommandLine;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The process entry: checks the command line, takes the state-folder lock, answers an unchanged
 * night from the record of the last completed run, else checks the input files and starts Spring and
 * the job. Every problem before the job ends in one line on stderr and a documented exit code.
 */
public final class Cli {

	/** Defaults are relative to this folder (set by run.sh to the project folder), else to the working directory. */
	public static final String HOME_PROPERTY = "partnership.home";

	private static final Pattern PAIR = Pattern.compile("[A-Z][A-Z0-9_]{1,15}-[A-Z][A-Z0-9_]{1,15}");

	private final PrintStream out;

	private final PrintStream err;

	public Cli(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public int run(String... args) {
		CommandLineOptions options = new CommandLineOptions();
		CommandLine cl = new CommandLine(options);
		try {
			cl.parseArgs(args);
		}
		catch (CommandLine.ParameterException ex) {
			return fail(ExitCode.BAD_INPUT, ex.getMessage() + " (see --help)");
		}
		if (cl.isUsageHelpRequested()) {
			cl.usage(this.out);
			return ExitCode.OK.code();
		}
		if (cl.isVersionHelpRequested()) {
			cl.printVersionHelp(this.out);
			return ExitCode.OK.code();
		}
		RunSettings settings;
		try {
			settings = settings(options);
		}
		catch (IllegalArgumentException ex) {
			return fail(ExitCode.BAD_INPUT, ex.getMessage());
		}
		try {
			if (options.validate) {
				long rejected = new InputValidation(this.out).run(settings, RunInputs.check(settings));
				this.out.println(rejected == 0 ? "inputs valid" : rejected + " records would be rejected");
				return ExitCode.OK.code();
			}
			try (RunLock lock = RunLock.tryAcquire(settings.stateDir())) {
				if (lock == null) {
					return fail(ExitCode.LOCKED, "another run holds the lock on " + settings.stateDir() + "; exiting");
				}
				if (upToDate(settings)) {
					return ExitCode.OK.code();
				}
				RunInputs inputs = RunInputs.check(settings,
						settings.force() ? InputHashes.NONE : InputHashes.read(settings.stateDir()));
				try {
					InputHashes.write(settings.stateDir(), inputs);
				}
				catch (UncheckedIOException ex) {
					// only a cache: the next run hashes again
				}
				return runJob(settings, inputs).code();
			}
		}
		catch (InputFileException ex) {
			return fail(ExitCode.BAD_INPUT, ex.getMessage());
		}
		catch (Exception ex) {
			return fail(ExitCode.JOB_FAILED, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	/**
	 * The unchanged night, answered before Spring and H2 start and without reading the inputs: the
	 * record of the last completed run matches the run date, options and input files (path, size,
	 * modification time, inode), and what it published is still there. Anything else goes on to the
	 * input checks and the job repository, which decide as before.
	 */
	private boolean upToDate(RunSettings settings) {
		if (settings.force()) {
			log(settings, "--force: hashing every input again and starting a new run");
			return false;
		}
		CompletedRun last = CompletedRun.read(settings.stateDir());
		String mismatch;
		try {
			mismatch = last == null ? "no completed run recorded" : last.mismatch(settings);
		}
		catch (RuntimeException ex) {
			mismatch = ex.toString();
		}
		if (mismatch != null) {
			log(settings, "checking the inputs: not up to date by the record of the last completed run (" + mismatch + ")");
			return false;
		}
		log(settings, "up to date: inputs, options and published reports match the completed run of fingerprint "
				+ last.fingerprint() + " recorded in " + settings.stateDir() + "; the job was not started");
		this.out.println(CompletedRun.upToDateMessage(settings.runDate()));
		return true;
	}

	/** One line in the run's log file, in the layout Spring Boot uses there, before Spring is started. */
	private static void log(RunSettings settings, String message) {
		String line = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").format(OffsetDateTime.now())
				+ "  INFO " + ProcessHandle.current().pid() + " --- [partnership-reports] [main] "
				+ "org.partnership.reports.cli.Cli          : " + message + System.lineSeparator();
		Path file = logFile(settings);
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			// a courtesy: the outcome is on stdout and in the exit code
		}
	}

	private static Path logFile(RunSettings settings) {
		return settings.stateDir().resolve("logs").resolve(settings.runDate() + ".log");
	}

	private ExitCode runJob(RunSettings settings, RunInputs inputs) throws Exception {
		Files.createDirectories(settings.output());
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("partnership.state-dir", settings.stateDir().toString());
		props.put("logging.file.name", logFile(settings).toString());
		SlicesAhead slices = SlicesAhead.start(inputs); // on another core while Spring starts
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PartnershipReportsApplication.class)
			.web(WebApplicationType.NONE)
			.properties(props)
			.initializers(ctx -> {
				ctx.getBeanFactory().registerSingleton("runSettings", settings);
				ctx.getBeanFactory().registerSingleton("runInputs", inputs);
				ctx.getBeanFactory().registerSingleton("slicesAhead", slices);
			})
			.run()) {
			return context.getBean(NightlyRun.class).execute(this.out, this.err);
		}
	}

	private RunSettings settings(CommandLineOptions o) {
		Path home = Path.of(System.getProperty(HOME_PROPERTY, "")).toAbsolutePath();
		Path input = resolve(o.input, home.resolve("input"));
		if (!Files.isDirectory(input)) {
			throw new IllegalArgumentException("input folder not found: " + input);
		}
		LocalDate runDate;
		try {
			runDate = o.runDate == null ? LocalDate.now() : LocalDate.parse(o.runDate);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("--run-date must be YYYY-MM-DD: '" + o.runDate + "'");
		}
		Locale locale = switch (o.lang.toLowerCase(Locale.ROOT)) {
			case "en" -> Locale.ENGLISH;
			case "ru" -> Locale.forLanguageTag("ru");
			default -> throw new IllegalArgumentException("--lang must be en or ru: '" + o.lang + "'");
		};
		Path templates = o.templates != null ? o.templates.toAbsolutePath().normalize()
				: (Files.isDirectory(home.resolve("templates")) ? home.resolve("templates") : null);
		if (templates != null && !Files.isDirectory(templates)) {
			throw new IllegalArgumentException("templates folder not found: " + templates);
		}
		Path reference = o.reference == null ? null : o.reference.toAbsolutePath().normalize();
		if (reference != null && !Files.isDirectory(reference)) {
			throw new IllegalArgumentException("reference folder not found: " + reference);
		}
		PartnerGroups.Composition composition = switch (o.composition.toLowerCase(Locale.ROOT)) {
			case "fixed" -> PartnerGroups.Composition.FIXED;
			case "as-of" -> PartnerGroups.Composition.AS_OF;
			default -> throw new IllegalArgumentException("--group-composition must be fixed or as-of: '" + o.composition + "'");
		};
		WorkbookCompression compression = switch (o.workbookCompression.toLowerCase(Locale.ROOT)) {
			case "small" -> WorkbookCompression.SMALL;
			case "fast" -> WorkbookCompression.FAST;
			default -> throw new IllegalArgumentException(
					"--workbook-compression must be small or fast: '" + o.workbookCompression + "'");
		};
		for (String pair : o.pairs) {
			if (!PAIR.matcher(pair).matches()) {
				throw new IllegalArgumentException("--pairs expects codes like KAZ-EU27: '" + pair + "'");
			}
		}
		return new RunSettings(input, resolve(o.output, home.resolve("output")), resolve(o.stateDir, home.resolve("data")),
				runDate, locale, templates, reference, o.pairs, o.issuingUnit, o.sources, composition, compression, o.force);
	}

	private static Path resolve(Path given, Path fallback) {
		return (given == null ? fallback : given.toAbsolutePath()).normalize();
	}

	private int fail(ExitCode code, String message) {
		this.err.println("error: " + message);
		return code.code();
	}

	/** Runs and exits; separated so tests call {@link #run(String...)} in-process. */
	public static void main(String[] args) throws IOException {
		System.exit(new Cli(System.out, System.err).run(args));
	}

}
