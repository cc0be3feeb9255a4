package org.partnership.reports.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a flight recording of the job ({@code bench/run.sh --profile}): CPU samples
 * ({@code jdk.ExecutionSample}) by thread, by top frame (self time), by the first frame in the project's own
 * code ({@code org.partnership}) and by the job step on the stack (the tasklet or chunk classes), with
 * percentages of all samples.
 *
 * <p>Usage: {@code JfrHotSpots <recording.jfr> [top-n]}
 */
public final class JfrHotSpots {

	private JfrHotSpots() {
	}

	public static void main(String[] args) throws Exception {
		System.out.print(summary(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 25));
	}

	/** The summary as text. */
	public static String summary(Path recording, int top) throws java.io.IOException {
		List<RecordedEvent> events = RecordingFile.readAllEvents(recording);
		StringBuilder out = new StringBuilder();
		Map<String, Integer> self = new HashMap<>();
		Map<String, Integer> project = new HashMap<>();
		Map<String, Integer> packages = new HashMap<>();
		Map<String, Integer> threads = new HashMap<>();
		Map<String, Integer> inclusive = new HashMap<>();
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
			self.merge(name(frames.get(0)), 1, Integer::sum);
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
		}
		out.append(String.format(Locale.ROOT, "%d execution samples%n", total));
		print(out, "threads", threads, total, top);
		print(out, "top frames (self)", self, total, top);
		print(out, "top frame packages (self)", packages, total, top);
		print(out, "first project frame on the stack", project, total, top);
		print(out, "project methods on the stack (inclusive)", inclusive, total, top);
		return out.toString();
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
