package org.partnership.reports.indicators;

import java.util.ArrayList;
import java.util.List;

import org.partnership.reports.run.RunSettings;
import org.partnership.reports.trade.PairAnalysis;
import org.partnership.reports.trade.PartnerGroups;
import org.partnership.reports.trade.TradeLedger;
import org.partnership.reports.trade.TradeStore;

/**
 * Loads the staged trade rows into a {@link TradeLedger} and the analyses of the chosen pairs.
 * Both the indicator step and the report step build it from the same staged rows, so they agree.
 */
public final class TradeData {

	private final TradeLedger ledger;

	private final List<PairAnalysis> pairs;

	private TradeData(TradeLedger ledger, List<PairAnalysis> pairs) {
		this.ledger = ledger;
		this.pairs = pairs;
	}

	/**
	 * Replays the staged rows in the order of {@code tradeFiles} (then line), so later files revise
	 * earlier ones unless a {@code vintage} says otherwise.
	 */
	public static TradeData load(TradeStore store, RunSettings settings, List<String> tradeFiles) {
		TradeLedger ledger = new TradeLedger(
				PartnerGroups.load(settings.reference(), settings.composition(), settings.runDate()));
		store.forEach(tradeFiles, ledger::add);
		ledger.complete();
		List<PairAnalysis> pairs = new ArrayList<>();
		for (List<String> pair : ledger.pairs()) {
			String key = pair.get(0) + "-" + pair.get(1);
			if (settings.pairs().isEmpty() || settings.pairs().contains(key)) {
				pairs.add(new PairAnalysis(ledger, pair.get(0), pair.get(1)));
			}
		}
		return new TradeData(ledger, List.copyOf(pairs));
	}

	public TradeLedger ledger() {
		return this.ledger;
	}

	public List<PairAnalysis> pairs() {
		return this.pairs;
	}

}
