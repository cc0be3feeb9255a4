package org.partnership.reports.articles.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The founding article (2025-04-01) and the facts the issue expects from it. */
class FoundingArticleTests {

	private final ArticleFacts facts = Fixtures.EXTRACTOR.extract(Fixtures.foundingArticle());

	@Test
	void findsTheMeetingOfNurtleuAndStipraisOnMarch31() {
		assertThat(facts.events()).first()
			.isEqualTo(new ExtractedEvent("MEETING", "043", LocalDate.of(2025, 3, 31), true,
					List.of("EU-STIPRAIS", "KAZ-NURTLEU"), "Astana",
					"ASTANA – Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu met with EU Special "
							+ "Representative for Central Asia Eduards Stiprais on March 31 to discuss strengthening "
							+ "bilateral ties and regional cooperation."));
	}

	@Test
	void reportsTheUpcomingSamarkandSummitAtThePublicationDate() {
		assertThat(facts.events()).hasSize(2);
		ExtractedEvent summit = facts.events().get(1);
		assertThat(summit.type()).isEqualTo("SUMMIT");
		assertThat(summit.cameo()).isEqualTo("044");
		assertThat(summit.location()).isEqualTo("Samarkand");
		assertThat(summit.date()).isEqualTo(Fixtures.FOUNDING_DATE);
		assertThat(summit.dateFromText()).isFalse();
		assertThat(summit.participants()).containsExactly("KAZ-NURTLEU");
	}

	@Test
	void tagsAllTopicsOfTheArticle() {
		assertThat(facts.topics()).containsExactly("climate", "digital", "epca", "eu_strategy", "green", "investment",
				"security", "summit", "sustainable_development", "titr", "trade", "transport");
	}

	@Test
	void namesCountriesOrganisationsAndOfficials() {
		assertThat(facts.actors()).containsExactly(new ActorMention("CAS", "Central Asia", "COUNTRY", null, "CAS"),
				new ActorMention("EU", "European Union", "ORGANISATION", null, "EU27"),
				new ActorMention("EU-STIPRAIS", "Eduards Stiprais", "OFFICIAL",
						"EU Special Representative for Central Asia", "EU27"),
				new ActorMention("KAZ", "Kazakhstan", "COUNTRY", null, "KAZ"),
				new ActorMention("KAZ-NURTLEU", "Murat Nurtleu", "OFFICIAL", "Deputy Prime Minister and Foreign Minister",
						"KAZ"));
	}

	@Test
	void readsTheQuotedTradeInvestmentAndCompanyFigures() {
		assertThat(facts.figures()).containsExactly(
				new QuotedFigure("TURNOVER", "AMOUNT", new BigDecimal("49700000000"), "USD", new BigDecimal("16.9"), "2024",
						null, false, "EU27", "$49.7 billion"),
				new QuotedFigure("EXPORTS", "AMOUNT", new BigDecimal("38600000000"), "USD", null, "2024", null, false,
						"EU27", "$38.6 billion"),
				new QuotedFigure("IMPORTS", "AMOUNT", new BigDecimal("11100000000"), "USD", null, "2024", null, false,
						"EU27", "$11.1 billion"),
				new QuotedFigure("INVESTMENT", "AMOUNT", new BigDecimal("200700000000"), "USD", null, "2024-9M", "2005",
						true, "EU27", "$200.7 billion"),
				new QuotedFigure("COMPANIES", "COUNT", new BigDecimal("3000"), null, null, null, null, false, "EUROPE",
						"More than 3,000 European companies"));
	}

	@Test
	void leavesTheImplicitPeriodOpenForArticlesPublishedFromJuly() {
		ArticleText late = new ArticleText("late", LocalDate.of(2025, 7, 1), "en", null, Fixtures.foundingBody());

		List<QuotedFigure> figures = Fixtures.EXTRACTOR.extract(late).figures();

		assertThat(figures).extracting(QuotedFigure::period).containsExactly(null, null, null, "2024-9M", null);
	}

	@Test
	void isRepeatable() {
		assertThat(Fixtures.EXTRACTOR.extract(Fixtures.foundingArticle())).isEqualTo(facts);
	}

}
