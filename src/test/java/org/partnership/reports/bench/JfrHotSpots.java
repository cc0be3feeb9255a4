package org.partnership.reports.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a flight recording of the job ({@code bench/run.sh --profile}): CPU samples
 * ({@code jdk.ExecutionSample}) by thread, by top frame (self time), by the first frame in the project's own code
 * ({@code org.partnership}) and, when the job's log is given, per job step (samples between the step's
 * {@code Executing step: [x]} and {@code Step: [x] executed in} log lines), with percentages of all samples. GC
 * threads are not Java threads and are not sampled here: see the GC log for pause time.
 *
 * <p>Usage: {@code JfrHotSpots <recording.jfr> [job.log] [top-n]}
 */
public final class JfrHotSpots {

	private static final Pattern STEP_START = Pattern.compile("^(\\S+Z) .*Executing step: \\[(\\w+)]");

	private static final Pattern STEP_END = Pattern.compile("^(\\S+Z) .*Step: \\[(\\w+)] executed in");

	private JfrHotSpots() {
	}

	public static void main(String[] args) throws Exception {
		Path log = args.length > 1 ? Path.of(args[1]) : null;
		int top = args.length > 2 ? Integer.parseInt(args[2]) : 25;
		System.out.print(summary(Path.of(args[0]), log, top));
	}

	/** A step's time window. */
	record Window(String step, Instant start, Instant end) {
	}

	static List<Window> windows(Path log) throws IOException {
		List<Window> windows = new ArrayList<>();
		if (log == null || !Files.exists(log)) {
			return windows;
		}
		Map<String, Instant> open = new LinkedHashMap<>();
		for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
			Matcher s = STEP_START.matcher(line);
			if (s.find()) {
				open.put(s.group(2), Instant.parse(s.group(1)));
				continue;
			}
			Matcher e = STEP_END.matcher(line);
			if (e.find() && open.containsKey(e.group(2))) {
				windows.add(new Window(e.group(2), open.remove(e.group(2)), Instant.parse(e.group(1))));
			}
		}
		open.forEach((step, start) -> windows.add(new Window(step + " (unfinished)", start, Instant.MAX)));
		return windows;
	}

	/** The summary as text. */
	public static String summary(Path recording, Path jobLog, int top) throws IOException {
		List<Window> windows = windows(jobLog);
		List<RecordedEvent> events = RecordingFile.readAllEvents(recording);
		Map<String, Integer> self = new HashMap<>();
		Map<String, Integer> project = new HashMap<>();
		Map<String, Integer> packages = new HashMap<>();
		Map<String, Integer> threads = new HashMap<>();
		Map<String, Integer> inclusive = new HashMap<>();
		Map<String, Integer> byStep = new LinkedHashMap<>();
		Map<String, Map<String, Integer>> selfByStep = new HashMap<>();
		Map<String, Map<String, Integer>> projectByStep = new HashMap<>();
		int total = 0;
		for (RecordedEvent e : events) {
			if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
				continue;
			}
			RecordedStackTrace st = e.getStackTrace();
			if (st == null || st.getFrames().isEmpty()) {
				continue;
			}
			total++;
			String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
			threads.merge(thread, 1, Integer::sum);
			List<RecordedFrame> frames = st.getFrames();
			String top0 = name(frames.get(0));
			self.merge(top0, 1, Integer::sum);
			packages.merge(pkg(frames.get(0)), 1, Integer::sum);
			String own = "(no project frame)";
			java.util.Set<String> seen = new java.util.HashSet<>();
			for (RecordedFrame f : frames) {
				String n = name(f);
				if (own.startsWith("(") && n.startsWith("org.partnership.")) {
					own = n;
				}
				if (n.startsWith("org.partnership.") && seen.add(n)) {
					inclusive.merge(n, 1, Integer::sum);
				}
			}
			project.merge(own, 1, Integer::sum);
			if (!windows.isEmpty()) {
				String step = stepAt(windows, e.getStartTime());
				byStep.merge(step, 1, Integer::sum);
				selfByStep.computeIfAbsent(step, k -> new HashMap<>()).merge(top0, 1, Integer::sum);
				projectByStep.computeIfAbsent(step, k -> new HashMap<>()).merge(own, 1, Integer::sum);
			}
		}
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%d execution samples (Java threads on CPU)%n", total));
		print(out, "threads", threads, total, top);
		if (!byStep.isEmpty()) {
			print(out, "job step at the time of the sample", byStep, total, top);
		}
		print(out, "top frames (self)", self, total, top);
		print(out, "top frame packages (self)", packages, total, top);
		print(out, "first project frame on the stack", project, total, top);
		print(out, "project methods on the stack (inclusive)", inclusive, total, top);
		for (String step : byStep.keySet()) {
			int n = byStep.get(step);
			out.append(String.format(Locale.ROOT, "%n# step %s: %d samples (%.1f%% of all); percentages below are of the step%n",
					step, n, 100.0 * n / total));
			print(out, step + ": top frames (self)", selfByStep.get(step), n, 12);
			print(out, step + ": first project frame on the stack", projectByStep.get(step), n, 10);
		}
		return out.toString();
	}

	private static String stepAt(List<Window> windows, Instant t) {
		for (Window w : windows) {
			if (!t.isBefore(w.start()) && !t.isAfter(w.end())) {
				return w.step();
			}
		}
		return windows.isEmpty() || t.isBefore(windows.get(0).start()) ? "(startup, before the first step)"
				: "(between or after steps)";
	}

	private static String name(RecordedFrame f) {
		return f.getMethod().getType().getName() + "." + f.getMethod().getName();
	}

	private static String pkg(RecordedFrame f) {
		String t = f.getMethod().getType().getName();
		String[] parts = t.split("\\.");
		return parts.length > 3 ? parts[0] + "." + parts[1] + "." + parts[2] : t;
	}

	private static void print(StringBuilder out, String title, Map<String, Integer> counts, int total, int top) {
		out.append("\n## ").append(title).append('\n');
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(top)
			.forEach(e -> out.append(String.format(Locale.ROOT, "%6.1f%%  %7d  %s%n", 100.0 * e.getValue() / total,
					e.getValue(), e.getKey())));
	}

}
