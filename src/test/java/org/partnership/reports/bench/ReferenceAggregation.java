package org.partnership.reports.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The independent computation: one pass of plain Java over {@code trade.csv} (the benchmark feed has no
 * quoted fields), {@link BigDecimal} sums, nothing from the job's code. Monthly rows of reporter KAZ only,
 * which is all the benchmark feed holds; anything else fails loudly rather than being skipped.
 */
public final class ReferenceAggregation {

	private ReferenceAggregation() {
	}

	public static TradeAggregates compute(Path tradeCsv) throws IOException {
		TradeAggregates a = new TradeAggregates();
		try (BufferedReader r = Files.newBufferedReader(tradeCsv, StandardCharsets.UTF_8)) {
			String header = r.readLine();
			if (!"period,reporter,partner,flow,commodity,value_usd".equals(header)) {
				throw new IllegalArgumentException("unexpected header: " + header);
			}
			String line;
			while ((line = r.readLine()) != null) {
				String[] f = line.split(",", -1);
				if (f.length != 6 || f[0].length() != 7 || !f[1].equals("KAZ")) {
					throw new IllegalArgumentException("not a monthly KAZ row of the benchmark feed: " + line);
				}
				BigDecimal value = new BigDecimal(f[5]);
				a.addQuarterly(TradeAggregates.quarterKey(f[2], f[3], TradeAggregates.quarterOf(f[0])), value);
				a.addMonthlyChapter(TradeAggregates.chapterKey(f[0], f[4].substring(0, 2), f[3]), value);
			}
		}
		return a;
	}

}
