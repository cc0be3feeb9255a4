package org.partnership.reports.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Deterministic trade feed for large-input tests and benchmarks: monthly rows for 120 months, a set
 * of partners (the EU27 group among them), HS6 codes under real chapters, both flows. The same seed
 * and row count always give the same bytes.
 */
public final class TradeFeedGenerator {

	private static final String[] PARTNERS = { "EU27", "CHN", "RUS", "USA", "TUR", "UZB", "KGZ", "DEU", "ITA", "NLD",
			"FRA", "ESP", "KOR", "JPN", "IND", "IRN", "AZE", "GEO", "ARE", "CHE" };

	private static final String[] CHAPTERS = { "27", "26", "28", "71", "72", "74", "76", "79", "10", "84", "85", "30",
			"87", "90", "39", "73", "33", "38", "22", "99" };

	private TradeFeedGenerator() {
	}

	public static Path write(Path file, int rows, long seed) throws IOException {
		Random random = new Random(seed);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("period,reporter,partner,flow,commodity,value_usd\n");
			for (int i = 0; i < rows; i++) {
				int month = i % 120;
				String period = String.format("%d-%02d", 2015 + month / 12, month % 12 + 1);
				String partner = PARTNERS[random.nextInt(PARTNERS.length)];
				String flow = random.nextBoolean() ? "export" : "import";
				String hs6 = CHAPTERS[random.nextInt(CHAPTERS.length)] + String.format("%04d", random.nextInt(10_000));
				long cents = 1 + (long) (random.nextDouble() * 5_000_000_000L);
				out.write(period + ",KAZ," + partner + "," + flow + "," + hs6 + "," + cents / 100 + "." + String.format("%02d", cents % 100) + "\n");
			}
		}
		return file;
	}

}
