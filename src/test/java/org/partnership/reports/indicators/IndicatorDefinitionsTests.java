package org.partnership.reports.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.partnership.reports.period.Period;
import org.partnership.reports.report.IndicatorDefinition;
import org.partnership.reports.report.IndicatorRow;
import org.partnership.reports.trade.Flow;
import org.partnership.reports.trade.HsNomenclature;
import org.partnership.reports.trade.PairAnalysis;
import org.partnership.reports.trade.TradeLedger;
import org.partnership.reports.trade.TradeRow;
import org.partnership.reports.trade.TradeLedger.StagedTradeRow;

import static org.assertj.core.api.Assertions.assertThat;

/** The About sheet defines every trade indicator the analysis stores. */
class IndicatorDefinitionsTests {

	@Test
	void everyTradeIndicatorHasADefinition() {
		// eleven years (CAGR over 10), world totals and a second partner (share, rank), chapters (HHI, sections)
		TradeLedger ledger = new TradeLedger();
		int line = 1;
		for (int year = 2014; year <= 2024; year++) {
			for (String partner : List.of("EU27", "CHN", "WLD")) {
				for (Flow flow : Flow.values()) {
					String value = partner.equals("WLD") ? "1000" : String.valueOf(100 + year - 2014);
					ledger.add(new StagedTradeRow("trade.csv", ++line, new TradeRow(Period.year(year), "KAZ", partner,
							flow, TradeRow.TOTAL, new BigDecimal(value))));
				}
			}
			ledger.add(new StagedTradeRow("trade.csv", ++line, new TradeRow(Period.year(year), "KAZ", "EU27",
					Flow.EXPORT, "27", BigDecimal.valueOf(60 + year - 2014))));
			ledger.add(new StagedTradeRow("trade.csv", ++line,
					new TradeRow(Period.year(year), "KAZ", "EU27", Flow.EXPORT, "99", BigDecimal.valueOf(40))));
		}
		PairAnalysis pair = new PairAnalysis(ledger.complete(), "KAZ", "EU27");
		Set<String> codes = new TreeSet<>();
		for (IndicatorRow row : pair.indicators(HsNomenclature.load())) {
			codes.add(row.indicator());
		}
		assertThat(codes).contains("EXPORTS_CAGR_10Y", "PARTNER_RANK", "EXPORTS_HHI", "EXPORTS_CONTRIBUTION_HS_V",
				"EXPORTS_CONTRIBUTION_HS_OTHER");

		List<Pattern> defined = IndicatorDefinitions.all()
			.stream()
			.map(IndicatorDefinition::code)
			.map(code -> Pattern.compile(Pattern.quote(code).replaceAll("<[^>]+>", "\\\\E[A-Z0-9_]+\\\\Q")))
			.toList();
		assertThat(codes).allSatisfy(code -> assertThat(defined).as(code).anyMatch(p -> p.matcher(code).matches()));
	}

}
