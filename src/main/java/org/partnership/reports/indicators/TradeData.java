package org.partnership.reports.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.partnership.reports.run.RunSettings;
import org.partnership.reports.trade.HsNomenclature;
import org.partnership.reports.trade.PairAnalysis;
import org.partnership.reports.trade.PartnerGroups;
import org.partnership.reports.trade.TradeLedger;
import org.partnership.reports.trade.TradeRunFiles;
import org.partnership.reports.trade.TradeRunMerge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trade ledger merged from the import runs, and the analyses of the chosen pairs. The indicator
 * step and the report step use the same instance when they run in the same process (it is built
 * once), and rebuild it from the same runs after a restart, so they always agree.
 */
public final class TradeData {

	private static final Logger logger = LoggerFactory.getLogger(TradeData.class);

	private final TradeLedger ledger;

	private final List<PairAnalysis> pairs;

	private TradeData(TradeLedger ledger, List<PairAnalysis> pairs) {
		this.ledger = ledger;
		this.pairs = pairs;
	}

	/**
	 * Merges the runs of the {@code files} trade files in their order (then line), so later files
	 * revise earlier ones unless a {@code vintage} says otherwise.
	 */
	static TradeData load(List<Path> runs, RunSettings settings) {
		long start = System.nanoTime();
		TradeLedger ledger = TradeRunMerge.into(
				new TradeLedger(PartnerGroups.load(settings.reference(), settings.composition(), settings.runDate())), runs);
		List<PairAnalysis> pairs = new ArrayList<>();
		for (List<String> pair : ledger.pairs()) {
			String key = pair.get(0) + "-" + pair.get(1);
			if (settings.pairs().isEmpty() || settings.pairs().contains(key)) {
				pairs.add(new PairAnalysis(ledger, pair.get(0), pair.get(1)));
			}
		}
		long merged = System.nanoTime();
		warmUp(pairs);
		logger.info("trade runs merged into the ledger in {} ms; {} pairs' periods, products and sections worked out in {} ms",
				(merged - start) / 1_000_000, pairs.size(), (System.nanoTime() - merged) / 1_000_000);
		return new TradeData(ledger, List.copyOf(pairs));
	}

	/**
	 * Works out the pairs' periods, chapter tables and sections (the bulk of their indicators) on
	 * every core; the steps then read what each pair remembers. A pair is worked on by one thread and
	 * only reads the completed ledger, so the results are those of one thread.
	 */
	private static void warmUp(List<PairAnalysis> pairs) {
		HsNomenclature hs = HsNomenclature.load();
		pairs.parallelStream().forEach(p -> {
			p.periods();
			p.products(hs);
			p.sections(hs);
			p.topProducts(hs);
		});
	}

	public TradeLedger ledger() {
		return this.ledger;
	}

	public List<PairAnalysis> pairs() {
		return this.pairs;
	}

	/** Builds the trade data once per set of runs and hands the same instance to every step. */
	public static final class Source {

		private final TradeRunFiles runs;

		private final int files;

		private final RunSettings settings;

		private List<String> builtFrom;

		private TradeData built;

		public Source(TradeRunFiles runs, int files, RunSettings settings) {
			this.runs = runs;
			this.files = files;
			this.settings = settings;
		}

		public synchronized TradeData get() {
			List<Path> current = this.runs.all(this.files);
			List<String> identity = current.stream().map(Source::identity).toList();
			if (!identity.equals(this.builtFrom)) {
				this.built = load(current, this.settings);
				this.builtFrom = identity;
			}
			return this.built;
		}

		private static String identity(Path run) {
			try {
				return run + "|" + Files.size(run) + "|" + Files.getLastModifiedTime(run).toMillis();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
