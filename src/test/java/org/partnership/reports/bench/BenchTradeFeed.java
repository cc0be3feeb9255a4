package org.partnership.reports.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic trade feed for the benchmark (issue 8): 120 months (2015-01 to 2024-12), 60 partners
 * (the 27 EU member states by ISO3, the group code EU27 and 32 other partners), 5,000 HS6 codes under
 * real HS chapters, both flows, reporter KAZ. The same row count and seed always give the same bytes.
 *
 * <p>Unlike {@code support.TradeFeedGenerator} no key (period, partner, flow, commodity) repeats: the
 * job treats a repeated key as a revision (the later row replaces the earlier one) while a plain
 * {@code SUM} adds both, so unique keys are what lets the job and DuckDB be compared to the cent.
 * Each month holds rows for every partner and flow in turn (row {@code j} of a month goes to
 * partner–flow {@code j mod 120}), so at 100k rows and more every quarter of every pair is complete.
 * Values are log-uniform between 1 dollar and 50 million dollars, 90 % with cents and 10 % in whole
 * dollars.
 */
public final class BenchTradeFeed {

	/** The 27 EU member states (composition since 1 February 2020), ISO 3166 alpha-3. */
	public static final List<String> EU_MEMBERS = List.of("AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST",
			"FIN", "FRA", "DEU", "GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU",
			"SVK", "SVN", "ESP", "SWE");

	private static final List<String> OTHERS = List.of("CHN", "RUS", "USA", "TUR", "UZB", "KGZ", "TJK", "TKM", "KOR",
			"JPN", "IND", "IRN", "AZE", "GEO", "ARM", "ARE", "CHE", "GBR", "NOR", "UKR", "BLR", "MNG", "PAK", "AFG",
			"SAU", "ISR", "EGY", "BRA", "CAN", "MYS", "VNM", "THA");

	/** EU27 first, then the members, then the others: 60 partners. */
	public static final List<String> PARTNERS = partners();

	public static final int MONTHS = 120;

	public static final int FIRST_YEAR = 2015;

	public static final int HS6_CODES = 5_000;

	private static final int PAIR_FLOWS = 60 * 2;

	/** A prime, so that {@code slot * STRIDE mod 5000} visits every code once. */
	private static final int STRIDE = 7_919;

	private BenchTradeFeed() {
	}

	private static List<String> partners() {
		java.util.ArrayList<String> all = new java.util.ArrayList<>();
		all.add("EU27");
		all.addAll(EU_MEMBERS);
		all.addAll(OTHERS);
		if (all.size() != 60 || new java.util.HashSet<>(all).size() != 60) {
			throw new IllegalStateException("expected 60 distinct partners");
		}
		return List.copyOf(all);
	}

	/** 5,000 distinct HS6 codes: chapters 01–97 (77 is reserved), headings and subheadings drawn from the seed. */
	static String[] hs6Codes(long seed) {
		Random random = new Random(seed ^ 0x5EED_C0DEL);
		int[] chapters = java.util.stream.IntStream.rangeClosed(1, 97).filter(c -> c != 77).toArray();
		Set<String> codes = new LinkedHashSet<>();
		while (codes.size() < HS6_CODES) {
			int chapter = chapters[random.nextInt(chapters.length)];
			int heading = 1 + random.nextInt(40);
			int sub = 10 * (1 + random.nextInt(9)) + random.nextInt(3);
			codes.add(String.format("%02d%02d%02d", chapter, heading, sub));
		}
		return codes.toArray(String[]::new);
	}

	/** Writes {@code rows} data rows (at most 120 × 60 × 2 × 5,000) after the header. */
	public static Path write(Path file, long rows, long seed) throws IOException {
		if (rows > (long) MONTHS * PAIR_FLOWS * HS6_CODES) {
			throw new IllegalArgumentException("too many rows for unique keys: " + rows);
		}
		String[] codes = hs6Codes(seed);
		Random random = new Random(seed);
		double logMax = Math.log(50_000_000d);
		StringBuilder line = new StringBuilder(64);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
			out.write("period,reporter,partner,flow,commodity,value_usd\n");
			for (int m = 0; m < MONTHS; m++) {
				long inMonth = rows / MONTHS + (m < rows % MONTHS ? 1 : 0);
				String period = (FIRST_YEAR + m / 12) + "-" + (m % 12 < 9 ? "0" : "") + (m % 12 + 1);
				for (long j = 0; j < inMonth; j++) {
					int pairFlow = (int) (j % PAIR_FLOWS);
					long slot = j / PAIR_FLOWS;
					int code = (int) ((slot * STRIDE + m * 131L + pairFlow * 37L) % HS6_CODES);
					long cents = (long) Math.exp(random.nextDouble() * logMax) * 100 + random.nextInt(100);
					boolean wholeDollars = random.nextInt(10) == 0;
					line.setLength(0);
					line.append(period).append(",KAZ,").append(PARTNERS.get(pairFlow / 2)).append(',')
						.append(pairFlow % 2 == 0 ? "export" : "import").append(',').append(codes[code]).append(',');
					if (wholeDollars) {
						line.append(Math.max(1, cents / 100));
					}
					else {
						line.append(cents / 100).append('.');
						long c = cents % 100;
						line.append(c < 10 ? "0" : "").append(c);
					}
					line.append('\n');
					out.append(line);
				}
			}
		}
		return file;
	}

}
