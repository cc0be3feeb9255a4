package org.partnership.reports.articles;

import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OneDecimalTests {

	@Test
	void roundsHalfUpOnTheShortestDecimalLikeStringFormat() {
		assertThat(OneDecimal.of(16.94)).isEqualTo("16.9");
		assertThat(OneDecimal.of(16.95)).isEqualTo("17.0");
		assertThat(OneDecimal.of(0.05)).isEqualTo("0.1");
		assertThat(OneDecimal.of(-0.04)).isEqualTo("-0.0");
		assertThat(OneDecimal.of(-0.0)).isEqualTo("-0.0");
		assertThat(OneDecimal.of(49.7e9 / 1e9)).isEqualTo("49.7");
		assertThat(OneDecimal.of(1e20)).isEqualTo("100000000000000000000.0");
		assertThat(OneDecimal.of(99.96)).isEqualTo("100.0"); // the carry runs through every digit
		assertThat(OneDecimal.of(9.95)).isEqualTo("10.0");
		assertThat(OneDecimal.of(0.96)).isEqualTo("1.0");
		assertThat(OneDecimal.of(336.0571)).isEqualTo("336.1");
		assertThat(OneDecimal.of(1.0E-5)).isEqualTo("0.0");
		assertThat(OneDecimal.signed(0)).isEqualTo("+0.0");
		assertThat(OneDecimal.signed(16.94)).isEqualTo("+16.9");
		assertThat(OneDecimal.signed(-2.25)).isEqualTo("-2.3");
		assertThat(OneDecimal.signed(Double.NaN)).isEqualTo("NaN");
		assertThat(OneDecimal.signed(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
	}

	@Test
	void agreesWithStringFormatOnRandomValuesAndTies() {
		SplittableRandom random = new SplittableRandom(20251125);
		for (int i = 0; i < 250_000; i++) {
			double value = switch (i % 5) {
				case 0 -> (random.nextDouble() - 0.5) * 200; // percentages
				// ties in decimal: the double nearest each, up to beyond the magnitude rounded by arithmetic
				case 1 -> Double.parseDouble((random.nextBoolean() ? "-" : "") + random.nextLong(0, 20_000_000) + "."
						+ random.nextInt(10) + "5");
				// near ties: a few units in the last place either side, where the digits must decide, and either
				// side of the distance below which they do (10^-7)
				case 2 -> Math.nextAfter(random.nextLong(-20_000_000, 20_000_000) / 10.0 + 0.05,
						random.nextBoolean() ? 1e300 : -1e300) + random.nextInt(-3, 4) * Math.ulp(1e6)
						* new double[] { 1e-6, 1, 1e3, 1e4 }[random.nextInt(4)];
				case 3 -> random.nextDouble() * Math.pow(10, random.nextInt(-6, 16)); // every magnitude
				default -> Double.longBitsToDouble(random.nextLong()); // any bit pattern
			};
			assertThat(OneDecimal.of(value)).as("%.1f of %s", value).isEqualTo(String.format(Locale.ROOT, "%.1f", value));
			assertThat(OneDecimal.signed(value)).as("%+.1f of %s", value)
				.isEqualTo(String.format(Locale.ROOT, "%+.1f", value));
		}
	}

}
