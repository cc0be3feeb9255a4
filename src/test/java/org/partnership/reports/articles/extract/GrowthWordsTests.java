package org.partnership.reports.articles.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Figures whose reading depends on the words around the number (growth, decline, comparison base), at the edges
 * of sentences and words, in English and Russian; written for the hand-written word scanners that replaced three
 * regular expressions ({@link WordStems}, {@link TrailingWords}).
 */
class GrowthWordsTests {

	private static final LocalDate AUTUMN = LocalDate.of(2025, 10, 1);

	private static List<QuotedFigure> figures(String body) {
		return Fixtures.extract(null, AUTUMN, body).figures();
	}

	@Test
	void aGrowthWordAfterThePercentageAtTheSentenceEnd() {
		assertThat(figures("Exports to the EU in 2024 were 12.5% up.")).extracting(QuotedFigure::metric,
				QuotedFigure::kind, QuotedFigure::value, QuotedFigure::period)
			.containsExactly(tuple("EXPORTS", "GROWTH_PCT", new BigDecimal("12.5"), "2024"));
	}

	@Test
	void aWordThatOnlyContainsUpIsNoGrowth() {
		// "setup" and "upkeep" hold "up" but are not the word: 30% is a share, not a change
		assertThat(figures("Setup and upkeep took 30% of the trade budget in 2024.")).isEmpty();
	}

	@Test
	void aDeclineInRussianWithThinSpaceThousands() {
		assertThat(figures("Импорт из ЕС сократился на 4,2% и составил 1\u2009250 млн долларов в 2024 году."))
			.extracting(QuotedFigure::metric, QuotedFigure::kind, QuotedFigure::value, QuotedFigure::changePct,
					QuotedFigure::period)
			.containsExactly(tuple("IMPORTS", "AMOUNT", new BigDecimal("1250000000"), new BigDecimal("-4.2"), "2024"));
	}

	@Test
	void aComparisonBaseKeepsItsOwnPeriodOnly() {
		assertThat(figures("In 2024 exports reached $5.1 billion, up from $4,300 million in 2023."))
			.extracting(QuotedFigure::value, QuotedFigure::period)
			.containsExactly(tuple(new BigDecimal("5100000000"), "2024"), tuple(new BigDecimal("4300000000"), "2023"));
	}

	@Test
	void aNumberWithNoFigureWordsAroundIsNoFigure() {
		assertThat(figures("The delegation of 12 people arrived at 10 o'clock, 3 days early.")).isEmpty();
	}

}
