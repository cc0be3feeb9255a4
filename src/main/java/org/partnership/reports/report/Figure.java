package org.partnership.reports.report;

import java.math.BigDecimal;

/**
 * A value with its comparison value (same period one year earlier) and the year-on-year change in
 * percent. {@code null} means "not available": never shown as 0.
 */
public record Figure(BigDecimal current, BigDecimal previous, Double yoyPct) {

	public static final Figure EMPTY = new Figure(null, null, null);

}
