package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnership.reports.period.Period;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A merge in parts must fill the ledger exactly as one merge does: the same series, top products,
 * revisions and warnings, in the same order, wherever the parts are cut.
 */
class TradeRunMergeTests {

	@TempDir
	Path dir;

	private static final String[] PARTNERS = { "DEU", "FRA", "ITA", "CHN", "EU27", "WLD", "RUS" };

	private static final String[] CODES = { "TOTAL", "27", "2709", "270900", "270112", "84", "8471", "847130", "0101" };

	private List<Path> runs(long seed) {
		Random random = new Random(seed);
		List<Path> runs = new ArrayList<>();
		long line = 2;
		for (int r = 0; r < 5; r++) {
			TradeRun.Writer run = new TradeRun.Writer();
			for (int i = 0; i < 3_000; i++) {
				String reporter = random.nextInt(10) == 0 ? "UZB" : "KAZ";
				String partner = PARTNERS[random.nextInt(PARTNERS.length)];
				Period period = switch (random.nextInt(6)) {
					case 0 -> Period.year(2020 + random.nextInt(5));
					case 1 -> Period.quarter(2020 + random.nextInt(5), 1 + random.nextInt(4));
					default -> Period.month(2020 + random.nextInt(6), 1 + random.nextInt(12));
				};
				String vintage = random.nextInt(20) == 0 ? "2025-0" + (1 + random.nextInt(9)) : null;
				// few distinct values, so repeated keys often revise a value
				BigDecimal value = BigDecimal.valueOf(random.nextInt(2_000) * 25L, random.nextInt(3));
				run.add(new TradeRow(period, reporter, partner, random.nextBoolean() ? Flow.EXPORT : Flow.IMPORT,
						CODES[random.nextInt(CODES.length)], value, vintage), line++);
			}
			Path file = this.dir.resolve("seed-" + seed + "-slice-" + r + ".run");
			run.writeTo(file, "trade-" + (r / 3) + ".csv");
			runs.add(file);
		}
		return runs;
	}

	/** Everything the ledger tells the indicators and the reports, as text. */
	private static List<String> describe(TradeLedger ledger) {
		List<String> out = new ArrayList<>();
		for (List<String> pair : ledger.pairs()) {
			for (Flow flow : Flow.values()) {
				FlowSeries total = ledger.series(new SeriesKey(pair.get(0), pair.get(1), flow, TradeRow.TOTAL));
				for (String code : ledger.topLevelCommodities(pair.get(0), pair.get(1), flow)) {
					FlowSeries s = ledger.series(new SeriesKey(pair.get(0), pair.get(1), flow, code));
					s.suppliedPeriods().forEach(p -> out.add(pair + " " + flow + " " + code + " " + p.code() + " " + s.supplied(p)));
				}
				if (total != null) {
					total.suppliedPeriods().forEach(p -> out.add(pair + " " + flow + " TOTAL " + p.code() + " " + total.supplied(p)));
				}
				out.add(pair + " " + flow + " tops " + ledger.productTops(pair.get(0), pair.get(1), flow));
				out.add(pair + " note " + ledger.groupNote(pair.get(0), pair.get(1)));
			}
		}
		ledger.revisions().forEach(r -> out.add("revision " + r));
		ledger.warnings().forEach(w -> out.add("warning " + w));
		return out;
	}

	private static TradeLedger newLedger() {
		return new TradeLedger(PartnerGroups.load(null, PartnerGroups.Composition.FIXED, LocalDate.of(2025, 11, 25)));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void mergingInPartsFillsTheLedgerAsOneMergeDoes(long seed) {
		List<Path> runs = runs(seed);
		List<String> one = describe(TradeRunMerge.into(newLedger(), runs, 1));

		assertThat(one).anyMatch(s -> s.startsWith("revision")).anyMatch(s -> s.startsWith("warning"));
		for (int parts : new int[] { 2, 3, 5, 40 }) {
			assertThat(describe(TradeRunMerge.into(newLedger(), runs, parts))).as("%d parts", parts).isEqualTo(one);
		}
	}

}
