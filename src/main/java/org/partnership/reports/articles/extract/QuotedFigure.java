package org.partnership.reports.articles.extract;

import java.math.BigDecimal;

/**
 * A number quoted in an article, bound to the metric, period and partner scope of its sentence.
 *
 * <p>
 * Values are normalised so that records compare equal when the figures are: amounts and counts are
 * integral with scale 0 when whole (49700000000), percentages keep at least one decimal (16.9, 50.0).
 *
 * @param metric {@code TURNOVER}, {@code EXPORTS}, {@code IMPORTS}, {@code INVESTMENT}, {@code COMPANIES} or null
 * @param kind {@code AMOUNT}, {@code GROWTH_PCT} or {@code COUNT}
 * @param value amount in full units, growth in percent, or count
 * @param currency {@code USD}, {@code EUR}, {@code KZT} or null
 * @param changePct growth attached to an amount, else null
 * @param period reference period ("2024", "2024-Q3", "2024-07", "2024-H1", "2024-9M") or null
 * @param periodStart first year of a span such as "from 2005 through ...", else null
 * @param cumulative whether the figure sums over a span of periods
 * @param scope partner scope ({@code EU27}, {@code EUROPE}, ...) or null
 * @param text the matched snippet as in the original text
 */
public record QuotedFigure(String metric, String kind, BigDecimal value, String currency, BigDecimal changePct,
		String period, String periodStart, boolean cumulative, String scope, String text) {
}
