package org.partnership.reports.articles.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Finds reference periods in a sentence of folded text, in English, Russian and Kazakh. Longer forms win over
 * shorter ones that overlap them ("first nine months of 2024" over "of 2024"), and a start marker ("from
 * 2005", «с 2005 года», «2005 жылдан») followed by a period makes a cumulative span. A period introduced as
 * a comparison base ("compared with 2023", "than in the first half of 2024", "up 6.2% from 2022",
 * «2023 жылмен салыстырғанда») is dropped.
 *
 * <p>
 * An instance keeps its matchers and is re-aimed at each text with {@link #reset}; it is not thread-safe.
 */
final class PeriodFinder {

	private static final String NB = "(?<![\\p{L}\\d])";

	private static final String Y = "((?:19|20)\\d{2})(?!\\d)";

	private static final List<String> EN_MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december");

	/** How the Russian month names start: each alternative of {@link #RU_MONTH} starts with its stem. */
	private static final List<String> RU_MONTH_STEMS = List.of("январ", "феврал", "март", "апрел", "ма", "июн", "июл",
			"август", "сентябр", "октябр", "ноябр", "декабр");

	/** What a match of {@link #EN_MONTH} starts with, and of {@link #RU_MONTH}: to skip most words cheaply. */
	private static final Literals EN_MONTH_NAMES = Literals.of(EN_MONTHS.toArray(String[]::new));

	private static final Literals RU_MONTH_NAMES = Literals.of(RU_MONTH_STEMS.toArray(String[]::new));

	private static final String EN_MONTH = "(" + String.join("|", EN_MONTHS) + ")";

	private static final String RU_MONTH = RU_MONTH_STEMS.stream()
		.map(stem -> stem.equals("ма") ? "ма[йяе]" : stem + "\\p{L}*")
		.collect(Collectors.joining("|", "(", ")"));

	private static final String KK_MONTH = "(қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\\p{L}*";

	/** The number words of {@link #EN_N}, in the order of its alternatives. */
	private static final List<String> EN_NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine", "ten", "eleven", "twelve");

	private static final String EN_N = "(\\d{1,2}|" + String.join("|", EN_NUMBER_WORDS) + ")";

	private static final String RU_N = "(\\d{1,2}|одиннадцат\\p{L}*|двенадцат\\p{L}*|одн\\p{L}*|дв\\p{L}*|тр\\p{L}*|четыр\\p{L}*|пят\\p{L}*"
			+ "|шест\\p{L}*|сем\\p{L}*|восьм\\p{L}*|восем\\p{L}*|девят\\p{L}*|десят\\p{L}*)";

	private static final String KK_N = "(\\d{1,2}|он бір|он екі|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)";

	private static final String KK_YEAR = Y + "\\s*жыл\\p{L}*\\s+";

	/**
	 * A pattern and how to turn its match into a period string. Every pattern contains a year; it is tried at
	 * that year when it starts with one, else at the few words before it.
	 *
	 * @param opening for a pattern tried before the year: literals one of which every match starts with, or null
	 * @param between for a pattern tried before the year: literals with which every word between the start of
	 * a match and the year starts, or null
	 * @param starts where a match can start (for a pattern that starts with the year: how it can go on after it)
	 */
	private record Rule(String cue, Literals opening, Literals between, Pattern pattern, boolean yearFirst,
			StartChars starts, Function<Matcher, String> period) {

		/** @param cue a literal the phrase must contain besides the year, to skip hopeless rules cheaply */
		Rule(String cue, String regex, Function<Matcher, String> period) {
			this(cue, null, null, regex, period);
		}

		/** @param opening a rule that starts with a month name: the names (or stems) its pattern lists first */
		Rule(String cue, Literals opening, String regex, Function<Matcher, String> period) {
			this(cue, opening, null, regex, period);
		}

		Rule(String cue, Literals opening, Literals between, String regex, Function<Matcher, String> period) {
			this(cue, opening, between, Pattern.compile(regex), regex.startsWith(Y), period);
		}

		private Rule(String cue, Literals opening, Literals between, Pattern pattern, boolean yearFirst,
				Function<Matcher, String> period) {
			this(cue, opening, between, pattern, yearFirst,
					yearFirst ? StartChars.after(pattern, "2024") : StartChars.of(pattern), period);
		}

		/** The window in which {@link #cue} must occur: after the year, or before it. */
		static int windowStart(boolean yearFirst, int year, int from) {
			return yearFirst ? year + 4 : Math.max(from, year - 60);
		}

		static int windowEnd(boolean yearFirst, int year, int to) {
			return yearFirst ? Math.min(to, year + 40) : year;
		}

		/** Its cue's bit in {@link #RULE_CUES}, 0 without a cue. */
		long cueBit() {
			return cue == null ? 0 : Literals.bit(CUE_LIST.indexOf(cue));
		}

	}

	/** The words that introduce a year ("in 2024"), and those that may come between ("in the fiscal year 2024"). */
	private static final List<String> YEAR_OPENERS = List.of("in", "for", "of", "during", "throughout", "by", "over");

	private static final List<String> YEAR_QUALIFIERS = List.of("the", "fiscal", "calendar", "year");

	/**
	 * "in 2024", "for the fiscal year 2024": the rule tried most, and the one {@link #isInYearLeadIn} decides
	 * without its regex.
	 */
	private static final Rule IN_YEAR = new Rule(null, Literals.of(YEAR_OPENERS.toArray(String[]::new)),
			Literals.of(YEAR_QUALIFIERS.toArray(String[]::new)),
			YEAR_OPENERS.stream().collect(Collectors.joining("|", "(?:", ")\\s+"))
					+ "(?:the\\s+)?(?:(?:fiscal|calendar)\\s+)?(?:year\\s+)?" + Y,
			m -> m.group(1));

	/** "the first nine months of 2024": decided by {@link #firstMonthsPeriod} without its regex. */
	private static final Rule FIRST_MONTHS = new Rule("month",
			"(?:the\\s+)?(?:first\\s+)?" + EN_N + "(?:\\s*-\\s*|\\s+)months?\\s+(?:of\\s+|in\\s+)?" + Y,
			m -> months(m.group(2), number(m.group(1))));

	/** «2024 году», «2024 г.»: decided by {@link #russianYearEnd} without its regex. */
	private static final Rule YEAR_RU = new Rule("г", Y + "\\s*(?:год[уа]?|г\\.?)(?![\\p{L}])", m -> m.group(1));

	/** The words of {@link #YEAR_KK}, in the order of its alternatives. */
	private static final List<String> KK_YEAR_WORDS = List.of("жылы", "жылғы", "жылда", "жылдың", "жылдағы", "жылға",
			"жыл");

	/** «2024 жылы»: decided by {@link #kazakhYearEnd} without its regex. */
	private static final Rule YEAR_KK = new Rule("жыл",
			Y + KK_YEAR_WORDS.stream().collect(Collectors.joining("|", "\\s*(?:", ")(?![\\p{L}])")),
			m -> m.group(1));

	/** How many words before a year a period phrase may start: "the first nine months of 2024". */
	private static final int WORDS_BEFORE = 6;

	private static final List<Rule> RULES = List.of(
			// first n months (year to date)
			FIRST_MONTHS,
			new Rule("m", "(\\d{1,2})m\\s?" + Y, m -> months(m.group(2), number(m.group(1)))),
			new Rule("m", Y + "\\s?(\\d{1,2})m(?![\\p{L}\\d])", m -> months(m.group(1), number(m.group(2)))),
			new Rule("месяц", "(?:перв\\p{L}*\\s+)?" + RU_N + "\\s+месяц\\p{L}*\\s+" + Y, m -> months(m.group(2), number(m.group(1)))),
			new Rule("ай", KK_YEAR + "(?:алғашқы\\s+|бірінші\\s+)?" + KK_N + "\\s+ай\\p{L}*",
					m -> months(m.group(1), number(m.group(2)))),
			// month ranges
			new Rule("-", EN_MONTH_NAMES, EN_MONTH + "\\s?-\\s?" + EN_MONTH + ",?\\s+(?:of\\s+)?" + Y,
					m -> range(m.group(3), month(m.group(1)), month(m.group(2)))),
			new Rule("-", RU_MONTH_NAMES, RU_MONTH + "\\s?-\\s?" + RU_MONTH + "\\s+" + Y,
					m -> range(m.group(3), month(m.group(1)), month(m.group(2)))),
			new Rule("-", KK_YEAR + KK_MONTH + "\\s?-\\s?" + KK_MONTH,
					m -> range(m.group(1), month(m.group(2)), month(m.group(3)))),
			// quarters
			new Rule("quarter", "(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\s+(?:of\\s+)?" + Y,
					m -> m.group(2) + "-Q" + number(m.group(1))),
			new Rule("q", "q([1-4])\\s?" + Y, m -> m.group(2) + "-Q" + m.group(1)),
			new Rule("q", Y + "\\s?q([1-4])(?![\\p{L}\\d])", m -> m.group(1) + "-Q" + m.group(2)),
			new Rule("квартал", "(перв\\p{L}*|втор\\p{L}*|трет\\p{L}*|четв[её]рт\\p{L}*|iv|iii|ii|i|[1-4](?:-?м)?)\\s+квартал\\p{L}*\\s+" + Y,
					m -> m.group(2) + "-Q" + number(m.group(1))),
			new Rule("тоқсан", KK_YEAR + "(бірінші|екінші|үшінші|төртінші|[1-4])\\s+тоқсан\\p{L}*", m -> m.group(1) + "-Q" + number(m.group(2))),
			// halves
			new Rule("half", "(first|second|1st|2nd)\\s+half\\s+(?:of\\s+)?" + Y, m -> m.group(2) + "-H" + number(m.group(1))),
			new Rule("h", "h([12])\\s?" + Y, m -> m.group(2) + "-H" + m.group(1)),
			new Rule("h", Y + "\\s?h([12])(?![\\p{L}\\d])", m -> m.group(1) + "-H" + m.group(2)),
			new Rule("полугод", "(перв\\p{L}*|втор\\p{L}*)\\s+полугоди\\p{L}*\\s+" + Y, m -> m.group(2) + "-H" + number(m.group(1))),
			new Rule("жарты", KK_YEAR + "(бірінші|екінші)\\s+жарты\\s?жыл\\p{L}*", m -> m.group(1) + "-H" + number(m.group(2))),
			// single months ("31 March 2025" is a date, not a period)
			new Rule(null, EN_MONTH_NAMES, "(?<!\\d\\s)" + EN_MONTH + ",?\\s+" + Y, m -> m.group(2) + "-" + twoDigits(month(m.group(1)))),
			new Rule(null, RU_MONTH_NAMES, "(?<!\\d\\s)" + RU_MONTH + "\\s+" + Y, m -> m.group(2) + "-" + twoDigits(month(m.group(1)))),
			new Rule("жылғы", Y + "\\s*жылғы\\s+" + KK_MONTH, m -> m.group(1) + "-" + twoDigits(month(m.group(2)))),
			// years
			IN_YEAR, YEAR_RU, YEAR_KK);

	/** The distinct cues of {@link #RULES}, in the order of their bits. */
	private static final List<String> CUE_LIST = RULES.stream()
		.map(Rule::cue)
		.filter(Objects::nonNull)
		.distinct()
		.toList();

	/** The cues of all rules, looked for in one pass per window (see {@link #candidateRules}). */
	private static final Literals RULE_CUES = Literals.of(CUE_LIST.toArray(String[]::new));

	/** Per rule: the bit of its cue, 0 for none. */
	private static final long[] CUE_BITS = RULES.stream().mapToLong(Rule::cueBit).toArray();

	/** The rules that start with the year, as bits by their index: where each may go on after it. */
	private static final StartMasks AFTER_YEAR = StartMasks
		.of(RULES.stream().map(r -> r.yearFirst() ? r.starts() : null).toList());

	/** The other rules, as bits by their index: at which word starts before the year each may start. */
	private static final StartMasks BEFORE_YEAR = StartMasks
		.of(RULES.stream().map(r -> r.yearFirst() ? null : r.starts()).toList());

	/** The rules' {@link Rule#opening}s and {@link Rule#between} words. */
	private static final RuleWords OPENINGS = new RuleWords(Rule::opening);

	private static final RuleWords BETWEEN = new RuleWords(Rule::between);

	/** The rules without a cue, as bits by their index. */
	private static final int UNCUED = rulesWithCue(0);

	/** Per cue (its index in {@link #CUE_LIST}): the rules with that cue. */
	private static final int[] RULES_BY_CUE = IntStream.range(0, CUE_LIST.size())
		.map(c -> rulesWithCue(Literals.bit(c)))
		.toArray();

	private static final Pattern LAST_YEAR = Pattern.compile(NB + "(?:last\\s+year|the\\s+previous\\s+year|в\\s+прошлом\\s+году"
			+ "|за\\s+прошлый\\s+год|по\\s+итогам\\s+прошлого\\s+года|былтыр|өткен\\s+жыл\\p{L}*)(?![\\p{L}])");

	private static final Pattern THIS_YEAR = Pattern
		.compile(NB + "(?:this\\s+year|в\\s+этом\\s+году|в\\s+текущем\\s+году|биыл|осы\\s+жыл\\p{L}*)(?![\\p{L}])");

	/**
	 * The first five are words one of which is part of every match of {@link #LAST_YEAR}, the other five of
	 * {@link #THIS_YEAR}: without them the pattern need not slide. Looked for in one pass.
	 */
	private static final Literals RELATIVE_YEAR_WORDS = Literals.of("last", "previous", "прошл", "былтыр", "өткен",
			"this", "этом", "текущем", "биыл", "осы");

	private static final long LAST_YEAR_WORDS = 0b11111;

	private static final long THIS_YEAR_WORDS = 0b11111_00000;

	private static final Pattern SPAN_START = Pattern.compile("(?:(?:from|since|between)\\s+(?:the\\s+year\\s+)?" + Y
			+ "|(?:начиная\\s+с|с|со|между)\\s+" + Y + "(?:\\s*(?:года|г\\.?)(?![\\p{L}]))?)");

	private static final Pattern SPAN_START_KK = Pattern.compile(Y + "\\s*жыл(?:дан|дың\\s+басынан)(?:\\s+бастап)?");

	private static final Pattern YEAR_RANGE = Pattern
		.compile(Y + "\\s?-\\s?" + Y + "(?:\\s*(?:гг\\.?|годы|годах|жылдары|жж\\.?)(?![\\p{L}]))?");

	/** Words before a comparison base: "compared with 2023", "than in the first half of 2024", «чем за 2023 год». */
	private static final Pattern COMPARISON = Pattern.compile("(?<![\\p{L}])(?:(?:(?:compar|against|versus|сравнени|против"
			+ "|салыстыр|аналогичн)\\p{L}*|same\\s+period|corresponding\\s+period|сәйкес\\s+кезең\\p{L}*)(?:\\s+\\p{L}+){0,4}"
			+ "|(?:than|чем)(?:\\s+(?:in|for|during|over|at|the|a|same|corresponding|period|в|во|за|на|аналогичн\\p{L}*"
			+ "|период\\p{L}*)){0,4})\\s*$");

	/** Words after a Kazakh comparison base: «2023 жылмен салыстырғанда», «2023 жылғы деңгеймен салыстырғанда». */
	private static final Pattern COMPARISON_AFTER = Pattern.compile("\\p{L}*(?:\\s+\\p{L}+){0,2}?\\s+салыстыр");

	/** A change right before a start marker makes it a comparison base: "up 6.2% from 2022", «на 5% с 2022 года». */
	private static final Pattern CHANGE_BEFORE = Pattern.compile("(?:%|(?<![\\p{L}])(?:percent|up|down|rose|grew|fell"
			+ "|increased|decreased|declined|higher|lower|more|less|вырос\\p{L}*|увеличи\\p{L}*|сократи\\p{L}*"
			+ "|снизи\\p{L}*))\\s*$");

	/** How {@link #YEAR_RANGE} (bit 0) and {@link #SPAN_START_KK} (bit 1) may go on after their year. */
	private static final StartMasks SPAN_MARKS = StartMasks
		.of(List.of(StartChars.after(YEAR_RANGE, "2024"), StartChars.after(SPAN_START_KK, "2024")));

	private static final int RANGE_BIT = 1;

	private static final int KAZAKH_START_BIT = 2;

	/** The literal every match of {@link #COMPARISON_AFTER} contains. */
	private static final Literals COMPARISON_AFTER_WORD = Literals.of("салыстыр");

	/**
	 * One of these is part of every match of {@link #CHANGE_BEFORE}: without them that pattern, whose many
	 * alternatives are tried at every place of its window, need not slide.
	 */
	private static final Literals CHANGE_WORDS = Literals.of("%", "percent", "up", "down", "rose", "grew", "fell",
			"increased", "decreased", "declined", "higher", "lower", "more", "less", "вырос", "увеличи", "сократи",
			"снизи");

	private static final long ALL_CHANGE_WORDS = (1L << 18) - 1;

	private static final StartChars SPAN_START_STARTS = StartChars.of(SPAN_START);

	/** The words {@link #SPAN_START} starts with, each followed by a space: «с» alone passes few words. */
	private static final Literals SPAN_START_WORDS = Literals.of("from", "since", "between", "начиная", "с", "со", "между");

	private static final int SPAN_GAP = 40;

	private static final Comparator<PeriodMention> BY_START = Comparator.comparingInt(PeriodMention::start);

	private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
			Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
			Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
			Map.entry("twelve", 12), Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3),
			Map.entry("fourth", 4), Map.entry("1st", 1), Map.entry("2nd", 2), Map.entry("3rd", 3), Map.entry("4th", 4),
			Map.entry("i", 1), Map.entry("ii", 2), Map.entry("iii", 3), Map.entry("iv", 4), Map.entry("бір", 1),
			Map.entry("екі", 2), Map.entry("үш", 3), Map.entry("төрт", 4), Map.entry("бес", 5), Map.entry("алты", 6),
			Map.entry("жеті", 7), Map.entry("сегіз", 8), Map.entry("тоғыз", 9), Map.entry("он", 10), Map.entry("он бір", 11),
			Map.entry("он екі", 12), Map.entry("бірінші", 1), Map.entry("екінші", 2), Map.entry("үшінші", 3),
			Map.entry("төртінші", 4));

	private static final List<String> RU_NUMBER_STEMS = List.of("одиннадцат", "двенадцат", "одн", "дв", "тр", "четыр",
			"пят", "шест", "сем", "восьм", "восем", "девят", "десят", "перв", "втор", "трет", "четв");

	private static final int[] RU_NUMBER_VALUES = { 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 1, 2, 3, 4 };

	private static final List<String> KK_MONTHS = List.of("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде",
			"тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан");

	private static final byte YEAR_DIGIT = 1;

	private static final byte YEAR_WORD_FIRST = 2;

	/** What {@link #scan} looks at a character for: a year's first digit, a year word's first letter, or nothing. */
	private static final byte[] SCANNED = new byte[StartChars.PROBED];

	static {
		SCANNED['1'] = YEAR_DIGIT;
		SCANNED['2'] = YEAR_DIGIT;
		for (char c : "yгбж".toCharArray()) {
			SCANNED[c] = YEAR_WORD_FIRST;
		}
	}

	private String text;

	/** One matcher per rule, then the other patterns: made and aimed at the text only when needed. */
	private final Lazy[] rules = RULES.stream().map(r -> new Lazy(r.pattern(), true)).toArray(Lazy[]::new);

	private final Lazy lastYear = new Lazy(LAST_YEAR, false);

	private final Lazy thisYear = new Lazy(THIS_YEAR, false);

	private final Lazy range = new Lazy(YEAR_RANGE, false);

	private final Lazy kazakhStart = new Lazy(SPAN_START_KK, false);

	private final Lazy spanStart = new Lazy(SPAN_START, true);

	private final Lazy comparison = new Lazy(COMPARISON, false);

	private final Lazy comparisonAfter = new Lazy(COMPARISON_AFTER, false);

	private final Lazy changeBefore = new Lazy(CHANGE_BEFORE, false);

	/**
	 * The sentence and a character either side, copied from the text at the same indices: scanning a char[]
	 * costs a fraction of {@code String.charAt}, which tests the string's coding per character.
	 */
	private char[] chars = new char[256];

	// per sentence, reused: the years (starts), and per year the rules worth trying there, the word starts
	// before it (nearest first, WORDS_BEFORE slots per year) and the rules that may start at each of them

	private int[] years = new int[8];

	private int yearCount;

	private int[] rulesAt = new int[8];

	private int[] wordCount = new int[8];

	private int[] wordStarts = new int[8 * WORDS_BEFORE];

	private int[] wordStartRules = new int[8 * WORDS_BEFORE];

	/** A finder for the sentences of one text; not thread-safe (it keeps its matchers). */
	PeriodFinder(String text) {
		this.text = text;
	}

	/** Aims the finder at another text, keeping the matchers made so far (each is re-aimed on its first use). */
	PeriodFinder reset(String newText) {
		this.text = newText;
		return this;
	}

	/** Periods in {@code text[from, to)} ordered by position; none overlap. */
	static List<PeriodMention> find(String text, int from, int to, LocalDate published) {
		return new PeriodFinder(text).find(from, to, published);
	}

	/** Periods in {@code text[from, to)} ordered by position; none overlap. */
	List<PeriodMention> find(int from, int to, LocalDate published) {
		List<PeriodMention> found = new ArrayList<>();
		copy(from, to);
		boolean yearWord = scan(from, to);
		// rule by rule, and for each rule year by year: the first reading added wins an overlap (addIfFree)
		for (int todo = candidateRules(from, to); todo != 0; todo &= todo - 1) {
			int r = Integer.numberOfTrailingZeros(todo);
			for (int y = 0; y < yearCount; y++) {
				if ((rulesAt[y] & 1 << r) != 0) {
					tryRule(r, y, to, found);
				}
			}
		}
		if (published != null && yearWord) {
			long words = RELATIVE_YEAR_WORDS.foundIn(chars, from, to, LAST_YEAR_WORDS | THIS_YEAR_WORDS);
			if ((words & LAST_YEAR_WORDS) != 0) {
				relative(lastYear.matcher(), from, to, String.valueOf(published.getYear() - 1), found);
			}
			if ((words & THIS_YEAR_WORDS) != 0) {
				relative(thisYear.matcher(), from, to, String.valueOf(published.getYear()), found);
			}
		}
		// the longest reading of each phrase has won; a comparison base is then dropped whole
		found.removeIf(p -> isComparison(from, p.start()) || isComparisonAfter(p.end(), to));
		sortByStart(found);
		return yearCount == 0 ? found : spans(from, to, found);
	}

	/** Copies {@code text[from - 1, to + 1)}, where it exists, to {@link #chars} at the same indices. */
	private void copy(int from, int to) {
		if (chars.length < text.length()) {
			chars = new char[Math.max(text.length(), 2 * chars.length)];
		}
		int start = Math.max(0, from - 1);
		int end = Math.min(text.length(), to + 1);
		if (start < end) {
			text.getChars(start, end, chars, start);
		}
	}

	/**
	 * Finds the years in {@code [from, to)} (as {@link Anchors#years}) and whether a word there starts with
	 * "year", «год», «былтыр», «биыл» or «жыл» (else no relative year can be there): one pass for both.
	 */
	private boolean scan(int from, int to) {
		yearCount = 0;
		boolean yearWord = false;
		int length = text.length();
		for (int i = from; i < to; i++) {
			char c = chars[i];
			int kind = c < SCANNED.length ? SCANNED[c] : 0;
			if (kind == 0) {
				continue;
			}
			if (kind == YEAR_DIGIT) {
				if (i + 4 <= to && Anchors.isYearAt(chars, i, length)) {
					addYear(i);
				}
			}
			else if (!yearWord) {
				yearWord = startsYearWord(i, from, to);
			}
		}
		return yearWord;
	}

	private boolean startsYearWord(int i, int from, int to) {
		return (i == from || !CharClass.isLetterOrDigit(chars[i - 1]))
				&& (startsWith(i, to, "year") || startsWith(i, to, "год") || startsWith(i, to, "былтыр")
						|| startsWith(i, to, "биыл") || startsWith(i, to, "жыл"));
	}

	private void addYear(int start) {
		if (yearCount == years.length) {
			int n = 2 * yearCount;
			years = Arrays.copyOf(years, n);
			rulesAt = Arrays.copyOf(rulesAt, n);
			wordCount = Arrays.copyOf(wordCount, n);
			wordStarts = Arrays.copyOf(wordStarts, n * WORDS_BEFORE);
			wordStartRules = Arrays.copyOf(wordStartRules, n * WORDS_BEFORE);
		}
		years[yearCount++] = start;
	}

	/**
	 * Works out, per year, the rules worth trying there (one table lookup per place instead of one test per
	 * rule, then their cues, looked for only when a rule with a cue may start); the rules worth trying anywhere.
	 */
	private int candidateRules(int from, int to) {
		int any = 0;
		for (int y = 0; y < yearCount; y++) {
			int year = years[y];
			int after = AFTER_YEAR.at(chars, year + 4, to);
			if ((after & ~UNCUED) != 0) {
				after &= withCues(RULE_CUES.foundIn(chars, Rule.windowStart(true, year, from),
						Rule.windowEnd(true, year, to), cuesOf(after)));
			}
			int before = 0;
			int words = wordStartsBefore(y, from);
			int allowingWordsSoFar = -1; // the rules that allow every word between this start and the year
			for (int a = 0; a < words; a++) {
				int start = wordStarts[y * WORDS_BEFORE + a];
				int rules = OPENINGS.passing(BEFORE_YEAR.at(chars, start, to), chars, start, to) & allowingWordsSoFar;
				wordStartRules[y * WORDS_BEFORE + a] = rules;
				before |= rules;
				allowingWordsSoFar = BETWEEN.passing(allowingWordsSoFar, chars, start, to);
			}
			if ((before & ~UNCUED) != 0) {
				before &= withCues(RULE_CUES.foundIn(chars, Rule.windowStart(false, year, from),
						Rule.windowEnd(false, year, to), cuesOf(before)));
			}
			rulesAt[y] = after | before;
			any |= after | before;
		}
		return any;
	}

	/** The cues of {@code rules}: only they are looked for (the others cannot change which of them pass). */
	private static long cuesOf(int rules) {
		long cues = 0;
		for (int r = rules; r != 0; r &= r - 1) {
			cues |= CUE_BITS[Integer.numberOfTrailingZeros(r)];
		}
		return cues;
	}

	/** The rules whose cue is among {@code cues} or which have none. */
	private static int withCues(long cues) {
		int rules = UNCUED;
		for (long c = cues; c != 0; c &= c - 1) {
			rules |= RULES_BY_CUE[Long.numberOfTrailingZeros(c)];
		}
		return rules;
	}

	/** The rules whose cue has bit {@code cueBit} (0: the rules without a cue), as bits by their index. */
	private static int rulesWithCue(long cueBit) {
		int rules = 0;
		for (int r = 0; r < RULES.size(); r++) {
			rules |= CUE_BITS[r] == cueBit ? 1 << r : 0;
		}
		return rules;
	}

	/** Fills the word starts before year {@code y} as {@link Anchors#wordStartsBefore} would; how many. */
	private int wordStartsBefore(int y, int from) {
		int base = y * WORDS_BEFORE;
		int n = 0;
		int i = years[y];
		while (n < WORDS_BEFORE && i > from) {
			while (i > from && !CharClass.isLetterOrDigit(chars[i - 1])) {
				i--;
			}
			if (i == from) {
				break;
			}
			while (i > from && CharClass.isLetterOrDigit(chars[i - 1])) {
				i--;
			}
			wordStarts[base + n++] = i;
		}
		wordCount[y] = n;
		return n;
	}

	/** Tries rule {@code r}, worth trying at year {@code y}: at the year, or at the word starts before it. */
	private void tryRule(int r, int y, int to, List<PeriodMention> found) {
		Rule rule = RULES.get(r);
		int year = years[y];
		if (rule == YEAR_RU || rule == YEAR_KK) {
			int end = rule == YEAR_RU ? russianYearEnd(year, to) : kazakhYearEnd(year, to);
			if (end >= 0) {
				addIfFree(found, new PeriodMention(year, end, text.substring(year, year + 4), null, false));
			}
			return;
		}
		if (rule.yearFirst()) {
			tryAt(rules[r].matcher(), rule, year, year, to, found);
			return;
		}
		// farthest first: the longest reading wins, and every nearer one would overlap it
		int base = y * WORDS_BEFORE;
		for (int a = wordCount[y] - 1; a >= 0; a--) {
			int start = wordStarts[base + a];
			if ((wordStartRules[base + a] & 1 << r) == 0) {
				continue;
			}
			boolean added;
			if (rule == IN_YEAR) {
				added = isInYearLeadIn(start, year)
						&& addIfFree(found, new PeriodMention(start, year + 4, text.substring(year, year + 4), null, false));
			}
			else if (rule == FIRST_MONTHS) {
				String period = firstMonthsPeriod(start, year);
				added = period != null && addIfFree(found, new PeriodMention(start, year + 4, period, null, false));
			}
			else {
				added = tryAt(rules[r].matcher(), rule, start, year, to, found);
			}
			if (added) {
				return;
			}
		}
	}

	/**
	 * Whether {@link #IN_YEAR}'s pattern matches from {@code start} with its year at {@code year}, the only way
	 * it can match there and end past that year: no digit may come before its year, which is whole (a year of
	 * {@link #scan} is not preceded by a digit and not followed by one). The words and the runs of {@code \s}
	 * between them admit one reading each, as none of the optional words starts like what may follow it.
	 */
	private boolean isInYearLeadIn(int start, int year) {
		int p = -1;
		for (String opener : YEAR_OPENERS) {
			if (startsWith(start, year, opener)) {
				p = start + opener.length();
				break;
			}
		}
		if (p < 0 || afterSpaces(p, year) == p) {
			return false;
		}
		p = afterOptionalWord(afterSpaces(p, year), year, "the");
		int afterFiscal = afterOptionalWord(p, year, "fiscal");
		p = afterFiscal > p ? afterFiscal : afterOptionalWord(p, year, "calendar");
		p = afterOptionalWord(p, year, "year");
		return p == year;
	}

	/**
	 * The period of {@link #FIRST_MONTHS}'s match from {@code start} ending past {@code year}, null for none (or
	 * for a number of months that is no period). As for {@link #isInYearLeadIn}, its year can only be that one
	 * (1-2 digits must be followed by a space or a dash), and each part admits one reading: "the" and "first"
	 * start like no number word; the number is the whole run of 1-2 digits (a third fails) or the one word
	 * there; the dash, if any, with the spaces around it; "month", an "s", spaces; "of" or "in" and spaces.
	 */
	private String firstMonthsPeriod(int start, int year) {
		int p = afterOptionalWord(afterOptionalWord(start, year, "the"), year, "first");
		int numberStart = p;
		while (p < year && p - numberStart < 3 && chars[p] >= '0' && chars[p] <= '9') {
			p++;
		}
		if (p - numberStart == 3) {
			return null;
		}
		if (p == numberStart) {
			for (String word : EN_NUMBER_WORDS) {
				if (startsWith(p, year, word)) {
					p += word.length();
					break;
				}
			}
			if (p == numberStart) {
				return null;
			}
		}
		String number = text.substring(numberStart, p);
		int w = afterSpaces(p, year);
		if (w < year && chars[w] == '-') {
			w = afterSpaces(w + 1, year);
		}
		else if (w == p) {
			return null;
		}
		if (!startsWith(w, year, "month")) {
			return null;
		}
		p = w + 5;
		if (p < year && chars[p] == 's') {
			p++;
		}
		if (afterSpaces(p, year) == p) {
			return null;
		}
		p = afterSpaces(p, year);
		int afterOf = afterOptionalWord(p, year, "of");
		p = afterOf > p ? afterOf : afterOptionalWord(p, year, "in");
		return p == year ? months(text.substring(year, year + 4), number(number)) : null;
	}

	/**
	 * Where {@link #YEAR_RU}'s match from {@code year} (a year of {@link #scan}) ends, -1 for none, as its regex
	 * finds it: after the spaces, «год» (with «у» or «а» when no letter follows them; without, when none follows
	 * it) or else «г» (with its «.» when no letter follows the dot; without, as a dot is no letter). Backing off
	 * the spaces cannot help: both forms start with «г».
	 */
	private int russianYearEnd(int year, int to) {
		int w = afterSpaces(year + 4, to);
		if (startsWith(w, to, "год")) {
			int end = w + 3;
			if (end < to && (chars[end] == 'у' || chars[end] == 'а')) {
				return noLetterAt(end + 1) ? end + 1 : -1;
			}
			return noLetterAt(end) ? end : -1;
		}
		if (startsWith(w, to, "г")) {
			int end = w + 1;
			if (end < to && chars[end] == '.' && noLetterAt(end + 1)) {
				return end + 1;
			}
			return noLetterAt(end) ? end : -1;
		}
		return -1;
	}

	/**
	 * Where {@link #YEAR_KK}'s match from {@code year} ends, -1 for none: after the spaces, the one of its words
	 * that no letter follows (of two words where one starts the other, a letter follows the shorter).
	 */
	private int kazakhYearEnd(int year, int to) {
		int w = afterSpaces(year + 4, to);
		for (String word : KK_YEAR_WORDS) {
			if (startsWith(w, to, word) && noLetterAt(w + word.length())) {
				return w + word.length();
			}
		}
		return -1;
	}

	/** Regex {@code (?![\\p{L}])} with transparent bounds: it looks at the text, past the sentence if need be. */
	private boolean noLetterAt(int i) {
		return i >= text.length() || !Character.isLetter(text.codePointAt(i));
	}

	/** After {@code word} and the spaces that must follow it at {@code p}, else {@code p}. */
	private int afterOptionalWord(int p, int to, String word) {
		if (!startsWith(p, to, word)) {
			return p;
		}
		int spaces = afterSpaces(p + word.length(), to);
		return spaces > p + word.length() ? spaces : p;
	}

	/** After the characters of regex {@code \s} from {@code p} on, before {@code to}. */
	private int afterSpaces(int p, int to) {
		while (p < to && isRegexSpace(chars[p])) {
			p++;
		}
		return p;
	}

	private static boolean isRegexSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

	/** Whether {@code word} is at {@code at} in the copied characters, wholly before {@code to}. */
	private boolean startsWith(int at, int to, String word) {
		return Literals.occursAt(this.chars, at, to, word);
	}

	/** Tries {@code rule} at {@code start}; whether it found a period there and added it. */
	private static boolean tryAt(Matcher m, Rule rule, int start, int year, int to, List<PeriodMention> found) {
		m.region(start, to);
		if (m.lookingAt() && m.end() > year) {
			String period = rule.period().apply(m);
			if (period != null) {
				return addIfFree(found, new PeriodMention(start, m.end(), period, null, false));
			}
		}
		return false;
	}

	private static void relative(Matcher matcher, int from, int to, String year, List<PeriodMention> found) {
		matcher.region(from, to);
		while (matcher.find()) {
			addIfFree(found, new PeriodMention(matcher.start(), matcher.end(), year, null, false));
		}
	}

	/** Turns year ranges and start markers followed by a period into spans, in {@code result} (the simple ones). */
	private List<PeriodMention> spans(int from, int to, List<PeriodMention> result) {
		List<int[]> markers = new ArrayList<>(0);
		for (int y = 0; y < yearCount; y++) {
			int year = years[y];
			int marks = SPAN_MARKS.at(chars, year + 4, to);
			if ((marks & RANGE_BIT) != 0 && range.matcher().region(year, to).lookingAt()) {
				Matcher m = range.matcher();
				replace(result, new PeriodMention(year, m.end(), m.group(2), m.group(1), true));
				continue;
			}
			if ((marks & KAZAKH_START_BIT) != 0 && kazakhStart.matcher().region(year, to).lookingAt()) {
				markers.add(new int[] { year, kazakhStart.matcher().end(), year });
				continue;
			}
			// the two nearest of the word starts before the year
			for (int a = 0; a < Math.min(2, wordCount[y]); a++) {
				int start = wordStarts[y * WORDS_BEFORE + a];
				if (SPAN_START_WORDS.wordAt(chars, start, to) && SPAN_START_STARTS.mayContinueAt(text, start, to)
						&& spanStart.matcher().region(start, to).lookingAt()
						&& spanStart.matcher().end() > year) {
					markers.add(new int[] { start, spanStart.matcher().end(), year });
					break;
				}
			}
		}
		for (int[] marker : markers) {
			if (isComparison(from, marker[0]) || isChangeBase(from, marker[0])) {
				continue;
			}
			String year = text.substring(marker[2], marker[2] + 4);
			PeriodMention end = nextAfter(result, text, marker[0], marker[1]);
			if (end == null) {
				replace(result, new PeriodMention(marker[0], marker[1], null, year, true));
			}
			else if (!end.cumulative()) {
				replace(result, new PeriodMention(marker[0], end.end(), end.period(), year, true));
			}
		}
		sortByStart(result);
		return result;
	}

	/** The mention that ends a span starting at {@code [markerStart, markerEnd)}, if close enough. */
	private static PeriodMention nextAfter(List<PeriodMention> mentions, String text, int markerStart, int markerEnd) {
		for (PeriodMention p : mentions) {
			if (p.start() >= markerEnd && p.start() - markerEnd <= SPAN_GAP && noDigit(text, markerEnd, p.start())) {
				return p;
			}
			if (p.start() >= markerStart && p.start() < markerEnd && p.end() > markerEnd) {
				return null; // e.g. «с 2005 года» read as the year 2005: the marker wins
			}
		}
		return null;
	}

	private static boolean noDigit(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (Character.isDigit(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static void replace(List<PeriodMention> mentions, PeriodMention span) {
		mentions.removeIf(p -> p.overlaps(span.start(), span.end()));
		mentions.add(span);
		sortByStart(mentions);
	}

	/** Sorts by start (stable), skipping the sort when the mentions are in order already, as they mostly are. */
	private static void sortByStart(List<PeriodMention> mentions) {
		for (int i = 1; i < mentions.size(); i++) {
			if (mentions.get(i).start() < mentions.get(i - 1).start()) {
				mentions.sort(BY_START);
				return;
			}
		}
	}

	private static boolean addIfFree(List<PeriodMention> found, PeriodMention candidate) {
		for (PeriodMention p : found) {
			if (p.overlaps(candidate.start(), candidate.end())) {
				return false;
			}
		}
		found.add(candidate);
		return true;
	}

	private boolean isComparison(int from, int start) {
		int windowStart = Math.max(from, start - 40);
		if (windowStart >= start || !hasComparisonWord(windowStart, start)) {
			return false;
		}
		return comparison.matcher().region(windowStart, start).find();
	}

	/**
	 * Whether a word in {@code [from, to)} starts like a word of {@link #COMPARISON}; the window start counts as
	 * a word start, as it does for the matcher. Checked first because sliding that pattern over the window
	 * costs more than the rest of the period search.
	 */
	private boolean hasComparisonWord(int from, int to) {
		for (int i = from; i < to; i++) {
			if (i > from && CharClass.isLetter(chars[i - 1])) {
				continue;
			}
			boolean found = switch (chars[i]) {
				case 'c' -> startsWith(i, to, "compar") || startsWith(i, to, "corresponding");
				case 'a' -> startsWith(i, to, "against");
				case 'v' -> startsWith(i, to, "versus");
				case 's' -> startsWith(i, to, "same");
				case 't' -> startsWith(i, to, "than");
				case 'с' -> startsWith(i, to, "сравнени") || startsWith(i, to, "салыстыр") || startsWith(i, to, "сәйкес");
				case 'п' -> startsWith(i, to, "против");
				case 'а' -> startsWith(i, to, "аналогичн");
				case 'ч' -> startsWith(i, to, "чем");
				default -> false;
			};
			if (found) {
				return true;
			}
		}
		return false;
	}

	private boolean isComparisonAfter(int end, int to) {
		if (end >= to || COMPARISON_AFTER_WORD.foundIn(chars, end, Math.min(to, end + 60), 1) == 0) {
			return false;
		}
		return comparisonAfter.matcher().region(end, to).lookingAt();
	}

	private boolean isChangeBase(int from, int start) {
		int windowStart = Math.max(from, start - 30);
		if (windowStart >= start || CHANGE_WORDS.foundIn(chars, windowStart, start, ALL_CHANGE_WORDS) == 0) {
			return false;
		}
		return changeBefore.matcher().region(windowStart, start).find();
	}

	private static String months(String year, int n) {
		return switch (n) {
			case 3 -> year + "-Q1";
			case 6 -> year + "-H1";
			case 12 -> year;
			default -> n >= 1 && n < 12 ? year + "-" + n + "M" : null;
		};
	}

	/** January-to-month ranges are year to date; other ranges only when they are a calendar quarter. */
	private static String range(String year, int first, int last) {
		if (first < 1 || last < first) {
			return null;
		}
		if (first == 1) {
			return months(year, last);
		}
		if (last - first == 2 && first % 3 == 1) {
			return year + "-Q" + (first / 3 + 1);
		}
		if (first == 7 && last == 12) {
			return year + "-H2";
		}
		return null;
	}

	/** The ASCII digits of {@code word}, as {@code replaceAll("\\D", "")} keeps them, without compiling a pattern. */
	private static String asciiDigits(String word) {
		StringBuilder digits = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
		}
		return digits.toString();
	}

	static int number(String word) {
		if (Character.isDigit(word.charAt(0))) {
			return Integer.parseInt(asciiDigits(word)); // "3-м", "1st": the digits of the word
		}
		Integer n = NUMBERS.get(word);
		if (n != null) {
			return n;
		}
		for (int i = 0; i < RU_NUMBER_STEMS.size(); i++) {
			if (word.startsWith(RU_NUMBER_STEMS.get(i))) {
				return RU_NUMBER_VALUES[i];
			}
		}
		return -1;
	}

	private static int month(String word) {
		int en = EN_MONTHS.indexOf(word);
		if (en >= 0) {
			return en + 1;
		}
		for (int i = 0; i < KK_MONTHS.size(); i++) {
			if (word.startsWith(KK_MONTHS.get(i))) {
				return i + 1;
			}
		}
		for (int i = 0; i < RU_MONTH_STEMS.size(); i++) {
			if (word.startsWith(RU_MONTH_STEMS.get(i))) {
				return i + 1;
			}
		}
		return -1;
	}

	private static String twoDigits(int month) {
		return month < 10 ? "0" + month : String.valueOf(month);
	}

	/**
	 * A matcher made on first use and aimed at the finder's text on its first use for that text: most texts need
	 * few of the patterns, and re-aiming all of them per text cost more than using them. Every use sets a region
	 * first, so a matcher aimed late finds what one aimed early would.
	 */
	private final class Lazy {

		private final Pattern pattern;

		/** Whether lookarounds see past the region (the rules' lookbehinds at their start). */
		private final boolean transparent;

		private Matcher matcher;

		private String aimedAt;

		Lazy(Pattern pattern, boolean transparent) {
			this.pattern = pattern;
			this.transparent = transparent;
		}

		Matcher matcher() {
			if (matcher == null) {
				matcher = pattern.matcher(text).useTransparentBounds(transparent);
			}
			else if (aimedAt != text) {
				matcher.reset(text);
			}
			aimedAt = text;
			return matcher;
		}

	}

	/**
	 * Literals of one kind that rules require of words (their {@link Rule#opening}s, say), each with the rules
	 * that have it: tested once per word for all of them.
	 */
	private static final class RuleWords {

		private final Literals[] literals;

		/** Per literals: the rules that have them, as bits by their index. */
		private final int[] rules;

		RuleWords(Function<Rule, Literals> kind) {
			this.literals = RULES.stream().map(kind).filter(Objects::nonNull).distinct().toArray(Literals[]::new);
			this.rules = new int[literals.length];
			for (int r = 0; r < RULES.size(); r++) {
				for (int l = 0; l < literals.length; l++) {
					rules[l] |= kind.apply(RULES.get(r)) == literals[l] ? 1 << r : 0;
				}
			}
		}

		/** Those of {@code candidates} that require none of these of the word at {@code at}, or whose are there. */
		int passing(int candidates, char[] chars, int at, int to) {
			for (int l = 0; l < literals.length; l++) {
				if ((candidates & rules[l]) != 0 && !literals[l].startsAt(chars, at, to)) {
					candidates &= ~rules[l];
				}
			}
			return candidates;
		}

	}

}
