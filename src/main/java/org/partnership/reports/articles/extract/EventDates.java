package org.partnership.reports.articles.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date of an event from its sentence: "on March 31", "31 March 2025", «31 марта», «31 наурызда»,
 * "yesterday", "on Monday". A date without a year is the most recent such day not after publication, or
 * for an announced event (future cue) the nearest one not before it.
 */
final class EventDates {

	private static final String NB = "(?<![\\p{L}\\d])";

	private static final String YEAR = "((?:19|20)\\d{2})";

	private static final Map<String, Integer> EN_MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
			Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
			Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

	private static final List<String> RU_MONTHS = List.of("января", "февраля", "марта", "апреля", "мая", "июня", "июля",
			"августа", "сентября", "октября", "ноября", "декабря");

	private static final List<String> KK_MONTHS = List.of("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
			"шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан");

	private static final String EN_MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december"
			+ "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![\\p{L}])\\.?";

	private static final Pattern EN_MONTH_DAY = Pattern
		.compile(NB + EN_MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d\\p{L}])(?:,?\\s+" + YEAR + "(?!\\d))?");

	private static final Pattern EN_DAY_MONTH = Pattern
		.compile(NB + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + EN_MONTH + "(?:,?\\s+" + YEAR + "(?!\\d))?");

	private static final Pattern RU_DAY_MONTH = Pattern
		.compile(NB + "(\\d{1,2})\\s+(" + String.join("|", RU_MONTHS) + ")(?![\\p{L}])(?:\\s+" + YEAR + "(?!\\d))?");

	private static final Pattern KK_DAY_MONTH = Pattern.compile(NB + "(?:" + YEAR + "\\s*жылғы\\s+)?(\\d{1,2})\\s+("
			+ String.join("|", KK_MONTHS) + ")\\p{L}*");

	private static final Pattern RELATIVE = Pattern
		.compile(NB + "(yesterday|вчера|кеше|today|сегодня|бүгін|tomorrow|завтра|ертең)(?![\\p{L}])");

	private static final Pattern WEEKDAY = Pattern.compile(NB + "(?:(?:on|last|this|next)\\s+"
			+ "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
			+ "|(?:в|во)\\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
			+ "|(дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі)\\s+күні)(?![\\p{L}])");

	private static final List<String> RU_WEEKDAYS = List.of("понедельник", "вторник", "среду", "четверг", "пятницу",
			"субботу", "воскресенье");

	private static final List<String> KK_WEEKDAYS = List.of("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі",
			"жексенбі");

	private EventDates() {
	}

	/** The first date stated in {@code text[from, to)}, or null. */
	static LocalDate find(String text, int from, int to, LocalDate published, boolean future) {
		LocalDate best = null;
		int bestStart = Integer.MAX_VALUE;
		for (Pattern p : List.of(EN_MONTH_DAY, EN_DAY_MONTH, RU_DAY_MONTH, KK_DAY_MONTH, RELATIVE, WEEKDAY)) {
			Matcher m = p.matcher(text).region(from, to);
			while (m.find() && m.start() < bestStart) {
				LocalDate date = resolve(p, m, published, future);
				if (date != null) {
					best = date;
					bestStart = m.start();
					break;
				}
			}
		}
		return best;
	}

	private static LocalDate resolve(Pattern p, Matcher m, LocalDate published, boolean future) {
		if (p == EN_MONTH_DAY) {
			return monthDay(m.group(3), EN_MONTHS.get(m.group(1).substring(0, 3)), m.group(2), published, future);
		}
		if (p == EN_DAY_MONTH) {
			return monthDay(m.group(3), EN_MONTHS.get(m.group(2).substring(0, 3)), m.group(1), published, future);
		}
		if (p == RU_DAY_MONTH) {
			return monthDay(m.group(3), RU_MONTHS.indexOf(m.group(2)) + 1, m.group(1), published, future);
		}
		if (p == KK_DAY_MONTH) {
			return monthDay(m.group(1), KK_MONTHS.indexOf(m.group(3)) + 1, m.group(2), published, future);
		}
		if (published == null) {
			return null;
		}
		if (p == RELATIVE) {
			return switch (m.group(1)) {
				case "yesterday", "вчера", "кеше" -> published.minusDays(1);
				case "tomorrow", "завтра", "ертең" -> published.plusDays(1);
				default -> published;
			};
		}
		return weekday(m, published, future);
	}

	private static LocalDate weekday(Matcher m, LocalDate published, boolean future) {
		int index;
		if (m.group(1) != null) {
			index = DayOfWeek.valueOf(m.group(1).toUpperCase()).ordinal();
		}
		else if (m.group(2) != null) {
			index = RU_WEEKDAYS.indexOf(m.group(2));
		}
		else {
			index = KK_WEEKDAYS.indexOf(m.group(3));
		}
		boolean ahead = future || m.group(0).startsWith("next");
		int shift = index - published.getDayOfWeek().ordinal();
		if (ahead) {
			return published.plusDays(Math.floorMod(shift, 7));
		}
		return published.minusDays(Math.floorMod(-shift, 7));
	}

	private static LocalDate monthDay(String year, int month, String day, LocalDate published, boolean future) {
		int d = Integer.parseInt(day);
		try {
			if (year != null) {
				return LocalDate.of(Integer.parseInt(year), month, d);
			}
			if (published == null) {
				return null;
			}
			LocalDate.of(2000, month, d); // rejects 31 April; 29 February is searched below
		}
		catch (DateTimeException ex) {
			return null;
		}
		int step = future ? 1 : -1;
		for (int y = published.getYear(), tries = 0; tries < 9; y += step, tries++) {
			LocalDate candidate;
			try {
				candidate = LocalDate.of(y, month, d);
			}
			catch (DateTimeException ex) {
				continue;
			}
			if (future ? !candidate.isBefore(published) : !candidate.isAfter(published)) {
				return candidate;
			}
		}
		return null;
	}

}
