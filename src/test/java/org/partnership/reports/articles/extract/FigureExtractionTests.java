package org.partnership.reports.articles.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Quoted figures: numbers, currencies, growth, counts, periods and scopes. */
class FigureExtractionTests {

	private static final LocalDate APRIL = LocalDate.of(2025, 4, 1);

	private static final LocalDate AUTUMN = LocalDate.of(2025, 10, 1);

	private static List<QuotedFigure> figures(String body) {
		return Fixtures.extract(null, AUTUMN, body).figures();
	}

	@Test
	void turnsARussianRatioIntoGrowth() {
		assertThat(figures("Товарооборот вырос в 1,5 раза.")).containsExactly(new QuotedFigure("TURNOVER", "GROWTH_PCT",
				new BigDecimal("50.0"), null, null, null, null, false, null, "в 1,5 раза"));
	}

	@Test
	void turnsADecreaseRatioIntoNegativeGrowth() {
		assertThat(figures("Импорт сократился в 2 раза в 2023 году.")).extracting(QuotedFigure::value, QuotedFigure::period)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("-50.0"), "2023"));
	}

	@Test
	void keepsEuropeanCountriesApartFromTheEu() {
		assertThat(figures("Trade with European countries reached $60 billion in the first nine months of 2024."))
			.containsExactly(new QuotedFigure("TURNOVER", "AMOUNT", new BigDecimal("60000000000"), "USD", null, "2024-9M",
					null, false, "EUROPE", "$60 billion"));
		assertThat(figures("Товарооборот со странами Европы составил 12 млрд евро в 2023 году."))
			.extracting(QuotedFigure::scope, QuotedFigure::currency, QuotedFigure::period)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("EUROPE", "EUR", "2023"));
	}

	@Test
	void readsCurrenciesAndScales() {
		assertThat(figures("The EU announced €12 billion for Central Asia.")).containsExactly(new QuotedFigure(null,
				"AMOUNT", new BigDecimal("12000000000"), "EUR", null, null, null, false, "EU27", "€12 billion"));
		assertThat(figures("EBRD invested US$ 1.2 bn in 2023 and EUR 12 billion in 2024, plus KZT 500 million."))
			.extracting(QuotedFigure::value, QuotedFigure::currency, QuotedFigure::metric, QuotedFigure::text)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("1200000000"), "USD", "INVESTMENT", "US$ 1.2 bn"),
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("12000000000"), "EUR", "INVESTMENT", "EUR 12 billion"),
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("500000000"), "KZT", "INVESTMENT", "KZT 500 million"));
		assertThat(figures("Инвестиции составили 49,7 млрд долл. США и 1,2 трлн тенге."))
			.extracting(QuotedFigure::value, QuotedFigure::currency, QuotedFigure::text)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("49700000000"), "USD", "49,7 млрд долл. США"),
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("1200000000000"), "KZT", "1,2 трлн тенге"));
	}

	@Test
	void readsCountsWithThousandsSeparators() {
		assertThat(figures("В Казахстане работают более 3\u00a0000 европейских компаний."))
			.containsExactly(new QuotedFigure("COMPANIES", "COUNT", new BigDecimal("3000"), null, null, null, null, false,
					"EUROPE", "более 3\u00a0000 европейских компаний"));
		assertThat(figures("Қазақстанда 3 мыңнан астам еуропалық компания жұмыс істейді."))
			.extracting(QuotedFigure::metric, QuotedFigure::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("COMPANIES", new BigDecimal("3000")));
	}

	@Test
	void readsKazakhGrowth() {
		assertThat(figures("2024 жылы тауар айналымы 16,9%-ға өсті.")).containsExactly(new QuotedFigure("TURNOVER",
				"GROWTH_PCT", new BigDecimal("16.9"), null, null, "2024", null, false, null, "16,9%-ға"));
	}

	@Test
	void attachesGrowthToTheAmountItDescribes() {
		assertThat(figures("In January–September 2024, exports grew by 20% to $38.6 billion, while imports fell 5% to "
				+ "$11.1 billion."))
			.extracting(QuotedFigure::metric, QuotedFigure::changePct, QuotedFigure::period)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("EXPORTS", new BigDecimal("20.0"), "2024-9M"),
					org.assertj.core.groups.Tuple.tuple("IMPORTS", new BigDecimal("-5.0"), "2024-9M"));
	}

	@Test
	void ignoresSharesThatAreNotChanges() {
		assertThat(figures("The EU accounts for 30% of Kazakhstan's trade.")).isEmpty();
	}

	@Test
	void bindsEachAmountToItsOwnPeriod() {
		assertThat(figures("Exports reached $38.6bn in 2024, up from $30 billion in 2023.")).extracting(QuotedFigure::period)
			.containsExactly("2024", "2023");
		assertThat(figures("Товарооборот с ЕС в I квартале 2025 года составил 12 млрд долларов, в первом полугодии 2024 "
				+ "года - 25 млрд долларов, в июле 2024 года - 4 млрд долларов."))
			.extracting(QuotedFigure::period, QuotedFigure::metric)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2025-Q1", "TURNOVER"),
					org.assertj.core.groups.Tuple.tuple("2024-H1", "TURNOVER"),
					org.assertj.core.groups.Tuple.tuple("2024-07", "TURNOVER"));
	}

	@Test
	void readsSpansAsCumulative() {
		assertThat(figures("Инвестиции ЕС с 2005 года по 9 месяцев 2024 года составили 200,7 млрд долларов."))
			.containsExactly(new QuotedFigure("INVESTMENT", "AMOUNT", new BigDecimal("200700000000"), "USD", null,
					"2024-9M", "2005", true, "EU27", "200,7 млрд долларов"));
		assertThat(figures("2005 жылдан бастап 2024 жылдың 9 айы ішінде ЕО елдерінен тартылған инвестиция 200,7 млрд "
				+ "долларды құрады."))
			.extracting(QuotedFigure::period, QuotedFigure::periodStart, QuotedFigure::cumulative, QuotedFigure::scope)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2024-9M", "2005", true, "EU27"));
		assertThat(figures("Over 2010-2024 EU investment totalled €100 billion."))
			.extracting(QuotedFigure::period, QuotedFigure::periodStart, QuotedFigure::cumulative)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2024", "2010", true));
	}

	@Test
	void resolvesRelativeAndComparedYears() {
		assertThat(Fixtures.extract("en", AUTUMN, "Trade for 2023 was $40 billion, and $49.7 billion last year.")
			.figures()).extracting(QuotedFigure::period).containsExactly("2023", "2024");
		assertThat(figures("Товарооборот за 9 месяцев 2024 года вырос на 10% по сравнению с 2023 годом."))
			.extracting(QuotedFigure::period, QuotedFigure::periodStart)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2024-9M", null));
	}

	@Test
	void appliesTheImplicitPeriodOnlyToFlowsInTheFirstHalfYear() {
		assertThat(Fixtures.extract("en", APRIL, "Turnover reached $49.7 billion.").figures())
			.extracting(QuotedFigure::period).containsExactly("2024");
		assertThat(Fixtures.extract("en", APRIL, "Turnover will reach $60 billion.").figures())
			.extracting(QuotedFigure::period).containsExactly((String) null);
		assertThat(Fixtures.extract("en", AUTUMN, "Turnover reached $49.7 billion.").figures())
			.extracting(QuotedFigure::period).containsExactly((String) null);
	}

	@Test
	void readsEnglishPeriodForms() {
		assertThat(figures("In H1 2024 trade was $25bn; in July 2024 it was $4 billion; Q3 2024: $13 billion; for the "
				+ "third quarter of 2023, $12 billion; 9M2023: $30 billion."))
			.extracting(QuotedFigure::period)
			.containsExactly("2024-H1", "2024-07", "2024-Q3", "2023-Q3", "2023-9M");
	}

}
