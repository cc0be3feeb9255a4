package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Hand-computed expectations; the 2024 values are the founding article's (38.6 + 11.1 = 49.7 bn). */
class TradeFormulasTests {

	private static final BigDecimal X = new BigDecimal("38600000000");

	private static final BigDecimal M = new BigDecimal("11100000000");

	@Test
	void turnoverAndBalance() {
		assertThat(TradeFormulas.turnover(X, M)).isEqualByComparingTo("49700000000");
		assertThat(TradeFormulas.balance(X, M)).isEqualByComparingTo("27500000000");
		assertThat(TradeFormulas.balance(M, X)).isEqualByComparingTo("-27500000000");
		assertThat(TradeFormulas.turnover(X, null)).isNull();
	}

	@Test
	void coverageRelativeBalanceAndExportShare() {
		assertThat(TradeFormulas.coverageRatioPct(X, M)).isCloseTo(347.7477, within(1e-4));
		assertThat(TradeFormulas.relativeBalancePct(X, M)).isCloseTo(55.3320, within(1e-4));
		assertThat(TradeFormulas.sharePct(X, TradeFormulas.turnover(X, M))).isCloseTo(77.6660, within(1e-4));
	}

	@Test
	void coverageIsUndefinedWithoutImports() {
		assertThat(TradeFormulas.coverageRatioPct(X, BigDecimal.ZERO)).isNull();
		assertThat(TradeFormulas.relativeBalancePct(BigDecimal.ZERO, BigDecimal.ZERO)).isNull();
		assertThat(TradeFormulas.relativeBalancePct(X, BigDecimal.ZERO)).isEqualTo(100.0);
	}

	@Test
	void growthPositiveNegativeAndWithoutBase() {
		assertThat(TradeFormulas.growthPct(new BigDecimal("49700000000"), new BigDecimal("42514970060")))
			.isCloseTo(16.9, within(1e-6));
		assertThat(TradeFormulas.growthPct(new BigDecimal("80"), new BigDecimal("100"))).isCloseTo(-20.0, within(1e-9));
		assertThat(TradeFormulas.growthPct(new BigDecimal("80"), null)).isNull();
		assertThat(TradeFormulas.growthPct(new BigDecimal("80"), BigDecimal.ZERO)).isNull();
	}

	@Test
	void cagrOverFiveAndTenYears() {
		// 100 → 161.051 over 5 years is exactly 10 % a year
		assertThat(TradeFormulas.cagrPct(new BigDecimal("100"), new BigDecimal("161.051"), 5)).isCloseTo(10.0,
				within(1e-9));
		// halving over 10 years: (0.5)^(1/10) − 1 = −6.6967 %
		assertThat(TradeFormulas.cagrPct(new BigDecimal("200"), new BigDecimal("100"), 10)).isCloseTo(-6.69670,
				within(1e-5));
		assertThat(TradeFormulas.cagrPct(BigDecimal.ZERO, new BigDecimal("100"), 5)).isNull();
	}

	@Test
	void contributionsAddUpToTotalGrowth() {
		// total 100 → 120 (+20 %): A 60 → 80 contributes +20 pp, B 40 → 40 contributes 0, C new 0 → 0
		BigDecimal total = new BigDecimal("100");
		assertThat(TradeFormulas.contributionPp(new BigDecimal("80"), new BigDecimal("60"), total)).isCloseTo(20.0,
				within(1e-9));
		assertThat(TradeFormulas.contributionPp(new BigDecimal("40"), new BigDecimal("40"), total)).isCloseTo(0.0,
				within(1e-9));
		assertThat(TradeFormulas.contributionPp(new BigDecimal("5"), null, total)).isCloseTo(5.0, within(1e-9));
		assertThat(TradeFormulas.contributionPp(new BigDecimal("5"), null, BigDecimal.ZERO)).isNull();
	}

	@Test
	void herfindahlOfShares() {
		// shares .5/.3/.15/.05 → 0.25 + 0.09 + 0.0225 + 0.0025 = 0.365 (guide's worked example)
		assertThat(TradeFormulas.herfindahl(List.of(new BigDecimal("50"), new BigDecimal("30"), new BigDecimal("15"),
				new BigDecimal("5"))))
			.isCloseTo(0.365, within(1e-12));
		assertThat(TradeFormulas.herfindahl(List.of(new BigDecimal("7")))).isCloseTo(1.0, within(1e-12));
		assertThat(TradeFormulas.herfindahl(List.of())).isNull();
	}

}
