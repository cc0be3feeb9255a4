package org.partnership.reports.articles.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period finder as it was before {@link PeriodFinder} was made cheaper per article, kept verbatim (renamed
 * only) as the reference the new one must agree with (tests only; see PeriodFinderEquivalenceTests).
 *
 * <p>
 * Finds reference periods in a sentence of folded text, in English, Russian and Kazakh. Longer forms win over
 * shorter ones that overlap them ("first nine months of 2024" over "of 2024"), and a start marker ("from
 * 2005", «с 2005 года», «2005 жылдан») followed by a period makes a cumulative span. A period introduced as
 * a comparison base ("compared with 2023", "than in the first half of 2024", "up 6.2% from 2022",
 * «2023 жылмен салыстырғанда») is dropped.
 *
 * <p>
 * An instance keeps its matchers and is re-aimed at each text with {@link #reset}; it is not thread-safe.
 */
final class LegacyPeriodFinder {

	private static final String NB = "(?<![\\p{L}\\d])";

	private static final String Y = "((?:19|20)\\d{2})(?!\\d)";

	private static final String EN_MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december)";

	private static final String RU_MONTH = "(январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[йяе]|июн\\p{L}*|июл\\p{L}*"
			+ "|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*)";

	private static final String KK_MONTH = "(қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\\p{L}*";

	private static final String EN_N = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

	private static final String RU_N = "(\\d{1,2}|одиннадцат\\p{L}*|двенадцат\\p{L}*|одн\\p{L}*|дв\\p{L}*|тр\\p{L}*|четыр\\p{L}*|пят\\p{L}*"
			+ "|шест\\p{L}*|сем\\p{L}*|восьм\\p{L}*|восем\\p{L}*|девят\\p{L}*|десят\\p{L}*)";

	private static final String KK_N = "(\\d{1,2}|он бір|он екі|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)";

	private static final String KK_YEAR = Y + "\\s*жыл\\p{L}*\\s+";

	/**
	 * A pattern and how to turn its match into a period string. Every pattern contains a year; it is tried at
	 * that year when it starts with one, else at the few words before it.
	 *
	 * @param starts where a match can start (for a pattern that starts with the year: how it can go on after it)
	 */
	private record Rule(String cue, Pattern pattern, boolean yearFirst, StartChars starts,
			Function<Matcher, String> period) {

		/** @param cue a literal the phrase must contain besides the year, to skip hopeless rules cheaply */
		Rule(String cue, String regex, Function<Matcher, String> period) {
			this(cue, Pattern.compile(regex), regex.startsWith(Y), period);
		}

		private Rule(String cue, Pattern pattern, boolean yearFirst, Function<Matcher, String> period) {
			this(cue, pattern, yearFirst, yearFirst ? StartChars.after(pattern, "2024") : StartChars.of(pattern), period);
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

	/** How many words before a year a period phrase may start: "the first nine months of 2024". */
	private static final int WORDS_BEFORE = 6;

	private static final List<Rule> RULES = List.of(
			// first n months (year to date)
			new Rule("month", "(?:the\\s+)?(?:first\\s+)?" + EN_N + "(?:\\s*-\\s*|\\s+)months?\\s+(?:of\\s+|in\\s+)?" + Y,
					m -> months(m.group(2), number(m.group(1)))),
			new Rule("m", "(\\d{1,2})m\\s?" + Y, m -> months(m.group(2), number(m.group(1)))),
			new Rule("m", Y + "\\s?(\\d{1,2})m(?![\\p{L}\\d])", m -> months(m.group(1), number(m.group(2)))),
			new Rule("месяц", "(?:перв\\p{L}*\\s+)?" + RU_N + "\\s+месяц\\p{L}*\\s+" + Y, m -> months(m.group(2), number(m.group(1)))),
			new Rule("ай", KK_YEAR + "(?:алғашқы\\s+|бірінші\\s+)?" + KK_N + "\\s+ай\\p{L}*",
					m -> months(m.group(1), number(m.group(2)))),
			// month ranges
			new Rule("-", EN_MONTH + "\\s?-\\s?" + EN_MONTH + ",?\\s+(?:of\\s+)?" + Y,
					m -> range(m.group(3), month(m.group(1)), month(m.group(2)))),
			new Rule("-", RU_MONTH + "\\s?-\\s?" + RU_MONTH + "\\s+" + Y,
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
			new Rule(null, "(?<!\\d\\s)" + EN_MONTH + ",?\\s+" + Y, m -> m.group(2) + "-" + twoDigits(month(m.group(1)))),
			new Rule(null, "(?<!\\d\\s)" + RU_MONTH + "\\s+" + Y, m -> m.group(2) + "-" + twoDigits(month(m.group(1)))),
			new Rule("жылғы", Y + "\\s*жылғы\\s+" + KK_MONTH, m -> m.group(1) + "-" + twoDigits(month(m.group(2)))),
			// years
			new Rule(null, "(?:in|for|of|during|throughout|by|over)\\s+(?:the\\s+)?(?:(?:fiscal|calendar)\\s+)?(?:year\\s+)?" + Y,
					m -> m.group(1)),
			new Rule("г", Y + "\\s*(?:год[уа]?|г\\.?)(?![\\p{L}])", m -> m.group(1)),
			new Rule("жыл", Y + "\\s*(?:жылы|жылғы|жылда|жылдың|жылдағы|жылға|жыл)(?![\\p{L}])", m -> m.group(1)));

	/** The distinct cues of {@link #RULES}, in the order of their bits. */
	private static final List<String> CUE_LIST = RULES.stream()
		.map(Rule::cue)
		.filter(java.util.Objects::nonNull)
		.distinct()
		.toList();

	/** The cues of all rules, looked for in one pass per window (see {@link #hasCue}). */
	private static final Literals RULE_CUES = Literals.of(CUE_LIST.toArray(String[]::new));

	/** Per rule: the bit of its cue, 0 for none. */
	private static final long[] CUE_BITS = RULES.stream().mapToLong(Rule::cueBit).toArray();

	private static final Pattern LAST_YEAR = Pattern.compile(NB + "(?:last\\s+year|the\\s+previous\\s+year|в\\s+прошлом\\s+году"
			+ "|за\\s+прошлый\\s+год|по\\s+итогам\\s+прошлого\\s+года|былтыр|өткен\\s+жыл\\p{L}*)(?![\\p{L}])");

	private static final Pattern THIS_YEAR = Pattern
		.compile(NB + "(?:this\\s+year|в\\s+этом\\s+году|в\\s+текущем\\s+году|биыл|осы\\s+жыл\\p{L}*)(?![\\p{L}])");

	/** One of these is part of every match of {@link #LAST_YEAR}: without them the pattern need not slide. */
	private static final Literals LAST_YEAR_WORDS = Literals.of("last", "previous", "прошл", "былтыр", "өткен");

	/** One of these is part of every match of {@link #THIS_YEAR}. */
	private static final Literals THIS_YEAR_WORDS = Literals.of("this", "этом", "текущем", "биыл", "осы");

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

	private static final StartChars RANGE_STARTS = StartChars.after(YEAR_RANGE, "2024");

	private static final StartChars KAZAKH_START_STARTS = StartChars.after(SPAN_START_KK, "2024");

	private static final StartChars SPAN_START_STARTS = StartChars.of(SPAN_START);

	private static final int SPAN_GAP = 40;

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

	private static final List<String> EN_MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december");

	private static final List<String> RU_MONTH_STEMS = List.of("январ", "феврал", "март", "апрел", "ма", "июн", "июл",
			"август", "сентябр", "октябр", "ноябр", "декабр");

	private static final List<String> KK_MONTHS = List.of("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде",
			"тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан");

	private String text;

	/** One matcher per rule and pattern, made on first use and re-aimed with {@code region} afterwards. */
	private final Matcher[] rules = new Matcher[RULES.size()];

	private Matcher lastYear;

	private Matcher thisYear;

	private Matcher range;

	private Matcher kazakhStart;

	private Matcher spanStart;

	private Matcher comparison;

	private Matcher comparisonAfter;

	private Matcher changeBefore;

	/** A finder for the sentences of one text; not thread-safe (it keeps its matchers). */
	LegacyPeriodFinder(String text) {
		this.text = text;
	}

	/** Aims the finder at another text, keeping the matchers made so far. */
	LegacyPeriodFinder reset(String newText) {
		this.text = newText;
		for (Matcher m : rules) {
			if (m != null) {
				m.reset(newText);
			}
		}
		for (Matcher m : new Matcher[] { lastYear, thisYear, range, kazakhStart, spanStart, comparison, comparisonAfter,
				changeBefore }) {
			if (m != null) {
				m.reset(newText);
			}
		}
		return this;
	}

	/** Periods in {@code text[from, to)} ordered by position; none overlap. */
	static List<PeriodMention> find(String text, int from, int to, LocalDate published) {
		return new LegacyPeriodFinder(text).find(from, to, published);
	}

	/** Periods in {@code text[from, to)} ordered by position; none overlap. */
	List<PeriodMention> find(int from, int to, LocalDate published) {
		List<PeriodMention> found = new ArrayList<>();
		List<Integer> years = Anchors.years(text, from, to);
		int[][] before = new int[years.size()][];
		// per year, the cues found after it and before it: one pass per window instead of one per rule
		long[] cuesAfter = new long[years.size()];
		long[] cuesBefore = new long[years.size()];
		java.util.Arrays.fill(cuesAfter, -1);
		java.util.Arrays.fill(cuesBefore, -1);
		for (int r = 0; r < RULES.size(); r++) {
			Rule rule = RULES.get(r);
			for (int y = 0; y < years.size(); y++) {
				int year = years.get(y);
				if (rule.yearFirst()) {
					if (rule.starts().mayContinueAt(text, year + 4, to)
							&& hasCue(CUE_BITS[r], cuesAfter, y, true, year, from, to)) {
						tryAt(matcher(r), rule, year, year, to, found);
					}
					continue;
				}
				if (before[y] == null) {
					before[y] = Anchors.wordStartsBefore(text, year, from, WORDS_BEFORE);
				}
				// farthest first: the longest reading wins, and every nearer one would overlap it
				boolean worthTrying = false;
				for (int a = before[y].length - 1; a >= 0; a--) {
					int start = before[y][a];
					if (!rule.starts().mayContinueAt(text, start, to)) {
						continue;
					}
					if (!worthTrying && !(worthTrying = hasCue(CUE_BITS[r], cuesBefore, y, false, year, from, to))) {
						break;
					}
					if (tryAt(matcher(r), rule, start, year, to, found)) {
						break;
					}
				}
			}
		}
		if (published != null && mentionsYearWord(from, to)) {
			if (containsAny(LAST_YEAR_WORDS, from, to)) {
				lastYear = relative(lastYear, LAST_YEAR, from, to, String.valueOf(published.getYear() - 1), found);
			}
			if (containsAny(THIS_YEAR_WORDS, from, to)) {
				thisYear = relative(thisYear, THIS_YEAR, from, to, String.valueOf(published.getYear()), found);
			}
		}
		// the longest reading of each phrase has won; a comparison base is then dropped whole
		found.removeIf(p -> isComparison(from, p.start()) || isComparisonAfter(p.end(), to));
		found.sort(Comparator.comparingInt(PeriodMention::start));
		return years.isEmpty() ? found : spans(from, to, years, found);
	}

	/** Whether a rule with cue {@code bit} (0: none) is worth trying at a year; fills {@code cues[y]} on first use. */
	private boolean hasCue(long bit, long[] cues, int y, boolean yearFirst, int year, int from, int to) {
		if (bit == 0) {
			return true;
		}
		if (cues[y] == -1) {
			cues[y] = RULE_CUES.foundIn(text, Rule.windowStart(yearFirst, year, from), Rule.windowEnd(yearFirst, year, to));
		}
		return (cues[y] & bit) != 0;
	}

	private Matcher matcher(int rule) {
		Matcher m = rules[rule];
		if (m == null) {
			m = RULES.get(rule).pattern().matcher(text).useTransparentBounds(true);
			rules[rule] = m;
		}
		return m;
	}

	/** Whether a word starts with "year", «год», «былтыр», «биыл» or «жыл»: else no relative year can be there. */
	private boolean mentionsYearWord(int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if ((c == 'y' || c == 'г' || c == 'б' || c == 'ж')
					&& (i == from || !CharClass.isLetterOrDigit(text.charAt(i - 1)))
					&& (startsWith(i, to, "year") || startsWith(i, to, "год") || startsWith(i, to, "былтыр")
							|| startsWith(i, to, "биыл") || startsWith(i, to, "жыл"))) {
				return true;
			}
		}
		return false;
	}

	private boolean containsAny(Literals words, int from, int to) {
		return words.foundIn(text, from, to) != 0;
	}

	private boolean startsWith(int at, int to, String word) {
		return at + word.length() <= to && text.startsWith(word, at);
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

	private Matcher relative(Matcher m, Pattern p, int from, int to, String year, List<PeriodMention> found) {
		Matcher matcher = m != null ? m : p.matcher(text);
		matcher.region(from, to);
		while (matcher.find()) {
			addIfFree(found, new PeriodMention(matcher.start(), matcher.end(), year, null, false));
		}
		return matcher;
	}

	private List<PeriodMention> spans(int from, int to, List<Integer> years, List<PeriodMention> simple) {
		List<PeriodMention> result = new ArrayList<>(simple);
		if (range == null) {
			range = YEAR_RANGE.matcher(text);
			kazakhStart = SPAN_START_KK.matcher(text);
			spanStart = SPAN_START.matcher(text).useTransparentBounds(true);
		}
		Matcher kazakh = kazakhStart;
		Matcher words = spanStart;
		List<int[]> markers = new ArrayList<>();
		for (int year : years) {
			if (RANGE_STARTS.mayContinueAt(text, year + 4, to) && range.region(year, to).lookingAt()) {
				replace(result, new PeriodMention(year, range.end(), range.group(2), range.group(1), true));
				continue;
			}
			if (KAZAKH_START_STARTS.mayContinueAt(text, year + 4, to) && kazakh.region(year, to).lookingAt()) {
				markers.add(new int[] { year, kazakh.end(), year });
				continue;
			}
			for (int start : Anchors.wordStartsBefore(text, year, from, 2)) {
				if (SPAN_START_STARTS.mayContinueAt(text, start, to) && words.region(start, to).lookingAt()
						&& words.end() > year) {
					markers.add(new int[] { start, words.end(), year });
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
		result.sort(Comparator.comparingInt(PeriodMention::start));
		return result;
	}

	/** The mention that ends a span starting at {@code [markerStart, markerEnd)}, if close enough. */
	private static PeriodMention nextAfter(List<PeriodMention> mentions, String text, int markerStart, int markerEnd) {
		for (PeriodMention p : mentions) {
			if (p.start() >= markerEnd && p.start() - markerEnd <= SPAN_GAP
					&& text.substring(markerEnd, p.start()).chars().noneMatch(Character::isDigit)) {
				return p;
			}
			if (p.start() >= markerStart && p.start() < markerEnd && p.end() > markerEnd) {
				return null; // e.g. «с 2005 года» read as the year 2005: the marker wins
			}
		}
		return null;
	}

	private static void replace(List<PeriodMention> mentions, PeriodMention span) {
		mentions.removeIf(p -> p.overlaps(span.start(), span.end()));
		mentions.add(span);
		mentions.sort(Comparator.comparingInt(PeriodMention::start));
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
		if (comparison == null) {
			comparison = COMPARISON.matcher(text);
		}
		return comparison.region(windowStart, start).find();
	}

	/**
	 * Whether a word in {@code [from, to)} starts like a word of {@link #COMPARISON}; the window start counts as
	 * a word start, as it does for the matcher. Checked first because sliding that pattern over the window
	 * costs more than the rest of the period search.
	 */
	private boolean hasComparisonWord(int from, int to) {
		for (int i = from; i < to; i++) {
			if (i > from && CharClass.isLetter(text.charAt(i - 1))) {
				continue;
			}
			boolean found = switch (text.charAt(i)) {
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
		if (end >= to || !Anchors.contains(text, "салыстыр", end, Math.min(to, end + 60))) {
			return false;
		}
		if (comparisonAfter == null) {
			comparisonAfter = COMPARISON_AFTER.matcher(text);
		}
		return comparisonAfter.region(end, to).lookingAt();
	}

	private boolean isChangeBase(int from, int start) {
		int windowStart = Math.max(from, start - 30);
		if (windowStart >= start) {
			return false;
		}
		if (changeBefore == null) {
			changeBefore = CHANGE_BEFORE.matcher(text);
		}
		return changeBefore.region(windowStart, start).find();
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

	static int number(String word) {
		if (Character.isDigit(word.charAt(0))) {
			return Integer.parseInt(word.replaceAll("\\D", ""));
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

}
