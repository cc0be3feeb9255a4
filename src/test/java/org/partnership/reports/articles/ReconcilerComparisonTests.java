package org.partnership.reports.articles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnership.reports.period.Period;
import org.partnership.reports.report.ReconciliationRow;
import org.partnership.reports.report.ReconciliationRow.Verdict;
import org.partnership.reports.trade.Flow;
import org.partnership.reports.trade.PairAnalysis;
import org.partnership.reports.trade.TradeLedger;
import org.partnership.reports.trade.TradeRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quoted figure is compared with the data once per partner period and value: the comparison kept for a value is
 * the one made for it, other values of the same period get their own, and asking again gives the same rows.
 */
class ReconcilerComparisonTests {

	@Test
	void eachQuotedValueKeepsItsOwnComparisonWithThePeriod() {
		TradeLedger ledger = new TradeLedger();
		int[] line = { 1 };
		// 2024: exports 38.6 bn, imports 11.1 bn, turnover 49.7 bn; 2023: turnover 42.5 bn (+16.94 %)
		for (int m = 1; m <= 12; m++) {
			for (String[] v : new String[][] { { "2024", "EXPORT", "3216666666.67" }, { "2024", "IMPORT", "925000000" },
					{ "2023", "EXPORT", "2683333333.33" }, { "2023", "IMPORT", "858333333.33" } }) {
				ledger.add(new TradeLedger.StagedTradeRow("trade.csv", ++line[0], new TradeRow(
						Period.parse(String.format("%s-%02d", v[0], m)), "KAZ", "EU27", Flow.valueOf(v[1]), "TOTAL",
						new BigDecimal(v[2]))));
			}
		}
		Reconciler reconciler = new Reconciler(List.of(new PairAnalysis(ledger.complete(), "KAZ", "EU27")));

		ReconciliationRow agrees = turnover(reconciler, "a-1", "49700000000");
		ReconciliationRow disagrees = turnover(reconciler, "a-2", "45000000000");
		ReconciliationRow again = turnover(reconciler, "a-3", "49700000000");

		assertThat(agrees.verdict()).isEqualTo(Verdict.AGREES);
		assertThat(agrees.note()).isEqualTo("within ±0.5 %");
		// 45.0 against 49.7 (to the cent: 49,700,000,000.04): -9.46 %
		assertThat(disagrees.verdict()).isEqualTo(Verdict.DISAGREES);
		assertThat(disagrees.diffPct()).isCloseTo(-9.4567, org.assertj.core.data.Offset.offset(0.0001));
		assertThat(disagrees.note()).isEqualTo("differs by -9.5 % from the data");
		assertThat(again.computed()).isEqualTo(agrees.computed());
		assertThat(again.diffPct()).isEqualTo(agrees.diffPct());
		assertThat(again.note()).isEqualTo(agrees.note());
		assertThat(again.articleId()).isEqualTo("a-3");
	}

	private static ReconciliationRow turnover(Reconciler reconciler, String id, String value) {
		Article article = new Article(id, LocalDate.of(2025, 3, 1), "2025-03-01", "Press", null, "en", "Title", null);
		StoredFacts.Figure figure = new StoredFacts.Figure("TURNOVER", "AMOUNT", new BigDecimal(value), "USD", null, "2024",
				null, false, "EU27", "trade reached " + value);
		List<ReconciliationRow> rows = reconciler.reconcile(article,
				new StoredFacts(List.of(), List.of(), List.of(), List.of(figure)));
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

}
