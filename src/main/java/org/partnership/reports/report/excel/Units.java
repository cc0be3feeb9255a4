package org.partnership.reports.report.excel;

import java.math.BigDecimal;
import java.util.Locale;

import org.partnership.reports.report.excel.Styles.Kind;

/**
 * Cell value and format for a model value with a unit code ({@code USD}, {@code PCT}, {@code PP},
 * {@code RATIO}, {@code COUNT}). {@code PCT} values are percents (16.9) and are stored as fractions
 * (0.169) with a percent format, so that Excel arithmetic on them is right.
 */
final class Units {

	private Units() {
	}

	static Kind kind(String unit) {
		return switch (code(unit)) {
			case "USD" -> Kind.USD;
			case "PCT" -> Kind.PERCENT;
			case "PP" -> Kind.POINTS;
			case "RATIO" -> Kind.RATIO;
			case "COUNT" -> Kind.COUNT;
			default -> Kind.NUMBER;
		};
	}

	static Double value(String unit, BigDecimal value) {
		if (value == null) {
			return null;
		}
		return "PCT".equals(code(unit)) ? Percent.fraction(value) : Double.valueOf(value.doubleValue());
	}

	private static String code(String unit) {
		return (unit == null) ? "" : unit.strip().toUpperCase(Locale.ROOT);
	}

}
