package org.partnership.reports.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.partnership.reports.period.Period;
import org.partnership.reports.report.IndicatorRow;

/**
 * Article counts per period (month, quarter, year), attached to every reporter–partner pair: the
 * article feed is the feed of the partnership the deployment follows.
 */
final class ArticleCounts {

	private final Map<Period, Long> articles = new TreeMap<>();

	void add(LocalDate published) {
		for (Period p : List.of(Period.month(published.getYear(), published.getMonthValue()),
				Period.quarter(published.getYear(), (published.getMonthValue() - 1) / 3 + 1),
				Period.year(published.getYear()))) {
			this.articles.merge(p, 1L, Long::sum);
		}
	}

	List<IndicatorRow> rows(String reporter, String partner) {
		List<IndicatorRow> rows = new ArrayList<>();
		this.articles.forEach((p, n) -> rows
			.add(new IndicatorRow(reporter, partner, p, true, "ARTICLES", BigDecimal.valueOf(n), "COUNT")));
		return rows;
	}

}
