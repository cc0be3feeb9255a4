package org.partnership.reports.articles.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Russian and Kazakh samples of the issue. */
class MultilingualExtractionTests {

	private static final String RUSSIAN = "Товарооборот между Казахстаном и Евросоюзом в 2024 году составил 49,7 млрд "
			+ "долларов, увеличившись на 16,9%. Экспорт составил 38,6 млрд долларов, импорт — 11,1 млрд долларов.";

	@Test
	void readsRussianTradeFiguresAndCarriesPeriodAndScopeToTheNextSentence() {
		// published in September so that 2024 can only come from the text, not from the implicit-period rule
		ArticleFacts facts = Fixtures.extract("ru", LocalDate.of(2025, 9, 10), RUSSIAN);

		assertThat(facts.figures()).containsExactly(
				new QuotedFigure("TURNOVER", "AMOUNT", new BigDecimal("49700000000"), "USD", new BigDecimal("16.9"), "2024",
						null, false, "EU27", "49,7 млрд долларов"),
				new QuotedFigure("EXPORTS", "AMOUNT", new BigDecimal("38600000000"), "USD", null, "2024", null, false,
						"EU27", "38,6 млрд долларов"),
				new QuotedFigure("IMPORTS", "AMOUNT", new BigDecimal("11100000000"), "USD", null, "2024", null, false,
						"EU27", "11,1 млрд долларов"));
		assertThat(facts.topics()).containsExactly("trade");
		assertThat(facts.actors()).extracting(ActorMention::code).containsExactly("EU", "KAZ");
	}

	@Test
	void readsKazakhTurnover() {
		ArticleFacts facts = Fixtures.extract("kk", LocalDate.of(2025, 9, 10),
				"2024 жылы Қазақстан мен Еуропалық Одақ арасындағы тауар айналымы 49,7 млрд долларды құрады.");

		assertThat(facts.figures()).containsExactly(new QuotedFigure("TURNOVER", "AMOUNT", new BigDecimal("49700000000"),
				"USD", null, "2024", null, false, "EU27", "49,7 млрд долларды"));
		assertThat(facts.topics()).containsExactly("trade");
		assertThat(facts.actors()).extracting(ActorMention::code).containsExactly("EU", "KAZ");
	}

	@Test
	void readsAKazakhMeetingWithItsDate() {
		ArticleFacts facts = Fixtures.extract("kk", LocalDate.of(2025, 4, 1),
				"Астанада Мұрат Нұртілеу 31 наурызда Эдуардс Стипрайспен кездесті.");

		assertThat(facts.events()).containsExactly(new ExtractedEvent("MEETING", "043", LocalDate.of(2025, 3, 31), true,
				List.of("EU-STIPRAIS", "KAZ-NURTLEU"), "Astana",
				"Астанада Мұрат Нұртілеу 31 наурызда Эдуардс Стипрайспен кездесті."));
	}

	@Test
	void readsARussianMeetingWithItsDate() {
		ArticleFacts facts = Fixtures.extract("ru", LocalDate.of(2025, 1, 5),
				"Мурат Нуртлеу встретился с Эдуардсом Стипрайсом 28 декабря в Брюсселе.");

		ExtractedEvent meeting = facts.events().get(0);
		assertThat(meeting.type()).isEqualTo("MEETING");
		assertThat(meeting.date()).isEqualTo(LocalDate.of(2024, 12, 28));
		assertThat(meeting.dateFromText()).isTrue();
		assertThat(meeting.participants()).containsExactly("EU-STIPRAIS", "KAZ-NURTLEU");
		assertThat(meeting.location()).isEqualTo("Brussels");
	}

	@Test
	void tagsRussianAndKazakhTopicsThroughInflection() {
		ArticleFacts russian = Fixtures.extract("ru", LocalDate.of(2025, 4, 1),
				"Стороны обсудили реализацию Соглашения о расширенном партнерстве и сотрудничестве, инвестициями, "
						+ "развитием Транскаспийского международного транспортного маршрута, цифровизацией и зеленой "
						+ "экономикой, а также визовыми вопросами.");
		ArticleFacts kazakh = Fixtures.extract("kk", LocalDate.of(2025, 4, 1),
				"Тараптар сауда, инвестиция, көлік-логистика, цифрландыру және өңірлік қауіпсіздік мәселелерін талқылады.");

		assertThat(russian.topics()).containsExactly("digital", "epca", "green", "investment", "titr", "transport", "visas");
		assertThat(kazakh.topics()).containsExactly("digital", "investment", "security", "trade", "transport");
	}

	@Test
	void matchesShortAliasesOnlyAsWholeWordsInTheirOwnCase() {
		ArticleFacts facts = Fixtures.extract("ru", LocalDate.of(2025, 4, 1),
				"Весной ЕС и Казахстан обсудили вопросы, интересные всем. Евросоюз есть Евросоюз.");

		assertThat(facts.actors()).extracting(ActorMention::code).containsExactly("EU", "KAZ");
		assertThat(Fixtures.extract("ru", LocalDate.of(2025, 4, 1), "Весной ес обсуждали прогресс.").actors()).isEmpty();
		assertThat(Fixtures.extract("en", LocalDate.of(2025, 4, 1), "Europe's neutrality, the eu-style").actors()).isEmpty();
	}

}
