package org.partnership.reports.report.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.partnership.reports.period.Period;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

	private final Formats en = Formats.forLocale(Locale.ENGLISH);

	private final Formats ru = Formats.forLocale(Locale.forLanguageTag("ru-KZ"));

	@Test
	void amountsInBillionsWithTheLanguagesUnit() {
		assertThat(this.en.billions(new BigDecimal("49700000000"))).isEqualTo("49.7 bn USD");
		assertThat(this.ru.billions(new BigDecimal("49700000000"))).isEqualTo("49,7 млрд долл. США");
		assertThat(this.en.billions(new BigDecimal("42514970060"))).isEqualTo("42.5 bn USD");
		assertThat(this.en.billions(new BigDecimal("-3250000000"))).isEqualTo("-3.3 bn USD");
		assertThat(this.en.amount(new BigDecimal("812400000"))).isEqualTo("812.4 m USD");
		assertThat(this.en.millions(new BigDecimal("30339600000"))).isEqualTo("30,339.6");
		assertThat(this.ru.millions(new BigDecimal("30339600000"))).isEqualTo("30\u00A0339,6");
	}

	@Test
	void percentagesCarryTheirSign() {
		assertThat(this.en.signedPct(16.9000001)).isEqualTo("+16.9%");
		assertThat(this.en.signedPct(-4.04)).isEqualTo("-4.0%");
		assertThat(this.en.signedPct(0.04)).isEqualTo("0.0%");
		assertThat(this.ru.signedPct(16.9)).isEqualTo("+16,9%");
		assertThat(this.en.pct(347.74)).isEqualTo("347.7%");
		assertThat(this.en.signedPp(3.21)).isEqualTo("+3.2 pp");
	}

	@Test
	void missingValuesPrintNaWithTheFootnoteMarker() {
		assertThat(this.en.naUsed()).isFalse();
		assertThat(this.en.billions(null)).isEqualTo("n/a¹");
		assertThat(this.en.signedPct(null)).isEqualTo("n/a¹");
		assertThat(this.en.signedPct(Double.NaN)).isEqualTo("n/a¹");
		assertThat(this.en.naUsed()).isTrue();
		assertThat(this.ru.periodLabel(null)).isEqualTo("н/д¹");
	}

	@Test
	void datesInTheLanguage() {
		LocalDate d = LocalDate.of(2025, 3, 31);
		assertThat(this.en.longDate(d)).isEqualTo("31 March 2025");
		assertThat(this.en.shortDate(d)).isEqualTo("31 Mar 2025");
		assertThat(this.ru.longDate(d)).isEqualTo("31 марта 2025 г.");
		assertThat(this.ru.shortDate(d)).isEqualTo("31.03.2025");
	}

	@Test
	void periodLabelsInTheLanguage() {
		assertThat(this.en.periodLabel(Period.year(2024))).isEqualTo("2024");
		assertThat(this.en.periodLabel(Period.quarter(2024, 3))).isEqualTo("Q3 2024");
		assertThat(this.en.periodLabel(Period.yearToDate(2024, 9))).isEqualTo("Jan–Sep 2024");
		assertThat(this.ru.periodLabel(Period.year(2024))).isEqualTo("2024 г.");
		assertThat(this.ru.periodLabel(Period.quarter(2024, 3))).isEqualTo("III кв. 2024 г.");
		assertThat(this.ru.periodLabel(Period.half(2024, 1))).isEqualTo("I полугодие 2024 г.");
		assertThat(this.ru.periodLabel(Period.month(2024, 9))).isEqualTo("сентябрь 2024 г.");
		assertThat(this.ru.periodLabel(Period.yearToDate(2024, 9))).isEqualTo("январь–сентябрь 2024 г.");
		assertThat(this.ru.periodLabel(Period.yearToDate(2024, 1))).isEqualTo("январь 2024 г.");
	}

	@Test
	void anyOtherLanguageFallsBackToEnglish() {
		assertThat(Formats.forLocale(Locale.GERMAN).language()).isEqualTo("en");
		assertThat(Formats.forLocale(null).language()).isEqualTo("en");
		assertThat(this.ru.language()).isEqualTo("ru");
	}

}
