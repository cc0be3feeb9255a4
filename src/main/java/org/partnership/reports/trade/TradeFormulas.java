package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The trade indicator formulas (WITS / Eurostat definitions). Each returns {@code null} when the
 * indicator is undefined, e.g. a ratio over zero or a growth rate without a base: "n/a", never 0 or
 * infinity.
 */
public final class TradeFormulas {

	private static final MathContext MC = MathContext.DECIMAL64;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private TradeFormulas() {
	}

	/** Turnover (total trade) T = X + M. */
	public static BigDecimal turnover(BigDecimal exports, BigDecimal imports) {
		return (exports == null || imports == null) ? null : exports.add(imports);
	}

	/** Trade balance B = X − M. */
	public static BigDecimal balance(BigDecimal exports, BigDecimal imports) {
		return (exports == null || imports == null) ? null : exports.subtract(imports);
	}

	/** Growth g = (V_t / V_{t−1} − 1) × 100, in percent; undefined without a positive base. */
	public static Double growthPct(BigDecimal current, BigDecimal previous) {
		if (current == null || previous == null || previous.signum() <= 0) {
			return null;
		}
		return current.divide(previous, MC).subtract(BigDecimal.ONE).multiply(HUNDRED).doubleValue();
	}

	/** Coverage ratio C = X / M × 100, in percent; undefined when M = 0. */
	public static Double coverageRatioPct(BigDecimal exports, BigDecimal imports) {
		if (exports == null || imports == null || imports.signum() == 0) {
			return null;
		}
		return exports.divide(imports, MC).multiply(HUNDRED).doubleValue();
	}

	/** Relative trade balance (X − M) / (X + M) × 100, in [−100, 100]; undefined when X + M = 0. */
	public static Double relativeBalancePct(BigDecimal exports, BigDecimal imports) {
		BigDecimal t = turnover(exports, imports);
		if (t == null || t.signum() == 0) {
			return null;
		}
		return balance(exports, imports).divide(t, MC).multiply(HUNDRED).doubleValue();
	}

	/** Share s = part / whole × 100, in percent; undefined when the whole is 0. */
	public static Double sharePct(BigDecimal part, BigDecimal whole) {
		if (part == null || whole == null || whole.signum() == 0) {
			return null;
		}
		return part.divide(whole, MC).multiply(HUNDRED).doubleValue();
	}

	/**
	 * Compound annual growth rate over {@code years} years, in percent:
	 * ((V_end / V_start)^(1/n) − 1) × 100; undefined unless both values are positive.
	 */
	public static Double cagrPct(BigDecimal start, BigDecimal end, int years) {
		if (start == null || end == null || years <= 0 || start.signum() <= 0 || end.signum() <= 0) {
			return null;
		}
		double ratio = end.divide(start, MC).doubleValue();
		return (Math.pow(ratio, 1.0 / years) - 1) * 100;
	}

	/**
	 * Contribution of one component to the growth of the total, in percentage points:
	 * (x_t − x_{t−1}) / X_{t−1} × 100. A component absent in one period counts as 0 there.
	 */
	public static Double contributionPp(BigDecimal current, BigDecimal previous, BigDecimal previousTotal) {
		if (previousTotal == null || previousTotal.signum() <= 0) {
			return null;
		}
		BigDecimal now = current == null ? BigDecimal.ZERO : current;
		BigDecimal before = previous == null ? BigDecimal.ZERO : previous;
		return now.subtract(before).divide(previousTotal, MC).multiply(HUNDRED).doubleValue();
	}

	/** Herfindahl–Hirschman index Σ s_k² over shares as fractions (0..1); undefined for an empty total. */
	public static Double herfindahl(Iterable<BigDecimal> values) {
		BigDecimal total = BigDecimal.ZERO;
		for (BigDecimal v : values) {
			total = total.add(v);
		}
		if (total.signum() <= 0) {
			return null;
		}
		double h = 0;
		for (BigDecimal v : values) {
			double s = v.divide(total, MC).doubleValue();
			h += s * s;
		}
		return h;
	}

	/** Rounds a percentage for storage: 6 decimals is far below any display precision. */
	static BigDecimal pct(Double value) {
		return value == null ? null : BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN);
	}

}
