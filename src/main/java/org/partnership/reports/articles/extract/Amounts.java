package org.partnership.reports.articles.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number parsing and the normal forms of figure values (see {@link QuotedFigure}). */
final class Amounts {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Amounts() {
	}

	/** Power of ten of a scale word, 0 when there is none. */
	static int scaleExponent(String word) {
		if (word == null) {
			return 0;
		}
		if (word.startsWith("tr") || word.startsWith("tn") || word.startsWith("трлн") || word.startsWith("трил")) {
			return 12;
		}
		if (word.startsWith("b") || word.startsWith("млрд") || word.startsWith("миллиард")) {
			return 9;
		}
		if (word.startsWith("m") || word.startsWith("млн") || word.startsWith("миллион")) {
			return 6;
		}
		if (word.startsWith("th") || word.startsWith("тыс") || word.startsWith("мың")) {
			return 3;
		}
		return 0;
	}

	static String currency(String token) {
		if (token == null) {
			return null;
		}
		if (token.contains("$") || token.contains("dollar") || token.contains("долл") || token.startsWith("usd")) {
			return "USD";
		}
		if (token.contains("€") || token.startsWith("eur") || token.startsWith("евро")) {
			return "EUR";
		}
		if (token.contains("₸") || token.startsWith("kzt") || token.startsWith("тенге") || token.startsWith("теңге")) {
			return "KZT";
		}
		return null;
	}

	/** Full units with scale 0 when whole: 49.7 bn → 49700000000. */
	static BigDecimal units(BigDecimal number, int exponent) {
		BigDecimal v = number.scaleByPowerOfTen(exponent).stripTrailingZeros();
		return v.scale() < 0 ? v.setScale(0) : v;
	}

	/** Percent with at least one decimal: 16.9, 50.0. */
	static BigDecimal percent(BigDecimal value) {
		BigDecimal v = value.stripTrailingZeros();
		return v.scale() < 1 ? v.setScale(1) : v;
	}

	/** Growth of a ratio: "в 1,5 раза" → 50.0; a decrease "2 times" → -50.0. */
	static BigDecimal ratioGrowth(BigDecimal ratio, boolean decrease) {
		BigDecimal factor = decrease ? BigDecimal.ONE.divide(ratio, 6, RoundingMode.HALF_UP) : ratio;
		return percent(factor.subtract(BigDecimal.ONE).multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP));
	}

}
