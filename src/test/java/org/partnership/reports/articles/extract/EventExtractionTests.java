package org.partnership.reports.articles.extract;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Event types, CAMEO codes, dates, participants and places. */
class EventExtractionTests {

	private static final LocalDate PUBLISHED = LocalDate.of(2025, 4, 1);

	private static List<ExtractedEvent> events(String body) {
		return Fixtures.extract(null, PUBLISHED, body).events();
	}

	@Test
	void mapsEachTypeToItsCameoCode() {
		List<ExtractedEvent> events = events("Tokayev met Kaja Kallas. Tokayev paid an official visit to Berlin. "
				+ "Kallas and Nurtleu had a telephone conversation. The sides signed a memorandum. "
				+ "Bektenov opened the Astana International Forum. The EU-Central Asia summit was held.");

		assertThat(events).extracting(ExtractedEvent::type, ExtractedEvent::cameo)
			.containsExactly(tuple("MEETING", "043"), tuple("VISIT", "042"), tuple("PHONE_CALL", "041"),
					tuple("AGREEMENT", "057"), tuple("FORUM", "040"), tuple("SUMMIT", "044"));
		assertThat(events).extracting(ExtractedEvent::participants)
			.containsExactly(List.of("EU-KALLAS", "KAZ-TOKAYEV"), List.of("KAZ-TOKAYEV"), List.of("EU-KALLAS", "KAZ-NURTLEU"),
					List.of(), List.of("KAZ-BEKTENOV"), List.of("CAS", "EU"));
		assertThat(events).extracting(ExtractedEvent::location)
			.containsExactly(null, "Berlin", null, null, "Astana", null);
	}

	@Test
	void rollsADateWithoutYearBackToTheLatestOneNotAfterPublication() {
		ExtractedEvent january = Fixtures.extract("en", LocalDate.of(2025, 1, 3), "Nurtleu met Stiprais on December 30.")
			.events()
			.get(0);

		assertThat(january.date()).isEqualTo(LocalDate.of(2024, 12, 30));
		assertThat(january.dateFromText()).isTrue();
	}

	@Test
	void looksAheadForAnnouncedEvents() {
		ExtractedEvent summit = events("The summit will be held in Samarkand on April 4.").get(0);

		assertThat(summit.date()).isEqualTo(LocalDate.of(2025, 4, 4));
		assertThat(summit.location()).isEqualTo("Samarkand");
	}

	@Test
	void readsExplicitYearsWeekdaysAndRelativeDays() {
		assertThat(events("Tokayev met Costa on 3 April 2024.").get(0).date()).isEqualTo(LocalDate.of(2024, 4, 3));
		// 2025-04-01 is a Tuesday
		assertThat(events("Tokayev met Costa on Monday.").get(0).date()).isEqualTo(LocalDate.of(2025, 3, 31));
		assertThat(events("Вчера Токаев провел переговоры с Костой.").get(0).date()).isEqualTo(LocalDate.of(2025, 3, 31));
		assertThat(events("Токаев 28 марта 2025 года встретился с Антониу Коштой.").get(0).date())
			.isEqualTo(LocalDate.of(2025, 3, 28));
	}

	@Test
	void usesThePublicationDateWhenTheTextGivesNone() {
		ExtractedEvent meeting = events("This week Tokayev met von der Leyen.").get(0);

		assertThat(meeting.date()).isEqualTo(PUBLISHED);
		assertThat(meeting.dateFromText()).isFalse();
		assertThat(meeting.participants()).containsExactly("EU-VONDERLEYEN", "KAZ-TOKAYEV");
	}

	@Test
	void treatsTalksByPhoneAsAPhoneCallOnly() {
		assertThat(events("Тоқаев Урсула фон дер Ляйенмен телефон арқылы келіссөз жүргізді."))
			.extracting(ExtractedEvent::type, ExtractedEvent::participants)
			.containsExactly(tuple("PHONE_CALL", List.of("EU-VONDERLEYEN", "KAZ-TOKAYEV")));
	}

	@Test
	void keepsTwoDifferentMeetingsApart() {
		assertThat(events("Tokayev met Costa on March 28. Bektenov met Kallas on March 29."))
			.extracting(ExtractedEvent::date)
			.containsExactly(LocalDate.of(2025, 3, 28), LocalDate.of(2025, 3, 29));
	}

}
