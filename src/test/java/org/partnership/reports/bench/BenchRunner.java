package org.partnership.reports.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark of issue 8, one invocation: for each size, generate the inputs if missing, then on the same files
 * (1) the independent plain-Java aggregation, (2) DuckDB in its own JVM, (3) the full job in its own JVM with
 * {@code -Xmx1g}, {@code run.sh}'s other JVM options ({@link #runShOptions}) and a fresh state folder, (4) the job
 * again on the same inputs ("up to date"); check that the
 * job's and DuckDB's aggregates equal the independent ones to the cent, and print the tables (also written to
 * {@code <work>/results-<size>.md}). Started by {@code bench/run.sh}; nothing here asserts a time.
 *
 * <p>Options: {@code --sizes small|full}, {@code --jar PATH}, {@code --data DIR} (cache of generated inputs),
 * {@code --work DIR} (runs, logs, results), {@code --job-opts "..."} (extra JVM options for the job's first run,
 * e.g. {@code -XX:ActiveProcessorCount=1}), {@code --job-heap 1g} (the job's -Xmx, default 1g), {@code --job-timeout-min N}
 * (stop the job after N minutes and report the steps it completed), {@code --pairs KAZ-EU27} and {@code --workbook-compression fast} (the job's options), {@code --sizes 1m,10m,1m-trade,10m-trade}, {@code --profile} (a flight recording of the job's first run, summarised
 * by {@link JfrHotSpots} into {@code job-profile.txt}), {@code --skip-job} (DuckDB and the reference only).
 */
public final class BenchRunner {

	static final String RUN_DATE = "2025-11-25";

	static final List<String> STEPS = List.of("resetStaging", "importArticles", "rejectDuplicateArticles", "importTrade",
			"computeIndicators", "writeReports", "publishReports");

	private static final Pattern STEP_LINE = Pattern.compile("Step: \\[(\\w+)] executed in (\\S+)");

	private static final Pattern REPORT_PART = Pattern
		.compile("(report model assembled|\\w+Output: \\d+ file\\(s\\) written) in (\\d+) ms");

	private static final Pattern STEP_FAILED = Pattern.compile("Encountered an error executing step (\\w+)");

	private static final Pattern DURATION_PART = Pattern.compile("(\\d+)(ms|h|m|s)");

	private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\) ([\\d.]+)ms");

	private final PrintStream out = System.out;

	private Path jar;

	private Path data;

	private Path work;

	private String jobOpts = "";

	/** The JVM options {@code run.sh} starts the job with besides the heap (its default {@code JAVA_OPTS}). */
	static final List<String> RUN_SH_JVM_OPTIONS = List.of("-XX:+UseParallelGC", "-XX:CompileThresholdScaling=5",
			"-XX:FreqInlineSize=100");

	/** {@link #RUN_SH_JVM_OPTIONS}, and the class-data archive {@code run.sh} made next to the unpacked jar, if any. */
	static List<String> runShOptions(Path jar) {
		List<String> options = new ArrayList<>(RUN_SH_JVM_OPTIONS);
		Path archive = jar.resolveSibling("app.jsa");
		if (Files.isRegularFile(archive)) {
			options.addAll(List.of("-Xlog:cds*=off", "-XX:SharedArchiveFile=" + archive));
		}
		return options;
	}

	private boolean skipJob;

	private boolean profile;

	private double jobTimeoutMin = 0;

	private String jobHeap = "1g";

	/** {@code --pairs} for the job (e.g. KAZ-EU27); empty: every pair in the data, as the nightly run does. */
	private String pairs = "";

	/** {@code --workbook-compression} for the job; empty: the default. */
	private String workbookCompression = "";

	public static void main(String[] args) throws Exception {
		BenchRunner runner = new BenchRunner();
		String sizes = "small";
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--sizes" -> sizes = args[++i];
				case "--jar" -> runner.jar = Path.of(args[++i]).toAbsolutePath();
				case "--data" -> runner.data = Path.of(args[++i]).toAbsolutePath();
				case "--work" -> runner.work = Path.of(args[++i]).toAbsolutePath();
				case "--job-opts" -> runner.jobOpts = args[++i];
				case "--skip-job" -> runner.skipJob = true;
				case "--profile" -> runner.profile = true;
				case "--job-timeout-min" -> runner.jobTimeoutMin = Double.parseDouble(args[++i]);
				case "--job-heap" -> runner.jobHeap = args[++i];
				case "--pairs" -> runner.pairs = args[++i];
				case "--workbook-compression" -> runner.workbookCompression = args[++i];
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		List<BenchData.Size> list = new ArrayList<>();
		String names = switch (sizes) {
			case "small" -> "1m";
			case "full" -> "1m,10m";
			default -> sizes;
		};
		for (String name : names.split(",")) {
			list.add(switch (name) {
				case "1m" -> new BenchData.Size("1M trade + 100k articles", 1_000_000, 100_000);
				case "10m" -> new BenchData.Size("10M trade + 500k articles", 10_000_000, 500_000);
				case "1m-trade" -> new BenchData.Size("1M trade + 1k articles (trade stage)", 1_000_000, 1_000);
				case "10m-trade" -> new BenchData.Size("10M trade + 1k articles (trade stage)", 10_000_000, 1_000);
				default -> throw new IllegalArgumentException("--sizes small|full|1m,10m,1m-trade,10m-trade");
			});
		}
		Files.createDirectories(runner.work);
		boolean allAgree = true;
		runner.out.println(machine());
		for (BenchData.Size size : list) {
			allAgree &= runner.run(size);
		}
		System.exit(allAgree ? 0 : 1);
	}

	static String machine() throws IOException {
		String mem = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
		return String.format(Locale.ROOT, "machine: %d cores, %s, %s %s (%s), load average %s",
				Runtime.getRuntime().availableProcessors(), mem, System.getProperty("java.vm.name"),
				System.getProperty("java.runtime.version"), System.getProperty("os.arch"), loadAverage());
	}

	static String loadAverage() throws IOException {
		String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
		return f[0] + " " + f[1] + " " + f[2];
	}

	private boolean run(BenchData.Size size) throws Exception {
		this.out.println();
		this.out.println("== " + size.label() + " ==");
		Path input = BenchData.ensure(this.data, size, this.out);
		Path trade = input.resolve("trade.csv");
		Path articles = input.resolve("articles.csv");
		double tradeMb = Files.size(trade) / 1e6;
		double articleMb = Files.size(articles) / 1e6;
		warm(trade);
		warm(articles);
		Path dir = this.work.resolve(size.folderName());
		deleteTree(dir);
		Files.createDirectories(dir);

		// 1. the independent computation
		long t = System.nanoTime();
		TradeAggregates reference = ReferenceAggregation.compute(trade);
		double referenceS = (System.nanoTime() - t) / 1e9;
		this.out.printf(Locale.ROOT, "reference (plain Java, 1 thread, BigDecimal): %.2f s%n", referenceS);

		// 2. DuckDB in its own JVM
		Path duckOut = dir.resolve("duckdb-aggregates.tsv");
		String loadBeforeDuck = loadAverage();
		Measured duck = measure(List.of(javaBin(), "-cp", System.getProperty("java.class.path"),
				DuckDbTradeAggregates.class.getName(), trade.toString(), duckOut.toString()), dir.resolve("duckdb"));
		if (duck.exit() != 0) {
			throw new IllegalStateException("DuckDB run failed: " + Files.readString(dir.resolve("duckdb.err")));
		}
		Map<String, String> duckTimes = keyValues(duck.stdout());
		double duckQueryS = Long.parseLong(duckTimes.get("query_ms")) / 1e3;
		TradeAggregates duckAggregates = TradeAggregates.read(duckOut);
		this.out.printf(Locale.ROOT, "duckdb %s threads=%s: load %s ms, quarter %s ms, chapter %s ms; process %.2f s, peak RSS %d MB%n",
				duckTimes.get("version"), duckTimes.get("threads"), duckTimes.get("load_ms"),
				duckTimes.get("quarter_ms"), duckTimes.get("chapter_ms"), duck.wallS(), duck.peakRssKb() / 1024);

		List<String> duckQ = TradeAggregates.differences(reference.quarterly(), duckAggregates.quarterly(), 5);
		List<String> duckM = TradeAggregates.differences(reference.monthlyChapters(), duckAggregates.monthlyChapters(), 5);
		boolean agree = duckQ.isEmpty() && duckM.isEmpty();

		StringBuilder md = new StringBuilder();
		md.append("### ").append(size.label()).append("\n\n");
		md.append(String.format(Locale.ROOT, "trade.csv %,.1f MB (%,d rows), articles.csv %,.1f MB (%,d articles); %s%n%n",
				tradeMb, size.tradeRows(), articleMb, size.articles(), machine()));

		Map<String, Double> steps = Map.of();
		List<String> logLines = List.of();
		java.util.Set<String> failedSteps = java.util.Set.of();
		Measured job = null;
		Measured again = null;
		long[] heap = { -1, -1, 0, 0 };
		List<String> jobQ = List.of("job not run");
		int jobKeys = reference.quarterly().size();
		if (!this.skipJob) {
			// 3. the full job, fresh state
			Path state = dir.resolve("state");
			Path output = dir.resolve("output");
			Path gcLog = dir.resolve("job-gc.log");
			List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx" + this.jobHeap));
			cmd.addAll(runShOptions(this.jar));
			cmd.addAll(List.of("-Dfile.encoding=UTF-8", "-Djava.awt.headless=true", "-Duser.timezone=UTC",
					"-Xlog:gc:file=" + gcLog));
			Path jfr = dir.resolve("job.jfr");
			if (this.profile) {
				cmd.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
			}
			for (String o : this.jobOpts.trim().split("\\s+")) {
				if (!o.isEmpty()) {
					cmd.add(o);
				}
			}
			cmd.addAll(List.of("-jar", this.jar.toString(), "--input", input.toString(), "--output", output.toString(),
					"--state-dir", state.toString(), "--run-date", RUN_DATE));
			if (!this.pairs.isEmpty()) {
				cmd.addAll(List.of("--pairs", this.pairs));
			}
			if (!this.workbookCompression.isEmpty()) {
				cmd.addAll(List.of("--workbook-compression", this.workbookCompression));
			}
			String loadBeforeJob = loadAverage();
			this.out.println("job: " + String.join(" ", cmd));
			job = measure(cmd, dir.resolve("job-run1"), this.jobTimeoutMin);
			String loadAfterJob = loadAverage();
			this.out.printf(Locale.ROOT, "job exit %d%s in %.1f s, peak RSS %d MB (load average before %s, after %s)%n",
					job.exit(), job.timedOut() ? " (stopped at the time limit)" : "", job.wallS(), job.peakRssKb() / 1024,
					loadBeforeJob, loadAfterJob);
			Path log = state.resolve("logs").resolve(RUN_DATE + ".log");
			logLines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
			steps = steps(logLines);
			failedSteps = failedSteps(logLines);
			heap = gcHeap(gcLog);
			md.append("Job command: `").append(String.join(" ", cmd)).append("` (load average before ")
				.append(loadBeforeJob).append(", after ").append(loadAfterJob).append(")\n\n");
			if (job.exit() != 0 || job.timedOut()) {
				String why = job.timedOut() ? "stopped after the time limit of " + this.jobTimeoutMin + " min"
						: "failed with exit " + job.exit() + ": " + (job.stdout() + Files.readString(dir.resolve("job-run1.err")))
							.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("");
				this.out.println("job " + why);
				md.append("**The job did not finish: ").append(why).append(".** Steps below are those it completed.\n\n");
				jobQ = List.of("job did not finish");
			}
			if (this.profile && Files.exists(jfr) && Files.size(jfr) > 0) {
				Path summary = dir.resolve("job-profile.txt");
				try {
					Files.writeString(summary, JfrHotSpots.summary(jfr, log, 30), StandardCharsets.UTF_8);
					this.out.println("profile: " + jfr + ", summary in " + summary);
				}
				catch (IOException ex) {
					this.out.println("profile unreadable (" + ex.getMessage() + "); a killed JVM leaves its chunks in"
							+ " the JFR repository under java.io.tmpdir");
				}
			}
		}
		boolean finished = job != null && job.exit() == 0 && !job.timedOut();
		if (finished) {
			Path state = dir.resolve("state");
			Path output = dir.resolve("output");
			TradeAggregates jobAggregates = JobAggregates.read(state);
			Map<String, java.math.BigDecimal> expected = reference.quarterly();
			if (!this.pairs.isEmpty()) {
				// the job computes indicators for the chosen pairs only
				java.util.Set<String> partners = new java.util.HashSet<>();
				for (String pair : this.pairs.split(",")) {
					partners.add(pair.substring(pair.indexOf('-') + 1));
				}
				expected = new java.util.TreeMap<>(expected);
				expected.keySet().removeIf(k -> !partners.contains(k.substring(0, k.indexOf('|'))));
			}
			// the job also rolls member rows up into groups the feed does not carry (CENTRAL_ASIA from
			// KGZ, TJK, TKM, UZB); the reference sums the feed's own partner codes, so those are left out
			java.util.Set<String> feedPartners = new java.util.HashSet<>();
			reference.quarterly().keySet().forEach(k -> feedPartners.add(k.substring(0, k.indexOf('|'))));
			Map<String, java.math.BigDecimal> actual = new java.util.TreeMap<>(jobAggregates.quarterly());
			actual.keySet().removeIf(k -> !feedPartners.contains(k.substring(0, k.indexOf('|'))));
			jobQ = TradeAggregates.differences(expected, actual, 5);
			jobKeys = expected.size();
			agree &= jobQ.isEmpty();

			// 4. an unchanged night
			List<String> cmd2 = new ArrayList<>(List.of(javaBin(), "-Xmx" + this.jobHeap));
			cmd2.addAll(runShOptions(this.jar));
			cmd2.addAll(List.of("-Dfile.encoding=UTF-8", "-Djava.awt.headless=true", "-Duser.timezone=UTC", "-jar",
					this.jar.toString(), "--input", input.toString(), "--output", output.toString(), "--state-dir",
					state.toString(), "--run-date", RUN_DATE));
			if (!this.pairs.isEmpty()) {
				cmd2.addAll(List.of("--pairs", this.pairs));
			}
			if (!this.workbookCompression.isEmpty()) {
				cmd2.addAll(List.of("--workbook-compression", this.workbookCompression));
			}
			again = measure(cmd2, dir.resolve("job-run2"));
			this.out.printf(Locale.ROOT, "job again (up to date): exit %d in %.2f s: %s%n", again.exit(), again.wallS(),
					again.stdout().trim().replace('\n', ' '));
		}
		md.append("DuckDB: ").append(duckTimes.get("version")).append(", threads=").append(duckTimes.get("threads"))
			.append(", in-memory, JDBC, own JVM (load average before ").append(loadBeforeDuck).append(")\n\n");

		boolean stageMeasured = steps.containsKey("importTrade") && steps.containsKey("computeIndicators")
				&& !failedSteps.contains("importTrade") && !failedSteps.contains("computeIndicators");
		md.append("| stage | wall s | rows/s | MB/s | target (issue 8) |\n|---|---:|---:|---:|---|\n");
		if (job != null) {
			for (String s : STEPS) {
				Double secs = steps.get(s);
				String rows = "";
				String mbs = "";
				String target = "";
				if (secs != null && s.equals("importTrade")) {
					rows = rate(size.tradeRows(), secs);
					mbs = rate(tradeMb, secs);
				}
				if (secs != null && s.equals("importArticles")) {
					rows = rate(size.articles(), secs);
					mbs = rate(articleMb, secs);
					target = "≥ 100 MB/s (500k feed)";
				}
				md.append(String.format(Locale.ROOT, "| job %s | %s%s | %s | %s | %s |%n", s, secs == null ? "—" : fmt(secs),
						failedSteps.contains(s) ? " (failed)" : "", rows, mbs, target));
				if (s.equals("writeReports")) {
					for (Map.Entry<String, Double> part : reportParts(logLines).entrySet()) {
						md.append(String.format(Locale.ROOT, "| &nbsp;&nbsp;of which %s | %s | | | %s |%n", part.getKey(),
								fmt(part.getValue()), part.getKey().startsWith("WorkbookOutput") ? "workbook ≤ 10 s" : ""));
					}
				}
			}
			double stage = steps.getOrDefault("importTrade", 0d) + steps.getOrDefault("computeIndicators", 0d);
			md.append(String.format(Locale.ROOT, "| **job trade stage** (importTrade + computeIndicators) | %s%s | %s | %s | DuckDB's throughput on 10M |%n",
					stageMeasured ? "" : "> ", fmt(stage), rate(size.tradeRows(), stage),
					rate(tradeMb, stage)));
			md.append(String.format(Locale.ROOT, "| **job whole run** (process, JVM start included) | %s%s | | | ≤ 45 s on 10M + 500k |%n",
					finished ? "" : "> ", fmt(job.wallS())));
			md.append(String.format(Locale.ROOT, "| job whole run, CPU time (user + sys, all threads) | %s | | | |%n",
					job.cpuS() < 0 ? "—" : fmt(job.cpuS())));
			md.append(String.format(Locale.ROOT, "| job up to date (second run, process) | %s | | | ≤ 3 s |%n",
					again == null ? "—" : fmt(again.wallS())));
		}
		md.append(String.format(Locale.ROOT, "| **DuckDB** load CSV + 2 GROUP BYs (query time) | %s | %s | %s | |%n",
				fmt(duckQueryS), rate(size.tradeRows(), duckQueryS), rate(tradeMb, duckQueryS)));
		md.append(String.format(Locale.ROOT, "| DuckDB process (JVM start, driver load, query, write); CPU time | %s; CPU %s | | | |%n",
				fmt(duck.wallS()), duck.cpuS() < 0 ? "—" : fmt(duck.cpuS())));
		md.append(String.format(Locale.ROOT, "| plain Java reference (1 thread, split + BigDecimal, in the harness JVM) | %s | %s | %s | |%n",
				fmt(referenceS), rate(size.tradeRows(), referenceS), rate(tradeMb, referenceS)));
		md.append("\n| measure | value | target |\n|---|---:|---|\n");
		if (job != null) {
			double stage = steps.getOrDefault("importTrade", 0d) + steps.getOrDefault("computeIndicators", 0d);
			String partial = stageMeasured ? "" : "> ";
			md.append(String.format(Locale.ROOT, "| ratio trade stage: job time ÷ DuckDB time (importTrade + computeIndicators vs load + 2 GROUP BYs) | %s%.1f | ≤ 1.0 on 10M |%n",
					partial, stage / duckQueryS));
			md.append(String.format(Locale.ROOT, "| ratio whole run: job process ÷ DuckDB process | %s%.1f× | |%n",
					finished ? "" : "> ", job.wallS() / duck.wallS()));
			md.append(String.format(Locale.ROOT, "| job peak RSS (-Xmx%s) | %,d MB | |%n", this.jobHeap, job.peakRssKb() / 1024));
			md.append(String.format(Locale.ROOT, "| job heap: max used before GC / max live after GC | %,d MB / %,d MB | workbook ≤ 512 MB heap (issue 5) |%n",
					heap[0], heap[1]));
			md.append(String.format(Locale.ROOT, "| job GC pauses: total / full collections | %.1f s / %d | |%n",
					heap[2] / 1000.0, heap[3]));
		}
		md.append(String.format(Locale.ROOT, "| DuckDB process peak RSS | %,d MB | |%n", duck.peakRssKb() / 1024));
		md.append(String.format(Locale.ROOT, "| quarterly partner × flow aggregates: job vs reference | %s (%,d keys) | equal to the cent |%n",
				verdict(jobQ), jobKeys));
		md.append(String.format(Locale.ROOT, "| quarterly partner × flow aggregates: DuckDB vs reference | %s (%,d keys) | equal to the cent |%n",
				verdict(duckQ), reference.quarterly().size()));
		md.append(String.format(Locale.ROOT, "| monthly HS chapter × flow aggregates: DuckDB vs reference | %s (%,d keys) | equal to the cent |%n",
				verdict(duckM), reference.monthlyChapters().size()));
		for (String d : concat(jobQ, duckQ, duckM)) {
			md.append("\n- ").append(d);
		}
		md.append('\n');
		Path results = this.work.resolve("results-" + size.folderName() + ".md");
		Files.writeString(results, md.toString(), StandardCharsets.UTF_8);
		this.out.println();
		this.out.println(md);
		this.out.println("(written to " + results + ")");
		return agree;
	}

	private static List<String> concat(List<String> a, List<String> b, List<String> c) {
		List<String> all = new ArrayList<>();
		all.addAll(a.stream().filter(s -> !s.startsWith("job ")).map(s -> "job: " + s).toList());
		all.addAll(b.stream().map(s -> "DuckDB quarterly: " + s).toList());
		all.addAll(c.stream().map(s -> "DuckDB chapters: " + s).toList());
		return all;
	}

	private static String verdict(List<String> differences) {
		if (differences.size() == 1 && differences.get(0).startsWith("job ")) {
			return differences.get(0).substring(4);
		}
		return differences.isEmpty() ? "**agree**" : "**DIFFER**";
	}

	static String fmt(double seconds) {
		return String.format(Locale.ROOT, "%.2f", seconds);
	}

	static String rate(double amount, double seconds) {
		if (seconds <= 0) {
			return "—";
		}
		double r = amount / seconds;
		return r >= 1000 ? String.format(Locale.ROOT, "%,.0f", r) : String.format(Locale.ROOT, "%.1f", r);
	}

	/** Per-step seconds from Spring Batch's {@code Step: [name] executed in 6s719ms} lines (the last of each name). */
	static Map<String, Double> steps(List<String> lines) {
		Map<String, Double> steps = new LinkedHashMap<>();
		for (String line : lines) {
			Matcher m = STEP_LINE.matcher(line);
			if (m.find()) {
				steps.put(m.group(1), duration(m.group(2)));
			}
		}
		return steps;
	}

	/** The parts of writeReports the job logs: the model, the workbook, the briefings (seconds). */
	static Map<String, Double> reportParts(List<String> lines) {
		Map<String, Double> parts = new LinkedHashMap<>();
		for (String line : lines) {
			Matcher m = REPORT_PART.matcher(line);
			if (m.find()) {
				parts.put(m.group(1).trim(), Long.parseLong(m.group(2)) / 1e3);
			}
		}
		return parts;
	}

	/** Steps that Spring Batch logged as failed ({@code Encountered an error executing step x}). */
	static java.util.Set<String> failedSteps(List<String> lines) {
		java.util.Set<String> failed = new java.util.LinkedHashSet<>();
		for (String line : lines) {
			Matcher m = STEP_FAILED.matcher(line);
			if (m.find()) {
				failed.add(m.group(1));
			}
		}
		return failed;
	}

	/** {@code 1h2m3s45ms}, {@code 6s719ms}, {@code 31ms} → seconds. */
	static double duration(String text) {
		double s = 0;
		Matcher m = DURATION_PART.matcher(text);
		while (m.find()) {
			long n = Long.parseLong(m.group(1));
			s += switch (m.group(2)) {
				case "h" -> n * 3600d;
				case "m" -> n * 60d;
				case "s" -> n;
				default -> n / 1000d;
			};
		}
		return s;
	}

	/**
	 * From a {@code -Xlog:gc} file: max heap used before a pause and max left after a mixed or full collection
	 * (after a young one when there was none) in MB, total pause time (ms) and the number of full collections.
	 */
	static long[] gcHeap(Path gcLog) throws IOException {
		long before = -1;
		long after = -1;
		long afterOld = -1;
		long afterYoung = -1;
		double pauseMs = 0;
		long full = 0;
		if (!Files.exists(gcLog)) {
			return new long[] { before, after, 0, 0 };
		}
		for (String line : Files.readAllLines(gcLog)) {
			Matcher m = GC_HEAP.matcher(line);
			if (m.find()) {
				before = Math.max(before, Long.parseLong(m.group(1)));
				// what a collection of the old generation leaves is the live set; remark and cleanup pauses only
				// report the heap as it is, and young pauses leave the old generation's garbage
				if (line.contains("Pause Young (Mixed)") || line.contains("Pause Full")) {
					afterOld = Math.max(afterOld, Long.parseLong(m.group(2)));
				}
				else if (line.contains("Pause Young")) {
					afterYoung = Math.max(afterYoung, Long.parseLong(m.group(2)));
				}
				if (line.contains("Pause")) {
					pauseMs += Double.parseDouble(m.group(4));
				}
				if (line.contains("Pause Full")) {
					full++;
				}
			}
		}
		after = (afterOld >= 0) ? afterOld : afterYoung;
		return new long[] { before, after, Math.round(pauseMs), full };
	}

	static Map<String, String> keyValues(String line) {
		Map<String, String> kv = new LinkedHashMap<>();
		for (String part : line.trim().split("\\s+")) {
			int eq = part.indexOf('=');
			if (eq > 0) {
				kv.put(part.substring(0, eq), part.substring(eq + 1));
			}
		}
		return kv;
	}

	/** A finished child process: exit code, wall time, peak RSS, CPU seconds (user + system; -1 unknown), stdout. */
	record Measured(int exit, double wallS, long peakRssKb, double cpuS, String stdout, boolean timedOut) {
	}

	/**
	 * Runs a command with stdout and stderr to {@code <base>.out} and {@code <base>.err}; wall time from start to
	 * exit; peak RSS and CPU time from {@code /usr/bin/time} when installed, else peak RSS from polling
	 * {@code VmHWM} every 20 ms (and no CPU time).
	 */
	static Measured measure(List<String> command, Path base) throws IOException, InterruptedException {
		return measure(command, base, 0);
	}

	/** As {@link #measure(List, Path)}, stopping the process (and its children) after {@code timeoutMin} minutes when positive. */
	static Measured measure(List<String> command, Path base, double timeoutMin) throws IOException, InterruptedException {
		Path timeBin = Path.of("/usr/bin/time");
		Path rssFile = Path.of(base + ".rss");
		List<String> cmd = new ArrayList<>();
		boolean withTime = Files.isExecutable(timeBin);
		if (withTime) {
			cmd.addAll(List.of(timeBin.toString(), "-f", "%M %U %S", "-o", rssFile.toString()));
		}
		cmd.addAll(command);
		ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(Path.of(base + ".out").toFile())
			.redirectError(Path.of(base + ".err").toFile());
		pb.environment().put("LANG", "C.UTF-8");
		pb.environment().put("LC_ALL", "C.UTF-8");
		long t = System.nanoTime();
		Process p = pb.start();
		long hwm = 0;
		Path status = Path.of("/proc/" + p.pid() + "/status");
		boolean timedOut = false;
		while (!p.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
			if (!withTime) {
				hwm = Math.max(hwm, vmHwm(status));
			}
			if (timeoutMin > 0 && !timedOut && System.nanoTime() - t > timeoutMin * 60e9) {
				timedOut = true;
				p.descendants().forEach(ProcessHandle::destroy);
				p.destroy();
			}
		}
		double wall = (System.nanoTime() - t) / 1e9;
		double cpu = -1;
		if (withTime && Files.exists(rssFile)) {
			List<String> lines = Files.readAllLines(rssFile);
			String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).trim();
			if (last.matches("\\d+ [\\d.]+ [\\d.]+")) {
				String[] f = last.split(" ");
				hwm = Long.parseLong(f[0]);
				cpu = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
			}
		}
		return new Measured(p.exitValue(), wall, hwm, cpu,
				Files.readString(Path.of(base + ".out"), StandardCharsets.UTF_8), timedOut);
	}

	private static long vmHwm(Path status) {
		try {
			for (String line : Files.readAllLines(status)) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// the process ended between two polls
		}
		return 0;
	}

	private static String javaBin() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** Reads a file once so both tools start from the page cache. */
	private static void warm(Path file) throws IOException {
		byte[] buf = new byte[1 << 20];
		try (InputStream in = Files.newInputStream(file)) {
			while (in.read(buf) >= 0) {
				// discard
			}
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
