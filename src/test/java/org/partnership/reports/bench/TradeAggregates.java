package org.partnership.reports.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The trade aggregates the benchmark compares, exact in cents: the sum of {@code value_usd} per quarter ×
 * partner × flow (reporter KAZ) and per month × HS chapter × flow. Keys are {@code PARTNER|flow|2024-Q3}
 * and {@code 2024-07|27|flow}; values are compared with {@link BigDecimal#compareTo}, so 12.50 equals 12.5.
 */
public final class TradeAggregates {

	private final Map<String, BigDecimal> quarterly = new TreeMap<>();

	private final Map<String, BigDecimal> monthlyChapters = new TreeMap<>();

	public static String quarterKey(String partner, String flow, String quarter) {
		return partner + "|" + flow + "|" + quarter;
	}

	public static String chapterKey(String month, String chapter, String flow) {
		return month + "|" + chapter + "|" + flow;
	}

	/** {@code 2024-07} → {@code 2024-Q3}. */
	public static String quarterOf(String month) {
		int m = Integer.parseInt(month.substring(5, 7));
		return month.substring(0, 4) + "-Q" + ((m + 2) / 3);
	}

	public void addQuarterly(String key, BigDecimal value) {
		this.quarterly.merge(key, value, BigDecimal::add);
	}

	public void addMonthlyChapter(String key, BigDecimal value) {
		this.monthlyChapters.merge(key, value, BigDecimal::add);
	}

	public Map<String, BigDecimal> quarterly() {
		return this.quarterly;
	}

	public Map<String, BigDecimal> monthlyChapters() {
		return this.monthlyChapters;
	}

	/** Differences of one family of aggregates, at most {@code limit} described; empty when they agree to the cent. */
	public static List<String> differences(Map<String, BigDecimal> expected, Map<String, BigDecimal> actual, int limit) {
		List<String> out = new ArrayList<>();
		TreeSet<String> keys = new TreeSet<>(expected.keySet());
		keys.addAll(actual.keySet());
		int count = 0;
		for (String k : keys) {
			BigDecimal e = expected.get(k);
			BigDecimal a = actual.get(k);
			if (e == null || a == null || e.compareTo(a) != 0) {
				if (count++ < limit) {
					out.add(k + ": expected " + (e == null ? "none" : e.toPlainString()) + ", got "
							+ (a == null ? "none" : a.toPlainString()));
				}
			}
		}
		if (count > limit) {
			out.add("… " + (count - limit) + " more");
		}
		return out;
	}

	/** Writes {@code Q|M <tab> key <tab> value} lines. */
	public void write(Path file) throws IOException {
		try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, BigDecimal> e : this.quarterly.entrySet()) {
				w.write("Q\t" + e.getKey() + "\t" + e.getValue().toPlainString() + "\n");
			}
			for (Map.Entry<String, BigDecimal> e : this.monthlyChapters.entrySet()) {
				w.write("M\t" + e.getKey() + "\t" + e.getValue().toPlainString() + "\n");
			}
		}
	}

	public static TradeAggregates read(Path file) throws IOException {
		TradeAggregates a = new TradeAggregates();
		try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			while ((line = r.readLine()) != null) {
				String[] f = line.split("\t");
				if (f[0].equals("Q")) {
					a.addQuarterly(f[1], new BigDecimal(f[2]));
				}
				else {
					a.addMonthlyChapter(f[1], new BigDecimal(f[2]));
				}
			}
		}
		return a;
	}

}
