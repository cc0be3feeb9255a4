package org.partnership.reports.articles.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Sentences of the shipped sample ({@code input/articles.csv}) that were once bound wrongly and made the
 * reconciliation report false disagreements.
 */
class SampleArticleTests {

	private static List<QuotedFigure> figures(LocalDate published, String title, String body) {
		return Fixtures.EXTRACTOR.extract(new ArticleText("t", published, "en", title, body)).figures();
	}

	private static BigDecimal bn(String value) {
		return new BigDecimal(value).movePointRight(9).stripTrailingZeros().setScale(0);
	}

	@Test
	void bindsAnAmountToTheMetricBeforeItInItsOwnClause() {
		// a-2024-02-20-trade-2023
		assertThat(figures(LocalDate.of(2024, 2, 20), null,
				"Trade turnover between Kazakhstan and the European Union reached $42.5 billion in 2023, up 6.2% from "
						+ "2022. Kazakh exports to the EU amounted to $32.2 billion and imports from the EU to $10.3 billion."))
			.extracting(QuotedFigure::metric, QuotedFigure::value, QuotedFigure::period)
			.containsExactly(tuple("TURNOVER", bn("42.5"), "2023"), tuple("EXPORTS", bn("32.2"), "2023"),
					tuple("IMPORTS", bn("10.3"), "2023"));
		// a-2024-03-05-european-countries-2023
		assertThat(figures(LocalDate.of(2024, 3, 5), null,
				"Exports to European countries reached $32.6 billion and imports $11.5 billion."))
			.extracting(QuotedFigure::metric)
			.containsExactly("EXPORTS", "IMPORTS");
		assertThat(figures(LocalDate.of(2024, 3, 5), null,
				"Экспорт в страны ЕС в 2023 году составил 32,2 млрд долларов и импорт из ЕС 10,3 млрд долларов."))
			.extracting(QuotedFigure::metric)
			.containsExactly("EXPORTS", "IMPORTS");
		assertThat(figures(LocalDate.of(2024, 3, 5), null,
				"2023 жылы экспорт 32,2 млрд доллар және импорт 10,3 млрд доллар болды."))
			.extracting(QuotedFigure::metric)
			.containsExactly("EXPORTS", "IMPORTS");
	}

	@Test
	void stillBindsAnAmountToTheMetricRightAfterItWhenItsClauseNamesNone() {
		// the founding article
		assertThat(figures(LocalDate.of(2025, 4, 1), null, "The trade turnover between Kazakhstan and the European Union "
				+ "reached $49.7 billion (+16.9%), including $38.6 billion in exports from Kazakhstan and $11.1 billion in "
				+ "imports."))
			.extracting(QuotedFigure::metric)
			.containsExactly("TURNOVER", "EXPORTS", "IMPORTS");
	}

}
