package org.partnership.reports.articles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnership.reports.report.ReconciliationRow;

import static org.assertj.core.api.Assertions.assertThat;

/** The notes of figures no feed carries name the span an article gives, also one without an end. */
class ReconcilerNoteTests {

	private static final Article ARTICLE = new Article("a-1", LocalDate.of(2025, 4, 1), "2025-04-01", "Press", null, "en",
			"Title", null);

	private static String note(String period, String periodStart) {
		StoredFacts.Figure companies = new StoredFacts.Figure("COMPANIES", "COUNT", new BigDecimal("3000"), null, null,
				period, periodStart, true, "EU27", "since 2005, 3,000 companies");
		List<ReconciliationRow> rows = new Reconciler(List.of()).reconcile(ARTICLE,
				new StoredFacts(List.of(), List.of(), List.of(), List.of(companies)));
		assertThat(rows).hasSize(1);
		return rows.get(0).note();
	}

	@Test
	void aSpanWithBothEndsIsNamedWithBoth() {
		assertThat(note("2024", "2005")).isEqualTo("article-sourced figure: no feed carries companies (cumulative 2005 – 2024)");
	}

	@Test
	void aSpanWithoutAnEndIsNamedFromItsStart() {
		// was "(cumulative 2005 – null)"
		assertThat(note(null, "2005")).isEqualTo("article-sourced figure: no feed carries companies (cumulative since 2005)");
	}

	@Test
	void aCumulativeFigureWithoutSpanIsJustCumulative() {
		assertThat(note(null, null)).isEqualTo("article-sourced figure: no feed carries companies (cumulative)");
	}

}
