package org.partnership.reports.report.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.partnership.reports.period.Period;

/**
 * Locale-bound formatting of amounts, percentages, dates and period labels for one briefing. The
 * templates receive only strings made here, so a missing value can never print as {@code null}: it
 * prints {@link #na()} (with the footnote marker) and the briefing shows the footnote.
 * <p>
 * Two languages: English (default) and Russian. Amounts are US dollars in the model.
 */
final class Formats {

	/** Superscript one: the footnote marker after every "n/a". */
	static final String NA_MARKER = "\u00B9";

	private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);

	private static final String[] ROMAN = { "I", "II", "III", "IV" };

	private final boolean russian;

	private final Locale locale;

	private final DecimalFormatSymbols symbols;

	private boolean naUsed;

	private Formats(boolean russian) {
		this.russian = russian;
		this.locale = russian ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
		this.symbols = DecimalFormatSymbols.getInstance(this.locale);
	}

	/** Russian for any {@code ru} locale, English otherwise. */
	static Formats forLocale(Locale locale) {
		return new Formats(locale != null && "ru".equals(locale.getLanguage()));
	}

	String language() {
		return this.russian ? "ru" : "en";
	}

	Locale locale() {
		return this.locale;
	}

	/** True once any value was formatted as "n/a", so the briefing must print the footnote. */
	boolean naUsed() {
		return this.naUsed;
	}

	/** The "not available" text with its footnote marker. */
	String na() {
		this.naUsed = true;
		return naText() + NA_MARKER;
	}

	String naText() {
		return this.russian ? "н/д" : "n/a";
	}

	/** {@code 49.7 bn USD} / {@code 49,7 млрд долл. США}; n/a for null. */
	String billions(BigDecimal usd) {
		if (usd == null) {
			return na();
		}
		return number(usd.divide(BILLION, 1, RoundingMode.HALF_UP), 1) + " " + (this.russian ? "млрд долл. США" : "bn USD");
	}

	/** Billions with one decimal, no unit (table cells under a "bn USD" header): {@code 49.7}. */
	String billionsNumber(BigDecimal usd) {
		if (usd == null) {
			return na();
		}
		return number(usd.divide(BILLION, 1, RoundingMode.HALF_UP), 1);
	}

	/** Absolute value in billions, for sentences such as "a surplus of 27.5 bn USD". */
	String billionsAbs(BigDecimal usd) {
		return billions(usd == null ? null : usd.abs());
	}

	/** Millions with one decimal and grouping, no unit (table cells): {@code 30,339.6}. */
	String millions(BigDecimal usd) {
		if (usd == null) {
			return na();
		}
		return number(usd.divide(MILLION, 1, RoundingMode.HALF_UP), 1);
	}

	/** Amount with the unit the size calls for: bn for ≥ 1 bn, m otherwise. */
	String amount(BigDecimal usd) {
		if (usd == null) {
			return na();
		}
		if (usd.abs().compareTo(BILLION) >= 0) {
			return billions(usd);
		}
		return millions(usd) + " " + (this.russian ? "млн долл. США" : "m USD");
	}

	/** Signed percentage with one decimal: {@code +16.9%}, {@code -4.0%}, {@code 0.0%}. */
	String signedPct(Double pct) {
		if (pct == null || pct.isNaN() || pct.isInfinite()) {
			return na();
		}
		BigDecimal rounded = BigDecimal.valueOf(pct).setScale(1, RoundingMode.HALF_UP);
		String sign = rounded.signum() > 0 ? "+" : rounded.signum() < 0 ? "-" : "";
		return sign + number(rounded.abs(), 1) + "%";
	}

	/** Unsigned percentage with one decimal: {@code 16.9%}. */
	String pct(Double pct) {
		if (pct == null || pct.isNaN() || pct.isInfinite()) {
			return na();
		}
		return number(BigDecimal.valueOf(pct).setScale(1, RoundingMode.HALF_UP).abs(), 1) + "%";
	}

	/** Percentage points with sign: {@code +3.2 pp} / {@code +3,2 п.п.}. */
	String signedPp(Double pp) {
		if (pp == null || pp.isNaN() || pp.isInfinite()) {
			return na();
		}
		String s = signedPct(pp);
		return s.substring(0, s.length() - 1) + (this.russian ? " п.п." : " pp");
	}

	/** Whole count with grouping. */
	String count(long n) {
		DecimalFormat f = new DecimalFormat("#,##0", this.symbols);
		return f.format(n);
	}

	/** Long date: {@code 31 March 2025} / {@code 31 марта 2025 г.}. */
	String longDate(LocalDate date) {
		if (date == null) {
			return na();
		}
		return DateTimeFormatter.ofPattern(this.russian ? "d MMMM yyyy 'г.'" : "d MMMM yyyy", this.locale).format(date);
	}

	/** Short date for tables: {@code 31 Mar 2025} / {@code 31.03.2025}. */
	String shortDate(LocalDate date) {
		if (date == null) {
			return na();
		}
		return DateTimeFormatter.ofPattern(this.russian ? "dd.MM.yyyy" : "d MMM yyyy", this.locale).format(date);
	}

	/** Period label in the briefing's language: {@code Q3 2024} / {@code III кв. 2024 г.}. */
	String periodLabel(Period period) {
		if (period == null) {
			return na();
		}
		if (!this.russian) {
			return period.label();
		}
		int firstMonth = period.firstMonth().getMonthValue();
		int year = period.firstMonth().getYear();
		return switch (period.type()) {
			case YEAR -> year + " г.";
			case HALF -> ROMAN[(firstMonth - 1) / 6] + " полугодие " + year + " г.";
			case QUARTER -> ROMAN[(firstMonth - 1) / 3] + " кв. " + year + " г.";
			case MONTH -> month(period.firstMonth().getMonth()) + " " + year + " г.";
			case YTD -> (period.months() == 1 ? month(Month.JANUARY)
					: "январь–" + month(period.lastMonth().getMonth())) + " " + year + " г.";
			case ROLLING_12 -> "12 месяцев по " + month(period.lastMonth().getMonth()) + " "
					+ period.lastMonth().getYear() + " г.";
		};
	}

	private String month(Month month) {
		return month.getDisplayName(TextStyle.FULL_STANDALONE, this.locale);
	}

	private String number(BigDecimal value, int decimals) {
		DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), this.symbols);
		f.setRoundingMode(RoundingMode.HALF_UP);
		// ASCII hyphen-minus, so a copied figure pastes as a number everywhere
		return f.format(value).replace('\u2212', '-');
	}

}
