package org.partnership.reports.trade;

import java.math.BigDecimal;

/**
 * A resolved value of a period: the sum of what the data cover, and whether every month of the
 * period is covered. An incomplete amount is shown but never compared as if it were whole.
 */
public record Amount(BigDecimal value, boolean complete) {

}
