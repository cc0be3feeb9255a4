package org.partnership.reports.report.excel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Percent values as the fractions Excel formats: decimal, not binary, division by 100. */
class PercentTests {

	@Test
	void fractionsAreTheDecimalPercentDividedByAHundred() {
		assertThat(Percent.fraction(16.9)).isEqualTo(0.169); // not 0.16899999999999998
		assertThat(Percent.fraction(-21.7)).isEqualTo(-0.217);
		assertThat(Percent.fraction(347.7)).isEqualTo(3.477);
		assertThat(Percent.fraction(0.0)).isEqualTo(0.0);
		assertThat(Percent.fraction(1e-5)).isEqualTo(1e-7);
		assertThat(Percent.fraction(1.5e10)).isEqualTo(1.5e8);
		assertThat(Percent.fraction((Double) null)).isNull();
		assertThat(Percent.fraction(Double.NaN)).isNull();
		assertThat(Percent.fraction(Double.POSITIVE_INFINITY)).isNull();
		assertThat(Percent.fraction(new BigDecimal("16.9"))).isEqualTo(0.169);
	}

	@Test
	void theExponentShiftGivesWhatBigDecimalGivesForAnyDouble() {
		// the workbook's bytes were made with BigDecimal.valueOf(pct).movePointLeft(2).doubleValue()
		Random random = new Random(7);
		for (double pct : List.of(-0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-3, 9.999999e-4, 1e7,
				9999999.999, 0.1, 100.0, 2.5e-308)) {
			assertSame(pct);
		}
		for (int i = 0; i < 200_000; i++) {
			double pct = switch (i % 4) {
				case 0 -> (random.nextDouble() - 0.5) * 400; // reconciliation differences
				case 1 -> Math.round(random.nextDouble() * 10_000) / 10.0 - 500; // one decimal
				case 2 -> Double.longBitsToDouble(random.nextLong()); // any bits
				default -> random.nextGaussian() * Math.pow(10, random.nextInt(30) - 15);
			};
			if (Double.isFinite(pct)) {
				assertSame(pct);
			}
		}
	}

	/** The same bits: -0.0 and 0.0 are written differently in a sheet. */
	private static void assertSame(double pct) {
		assertThat(Double.doubleToRawLongBits(Percent.fraction(pct))).as("%s", pct)
			.isEqualTo(Double.doubleToRawLongBits(reference(pct)));
	}

	private static double reference(double pct) {
		return BigDecimal.valueOf(pct).movePointLeft(2).doubleValue();
	}

}
