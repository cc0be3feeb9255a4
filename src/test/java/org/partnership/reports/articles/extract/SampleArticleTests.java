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

	@Test
	void neverTakesOrCarriesAComparisonYearAsThePeriod() {
		// a-2024-11-12-trade-9m-2024
		assertThat(figures(LocalDate.of(2024, 11, 12), null, "ASTANA – Trade turnover between Kazakhstan and the European "
				+ "Union reached $36.7 billion in January–September 2024, 17.1% more than in the same period of 2023, "
				+ "according to customs statistics. Exports from Kazakhstan to the EU amounted to $28.6 billion, while "
				+ "imports from the EU reached $8.1 billion."))
			.extracting(QuotedFigure::metric, QuotedFigure::value, QuotedFigure::changePct, QuotedFigure::period)
			.containsExactly(tuple("TURNOVER", bn("36.7"), new BigDecimal("17.1"), "2024-9M"),
					tuple("EXPORTS", bn("28.6"), null, "2024-9M"), tuple("IMPORTS", bn("8.1"), null, "2024-9M"));
		// a-2024-11-13-trade-9m-2024-repost
		assertThat(figures(LocalDate.of(2024, 11, 13), null, "ASTANA – Kazakhstan's trade turnover with the European Union "
				+ "reached $36.7 billion in January–September 2024, up 17.1% on the same period of 2023, customs "
				+ "statistics show. Kazakh exports to the EU amounted to $28.6 billion and imports from the EU to "
				+ "$8.1 billion."))
			.extracting(QuotedFigure::metric, QuotedFigure::value, QuotedFigure::changePct, QuotedFigure::period)
			.containsExactly(tuple("TURNOVER", bn("36.7"), new BigDecimal("17.1"), "2024-9M"),
					tuple("EXPORTS", bn("28.6"), null, "2024-9M"), tuple("IMPORTS", bn("8.1"), null, "2024-9M"));
	}

	@Test
	void recognisesComparisonBasesInEachLanguage() {
		LocalDate autumn = LocalDate.of(2025, 10, 1);
		assertThat(figures(autumn, null, "Turnover reached $40 billion in 2024, up 6.2% from 2022. Exports were $30 billion."))
			.extracting(QuotedFigure::period, QuotedFigure::periodStart, QuotedFigure::cumulative)
			.containsExactly(tuple("2024", null, false), tuple("2024", null, false));
		assertThat(figures(autumn, null, "Exports rose 5% compared with the first nine months of 2023. Imports were "
				+ "$8 billion in the first nine months of 2024."))
			.extracting(QuotedFigure::metric, QuotedFigure::period)
			.containsExactly(tuple("EXPORTS", null), tuple("IMPORTS", "2024-9M"));
		assertThat(figures(autumn, null, "Товарооборот за 9 месяцев 2024 года составил 36,7 млрд долларов, что на 17,1% "
				+ "больше, чем за 9 месяцев 2023 года. Экспорт составил 28,6 млрд долларов."))
			.extracting(QuotedFigure::metric, QuotedFigure::changePct, QuotedFigure::period)
			.containsExactly(tuple("TURNOVER", new BigDecimal("17.1"), "2024-9M"), tuple("EXPORTS", null, "2024-9M"));
		assertThat(figures(autumn, null, "Экспорт вырос на 5% по сравнению с аналогичным периодом 2023 года и составил "
				+ "30 млрд долларов."))
			.extracting(QuotedFigure::period)
			.containsOnlyNulls();
		assertThat(figures(autumn, null, "2024 жылы тауар айналымы 49,7 млрд доллар болды, бұл 2023 жылғы деңгеймен "
				+ "салыстырғанда 16,9%-ға жоғары. Экспорт 38,6 млрд доллар болды."))
			.extracting(QuotedFigure::metric, QuotedFigure::changePct, QuotedFigure::period)
			.containsExactly(tuple("TURNOVER", new BigDecimal("16.9"), "2024"), tuple("EXPORTS", null, "2024"));
		assertThat(figures(autumn, null, "Exports more than doubled in 2024 to $5 billion."))
			.extracting(QuotedFigure::period)
			.containsExactly("2024");
	}

	@Test
	void carriesTheLeadParagraphsPeriodToTradeFiguresOfLaterParagraphs() {
		// a-2025-07-24-trade-h1-2025
		assertThat(figures(LocalDate.of(2025, 7, 24), null, "ASTANA – Trade turnover between Kazakhstan and the European "
				+ "Union reached $24.9 billion in January–June 2025, 3.8% more than in the first half of 2024, according "
				+ "to preliminary customs data.\n\nKazakh exports to the EU rose 2.9% to $19.3 billion, while imports from "
				+ "the EU grew 7.2% to $5.6 billion. Oil and petroleum products continued to dominate exports."))
			.containsExactly(
					new QuotedFigure("TURNOVER", "AMOUNT", bn("24.9"), "USD", new BigDecimal("3.8"), "2025-H1", null, false,
							"EU27", "$24.9 billion"),
					new QuotedFigure("EXPORTS", "AMOUNT", bn("19.3"), "USD", new BigDecimal("2.9"), "2025-H1", null, false,
							"EU27", "$19.3 billion"),
					new QuotedFigure("IMPORTS", "AMOUNT", bn("5.6"), "USD", new BigDecimal("7.2"), "2025-H1", null, false,
							"EU27", "$5.6 billion"));
	}

	@Test
	void carriesNoPeriodPastAnAnnouncementOrToNonTradeFiguresOfLaterParagraphs() {
		LocalDate autumn = LocalDate.of(2025, 10, 1);
		assertThat(figures(autumn, null, "Turnover reached $24.9 billion in January–June 2025.\n\nThe next forum will be "
				+ "held in Brussels.\n\nExports rose to $19.3 billion."))
			.extracting(QuotedFigure::metric, QuotedFigure::period)
			.containsExactly(tuple("TURNOVER", "2025-H1"), tuple("EXPORTS", null));
		assertThat(figures(autumn, null, "Turnover reached $24.9 billion in January–June 2025.\n\nTurnover is expected to "
				+ "reach $60 billion."))
			.extracting(QuotedFigure::period)
			.containsExactly("2025-H1", null);
		assertThat(figures(autumn, null, "Turnover reached $24.9 billion in January–June 2025.\n\nThe EIB invested "
				+ "€1 billion in the region."))
			.extracting(QuotedFigure::metric, QuotedFigure::period)
			.containsExactly(tuple("TURNOVER", "2025-H1"), tuple("INVESTMENT", null));
	}

	@Test
	void givesNoImplicitPeriodToAnAnnouncedInvestmentPackage() {
		// a-2025-04-04-samarkand-summit and a-2025-04-05-samarkand-sammit-ru, published before July
		assertThat(figures(LocalDate.of(2025, 4, 4), null, "The European Commission announced a Global Gateway investment "
				+ "package of €12 billion for the region, covering transport connectivity, critical raw materials, water, "
				+ "energy and climate, and digital connectivity."))
			.containsExactly(new QuotedFigure("INVESTMENT", "AMOUNT", bn("12"), "EUR", null, null, null, false, "EU27",
					"€12 billion"));
		assertThat(figures(LocalDate.of(2025, 4, 5), null, "Европейская комиссия объявила о пакете инвестиций в рамках "
				+ "инициативы Global Gateway на 12 млрд евро – на транспорт, критически важное сырье, водные ресурсы, "
				+ "энергетику и климат, а также цифровую связанность."))
			.extracting(QuotedFigure::metric, QuotedFigure::period)
			.containsExactly(tuple("INVESTMENT", null));
	}

	@Test
	void givesTheImplicitPeriodOnlyToTradeResultsInThePastTense() {
		LocalDate april = LocalDate.of(2025, 4, 1);
		assertThat(figures(april, null, "Товарооборот с ЕС составил 49,7 млрд долларов, экспорт вырос на 20%."))
			.extracting(QuotedFigure::metric, QuotedFigure::period)
			.containsExactly(tuple("TURNOVER", "2024"), tuple("EXPORTS", "2024"));
		assertThat(figures(april, null, "Тауар айналымы 49,7 млрд доллар болды.")).extracting(QuotedFigure::period)
			.containsExactly("2024");
		assertThat(figures(april, null, "The EU is a partner with turnover of $49.7 billion.")).extracting(QuotedFigure::period)
			.containsExactly((String) null);
		assertThat(figures(april, null, "EU companies invested $2 billion.")).extracting(QuotedFigure::period)
			.containsExactly((String) null);
	}

	@Test
	void countsCompaniesOnlyWhenTheNumberModifiesTheWordCompanies() {
		// a-2023-03-15-business-forum-astana
		assertThat(figures(LocalDate.of(2023, 3, 15), null, "ASTANA – More than 3,000 companies with European capital are "
				+ "operating in Kazakhstan, participants of a business forum held in Astana on March 14 were told. The "
				+ "event, organised by a European business association together with the national investment promotion "
				+ "agency, gathered about 200 representatives of companies, banks and government bodies."))
			.extracting(QuotedFigure::metric, QuotedFigure::kind, QuotedFigure::value)
			.containsExactly(tuple("COMPANIES", "COUNT", new BigDecimal("3000")));
		LocalDate autumn = LocalDate.of(2025, 10, 1);
		assertThat(figures(autumn, null, "Форум собрал около 200 представителей компаний и банков.")).isEmpty();
		assertThat(figures(autumn, null, "Форумға 50 шетелдік кәсіпорын қатысты."))
			.extracting(QuotedFigure::value)
			.containsExactly(new BigDecimal("50"));
		assertThat(figures(autumn, null, "Some 1,200 German and 300 foreign-owned firms and 45 small Kazakh enterprises "
				+ "took part; 150 иностранных компаний also came."))
			.extracting(QuotedFigure::value)
			.containsExactly(new BigDecimal("300"), new BigDecimal("45"), new BigDecimal("150"));
	}

	@Test
	void keepsAFigureQuotedInTitleAndBodyOnce() {
		// a-2024-02-20-trade-2023
		assertThat(figures(LocalDate.of(2024, 2, 20), "Kazakhstan–EU trade turnover reached $42.5 billion in 2023",
				"ASTANA – Trade turnover between Kazakhstan and the European Union reached $42.5 billion in 2023, up 6.2% "
						+ "from 2022, according to figures cited at a meeting of a Kazakhstan–EU business council in Astana. "
						+ "Kazakh exports to the EU amounted to $32.2 billion and imports from the EU to $10.3 billion."))
			.containsExactly(
					new QuotedFigure("TURNOVER", "AMOUNT", bn("42.5"), "USD", new BigDecimal("6.2"), "2023", null, false,
							"EU27", "$42.5 billion"),
					new QuotedFigure("EXPORTS", "AMOUNT", bn("32.2"), "USD", null, "2023", null, false, "EU27",
							"$32.2 billion"),
					new QuotedFigure("IMPORTS", "AMOUNT", bn("10.3"), "USD", null, "2023", null, false, "EU27",
							"$10.3 billion"));
		// a-2024-11-13-trade-9m-2024-repost: the title's growth is the body amount's change
		assertThat(figures(LocalDate.of(2024, 11, 13), "Kazakhstan-EU trade grows 17.1% in nine months of 2024",
				"ASTANA – Kazakhstan's trade turnover with the European Union reached $36.7 billion in January–September "
						+ "2024, up 17.1% on the same period of 2023, customs statistics show."))
			.extracting(QuotedFigure::kind, QuotedFigure::changePct, QuotedFigure::period)
			.containsExactly(tuple("AMOUNT", new BigDecimal("17.1"), "2024-9M"));
		// a-2025-03-12-investment-200bn: the title leaves the span open, the body closes it
		assertThat(figures(LocalDate.of(2025, 3, 12),
				"Gross inflow of EU direct investment into Kazakhstan reaches $200.7 billion since 2005",
				"ASTANA – Gross inflow of direct investment from EU countries into Kazakhstan totalled $200.7 billion from "
						+ "2005 through the first nine months of 2024, according to figures presented at an investment "
						+ "round table in Astana on March 11."))
			.containsExactly(new QuotedFigure("INVESTMENT", "AMOUNT", bn("200.7"), "USD", null, "2024-9M", "2005", true,
					"EU27", "$200.7 billion"));
	}

	@Test
	void keepsEqualValuesThatAreDifferentFigures() {
		assertThat(figures(LocalDate.of(2025, 10, 1), "Exports reached $5 billion in 2023",
				"Exports reached $5 billion in 2024. Imports were $5 billion in 2024. Trade with European countries was "
						+ "$5 billion in 2024, trade with the EU $5 billion."))
			.extracting(QuotedFigure::metric, QuotedFigure::period, QuotedFigure::scope)
			.containsExactly(tuple("EXPORTS", "2023", null), tuple("EXPORTS", "2024", null), tuple("IMPORTS", "2024", null),
					tuple("TURNOVER", "2024", "EUROPE"), tuple("TURNOVER", "2024", "EU27"));
	}

	@Test
	void readsTheKazakhNameEuropaOdagyAsTheEu() {
		// a-2025-02-20-tauar-ainalymy-2024
		ArticleFacts facts = Fixtures.EXTRACTOR.extract(new ArticleText("t", LocalDate.of(2025, 2, 20), "kk",
				"Қазақстан мен Еуропа Одағы арасындағы тауар айналымы 2024 жылы 49,7 млрд доллар болды",
				"АСТАНА – 2024 жылы Қазақстан мен Еуропа Одағы елдері арасындағы тауар айналымы 49,7 млрд долларға жетіп, "
						+ "2023 жылмен салыстырғанда 16,9%-ға өсті. Оның ішінде Қазақстанның экспорты 38,6 млрд доллар, "
						+ "импорт 11,1 млрд доллар болды."));

		assertThat(facts.figures())
			.extracting(QuotedFigure::metric, QuotedFigure::value, QuotedFigure::changePct, QuotedFigure::period,
					QuotedFigure::scope)
			.containsExactly(tuple("TURNOVER", bn("49.7"), new BigDecimal("16.9"), "2024", "EU27"),
					tuple("EXPORTS", bn("38.6"), null, "2024", "EU27"), tuple("IMPORTS", bn("11.1"), null, "2024", "EU27"));
		assertThat(facts.actors()).extracting(ActorMention::code).contains("EU");
	}

	@Test
	void neitherLendsNorCarriesThePeriodOfAComparisonBaseFigure() {
		LocalDate april = LocalDate.of(2025, 4, 1);
		assertThat(figures(april, null, "Exports reached $38.6 billion, up from $30 billion in 2023. Imports were "
				+ "$11.1 billion."))
			.extracting(QuotedFigure::metric, QuotedFigure::value, QuotedFigure::period)
			.containsExactly(tuple("EXPORTS", bn("38.6"), "2024"), tuple("EXPORTS", bn("30"), "2023"),
					tuple("IMPORTS", bn("11.1"), "2024"));
		assertThat(figures(LocalDate.of(2025, 10, 1), null, "Exports reached $38.6 billion in 2024, compared with "
				+ "$33 billion. Товарооборот вырос с 40 млрд долларов до 49,7 млрд долларов в 2024 году."))
			.extracting(QuotedFigure::value, QuotedFigure::period)
			.containsExactly(tuple(bn("38.6"), "2024"), tuple(bn("33"), null), tuple(bn("40"), null),
					tuple(bn("49.7"), "2024"));
	}

	@Test
	void toleratesFiguresWithoutAMetricAfterAPeriodOfAnEarlierParagraph() {
		assertThat(figures(LocalDate.of(2025, 4, 1), null, "Turnover reached $24.9 billion in January–June 2025.\n\nThe "
				+ "forum ended with pledges of €10 billion."))
			.extracting(QuotedFigure::metric, QuotedFigure::period)
			.containsExactly(tuple("TURNOVER", "2025-H1"), tuple(null, null));
	}

}
