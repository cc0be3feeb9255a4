package org.partnership.reports.articles.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date of an event from its sentence: "on March 31", "31 March 2025", «31 марта», «31 наурызда»,
 * then "yesterday", "on Monday", «в понедельник», «дүйсенбі күні». A date without a year is the most recent
 * such day not after publication, or for an announced event (future cue) the nearest one not before it.
 */
final class EventDates {

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

	/** Tried at the word before a number. */
	private static final Pattern EN_MONTH_DAY = Pattern
		.compile(EN_MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d\\p{L}])(?:,?\\s+" + YEAR + "(?!\\d))?");

	/** Tried at a number. */
	private static final Pattern EN_DAY_MONTH = Pattern
		.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + EN_MONTH + "(?:,?\\s+" + YEAR + "(?!\\d))?");

	private static final StartChars EN_MONTH_DAY_STARTS = StartChars.of(EN_MONTH_DAY);

	private static final Pattern RU_DAY_MONTH = Pattern
		.compile("(\\d{1,2})\\s+(" + String.join("|", RU_MONTHS) + ")(?![\\p{L}])(?:\\s+" + YEAR + "(?!\\d))?");

	private static final Pattern KK_DAY_MONTH = Pattern
		.compile("(?:" + YEAR + "\\s*жылғы\\s+)?(\\d{1,2})\\s+(" + String.join("|", KK_MONTHS) + ")\\p{L}*");

	private static final Map<String, Integer> RELATIVE_DAYS = Map.of("yesterday", -1, "вчера", -1, "кеше", -1, "today", 0,
			"сегодня", 0, "бүгін", 0, "tomorrow", 1, "завтра", 1, "ертең", 1);

	private static final Map<String, DayOfWeek> EN_WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
			DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY,
			"saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);

	/** Accusative forms, as after «в»/«во». */
	private static final Map<String, DayOfWeek> RU_WEEKDAYS = Map.of("понедельник", DayOfWeek.MONDAY, "вторник",
			DayOfWeek.TUESDAY, "среду", DayOfWeek.WEDNESDAY, "четверг", DayOfWeek.THURSDAY, "пятницу", DayOfWeek.FRIDAY,
			"субботу", DayOfWeek.SATURDAY, "воскресенье", DayOfWeek.SUNDAY);

	/** As before «күні». */
	private static final Map<String, DayOfWeek> KK_WEEKDAYS = Map.of("дүйсенбі", DayOfWeek.MONDAY, "сейсенбі",
			DayOfWeek.TUESDAY, "сәрсенбі", DayOfWeek.WEDNESDAY, "бейсенбі", DayOfWeek.THURSDAY, "жұма", DayOfWeek.FRIDAY,
			"сенбі", DayOfWeek.SATURDAY, "жексенбі", DayOfWeek.SUNDAY);

	private EventDates() {
	}

	/** The first date stated in {@code text[from, to)}, or null. */
	static LocalDate find(String text, int from, int to, LocalDate published, boolean future) {
		for (int d : Anchors.numberStarts(text, from, to)) {
			LocalDate date = numericDate(text, d, from, to, published, future);
			if (date != null) {
				return date;
			}
		}
		return published == null ? null : wordDate(text, from, to, published, future);
	}

	private static LocalDate numericDate(String text, int d, int from, int to, LocalDate published, boolean future) {
		int digits = 0;
		while (d + digits < to && text.charAt(d + digits) >= '0' && text.charAt(d + digits) <= '9') {
			digits++;
		}
		if (digits > 2) {
			// every pattern wants a day of one or two digits there, except «2025 жылғы 4 сәуір»
			return digits == 4 && Anchors.contains(text, "жылғы", d + 4, Math.min(to, d + 10))
					? kazakhDate(text, d, to, published, future) : null;
		}
		char after = d + digits < to ? text.charAt(d + digits) : ' ';
		Matcher m;
		if (after == ' ' || after == 's' || after == 'n' || after == 'r' || after == 't') {
			m = EN_DAY_MONTH.matcher(text).region(d, to);
			if (m.lookingAt()) {
				return monthDay(m.group(3), EN_MONTHS.get(m.group(2).substring(0, 3)), m.group(1), published, future);
			}
			m = RU_DAY_MONTH.matcher(text).region(d, to);
			if (m.lookingAt()) {
				return monthDay(m.group(3), RU_MONTHS.indexOf(m.group(2)) + 1, m.group(1), published, future);
			}
			LocalDate kazakh = kazakhDate(text, d, to, published, future);
			if (kazakh != null) {
				return kazakh;
			}
		}
		int[] before = Anchors.wordStartsBefore(text, d, from, 1);
		if (before.length == 1 && EN_MONTH_DAY_STARTS.mayContinueAt(text, before[0], to)) {
			m = EN_MONTH_DAY.matcher(text).region(before[0], to);
			if (m.lookingAt() && m.end() > d) {
				return monthDay(m.group(3), EN_MONTHS.get(m.group(1).substring(0, 3)), m.group(2), published, future);
			}
		}
		return null;
	}

	private static LocalDate kazakhDate(String text, int d, int to, LocalDate published, boolean future) {
		Matcher m = KK_DAY_MONTH.matcher(text).region(d, to);
		return m.lookingAt() ? monthDay(m.group(1), KK_MONTHS.indexOf(m.group(3)) + 1, m.group(2), published, future)
				: null;
	}

	private static LocalDate wordDate(String text, int from, int to, LocalDate published, boolean future) {
		List<String> words = words(text, from, to);
		for (int w = 0; w < words.size(); w++) {
			String word = words.get(w);
			String previous = w > 0 ? words.get(w - 1) : "";
			Integer shift = RELATIVE_DAYS.get(word);
			if (shift != null) {
				return published.plusDays(shift);
			}
			DayOfWeek day = EN_WEEKDAYS.get(word);
			if (day == null && (previous.equals("в") || previous.equals("во"))) {
				day = RU_WEEKDAYS.get(word);
			}
			if (day == null && w + 1 < words.size() && words.get(w + 1).equals("күні")) {
				day = KK_WEEKDAYS.get(word);
			}
			if (day != null) {
				return weekday(day, published, future || previous.equals("next"));
			}
		}
		return null;
	}

	private static List<String> words(String text, int from, int to) {
		List<String> words = new ArrayList<>();
		int start = -1;
		for (int i = from; i <= to; i++) {
			boolean letter = i < to && CharClass.isLetter(text.charAt(i));
			if (letter && start < 0) {
				start = i;
			}
			else if (!letter && start >= 0) {
				words.add(text.substring(start, i));
				start = -1;
			}
		}
		return words;
	}

	private static LocalDate weekday(DayOfWeek day, LocalDate published, boolean ahead) {
		int shift = day.ordinal() - published.getDayOfWeek().ordinal();
		return ahead ? published.plusDays(Math.floorMod(shift, 7)) : published.minusDays(Math.floorMod(-shift, 7));
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
