package org.partnership.reports.articles.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Inputs the nightly job will meet sooner or later. */
class RobustnessTests {

	@Test
	void acceptsMissingFields() {
		ArticleFacts facts = Fixtures.EXTRACTOR.extract(new ArticleText("empty", null, null, null, null));

		assertThat(facts).isEqualTo(new ArticleFacts(List.of(), List.of(), List.of(), List.of()));
	}

	@Test
	void leavesDatesOpenWithoutAPublicationDate() {
		ArticleFacts facts = Fixtures.extract("en", null, "Tokayev met Kallas on March 31. Turnover reached $49.7 billion.");

		assertThat(facts.events()).extracting(ExtractedEvent::date, ExtractedEvent::dateFromText)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(null, false));
		assertThat(facts.figures()).extracting(QuotedFigure::period).containsExactly((String) null);
	}

	@Test
	void survivesPathologicalText() {
		String digits = "1 2 3 4 5 6 7 8 9 0 ".repeat(2000) + "$ $ % % 2024 2024 " + "в в раз ".repeat(500);
		String noSpaces = "a".repeat(50_000) + "ЕС" + "9".repeat(10_000);

		assertThat(Fixtures.extract("en", LocalDate.of(2025, 4, 1), digits).figures()).extracting(QuotedFigure::text)
			.containsExactly("0 $");
		assertThat(Fixtures.extract("ru", LocalDate.of(2025, 4, 1), noSpaces).actors()).isEmpty();
	}

	@Test
	void isSafeToShareBetweenThreads() {
		ArticleFacts expected = Fixtures.EXTRACTOR.extract(Fixtures.foundingArticle());

		List<ArticleFacts> results = IntStream.range(0, 64)
			.parallel()
			.mapToObj(i -> Fixtures.EXTRACTOR.extract(Fixtures.foundingArticle()))
			.toList();

		assertThat(results).allMatch(expected::equals);
	}

}
