package org.partnership.reports.report;

import java.math.BigDecimal;

import org.partnership.reports.period.Period;

/**
 * One row of the long indicator table: period × reporter × partner × indicator. {@code value} is
 * {@code null} when the indicator is not defined (e.g. coverage ratio with zero imports, YoY without
 * a complete base period). Units: {@code USD}, {@code PCT}, {@code PP} (percentage points), {@code RATIO},
 * {@code COUNT}.
 */
public record IndicatorRow(String reporter, String partner, Period period, boolean complete, String indicator,
		BigDecimal value, String unit) {

}
