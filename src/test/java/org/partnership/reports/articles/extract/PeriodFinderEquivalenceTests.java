package org.partnership.reports.articles.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PeriodFinder} finds exactly what {@link LegacyPeriodFinder} (the finder before it was made cheaper) finds:
 * on every sentence of the shipped sample, and on random sentences glued from fragments that exercise every rule
 * and its near misses in the three languages. One finder of each kind is re-aimed from text to text and asked for
 * several ranges of a text, as the extractor does.
 */
class PeriodFinderEquivalenceTests {

	private static final LocalDate PUBLISHED = LocalDate.of(2025, 4, 1);

	private final PeriodFinder finder = new PeriodFinder("");

	private final LegacyPeriodFinder legacy = new LegacyPeriodFinder("");

	@Test
	void numbersWithDigitsReadAsBefore() {
		for (String word : new String[] { "9", "12", "03", "3-м", "1st", "2nd", "4th", "1-й", "12m", "٣", "iv", "девяти" }) {
			int expected;
			try {
				expected = LegacyPeriodFinder.number(word);
			}
			catch (NumberFormatException ex) {
				expected = Integer.MIN_VALUE;
			}
			int actual;
			try {
				actual = PeriodFinder.number(word);
			}
			catch (NumberFormatException ex) {
				actual = Integer.MIN_VALUE;
			}
			assertThat(actual).as(word).isEqualTo(expected);
		}
		assertThat(PeriodFinder.number("3-м")).isEqualTo(3);
	}

	@Test
	void findsWhatTheLegacyFinderFindsInEverySentenceOfTheSample() throws IOException {
		int sentences = 0;
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(Path.of("input/articles.csv"))) {
			for (CsvRecord r : reader) {
				if (r.getStartingLineNumber() == 1) {
					continue;
				}
				LocalDate published = LocalDate.parse(r.getField(1).substring(0, 10));
				NormalizedText text = TextNormalizer.normalize(r.getField(5).strip() + "\n\n" + r.getField(6));
				aim(text.text());
				for (Sentence s : SentenceSplitter.split(text)) {
					assertSame(text.text(), s.start(), s.end(), published);
					sentences += s.hasDigit() ? 1 : 0;
				}
			}
		}
		assertThat(sentences).isGreaterThan(50);
	}

	@Test
	void findsWhatTheLegacyFinderFindsInRandomSentences() {
		Random random = new Random(20250401);
		int withPeriods = 0;
		for (int i = 0; i < 120_000; i++) {
			String raw = sentence(random);
			String text = random.nextInt(5) == 0 ? raw : TextNormalizer.normalize(raw).text();
			aim(text);
			LocalDate published = random.nextInt(10) == 0 ? null : PUBLISHED.minusDays(random.nextInt(3000));
			withPeriods += assertSame(text, 0, text.length(), published) ? 1 : 0;
			// sentence bounds that cut phrases, several ranges of one text
			for (int k = random.nextInt(3); k > 0; k--) {
				int from = random.nextInt(text.length() + 1);
				int to = from + random.nextInt(text.length() - from + 1);
				assertSame(text, from, to, published);
			}
		}
		assertThat(withPeriods).isGreaterThan(50_000);
	}

	private void aim(String text) {
		finder.reset(text);
		legacy.reset(text);
	}

	/** Whether they agree (asserted) on a non-empty list. */
	private boolean assertSame(String text, int from, int to, LocalDate published) {
		List<PeriodMention> expected = legacy.find(from, to, published);
		assertThat(finder.find(from, to, published))
			.as("periods in [%d, %d) of \"%s\" published %s", from, to, text, published)
			.isEqualTo(expected);
		return !expected.isEmpty();
	}

	private static final String[] YEARS = { "2024", "2023", "2022", "2019", "2005", "1999", "1900", "2099", "1899",
			"2100", "1024", "20245", "202", "12024", "2024.5", "1,2024", "x2024", "2024x", "2024-", "2019-2024",
			"2019 - 2024", "2019-20", "2024h1", "2024h3", "h2 2024", "h22024", "9m2024", "9m 2024", "2024 9m", "12m2024",
			"2024q3", "q3 2024", "q5 2024", "2024 q4", "2024q", "q32024", "2024г", "2024г.", "2024года", "2024жылы",
			"2024 ж.", "2019-2024 гг.", "2019-2024 жылдары", "2019-2024 годах", "2019-2024жж." };

	private static final String[] WORDS = {
			// English
			"in", "for", "of", "during", "throughout", "by", "over", "the", "fiscal", "calendar", "year", "years",
			"first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "5th", "one", "three", "six", "nine",
			"eleven", "twelve", "thirteen", "9", "10", "12", "13", "months", "month", "month-", "quarter", "quarters",
			"half", "halves", "january", "february", "march", "april", "may", "june", "july", "august", "september",
			"october", "november", "december", "jan", "january-september", "january - june", "april-june",
			"july-december", "march-may", "31 march", "31", "compared with", "compared to", "comparison", "against",
			"versus", "same period", "corresponding period", "than", "than in", "than in the", "than for the same",
			"up 6.2%", "%", "percent", "rose", "grew", "fell", "down", "higher", "more", "from", "since", "between",
			"the year", "last year", "the previous year", "this year", "previous", "last", "this", "and", "to", "-",
			"–", ",", ".", "$42.5 billion", "reached", "trade", "turnover", "exports", "q3", "q1", "q", "h1", "h2",
			"9m", "m", "yearly",
			// Russian
			"в", "во", "за", "на", "с", "со", "начиная с", "между", "году", "года", "год", "годы", "годах", "г.",
			"г", "гг.", "гг", "первом", "первые", "первое", "втором", "второе", "третьем", "четвертом", "четвёртом",
			"полугодии", "полугодие", "квартале", "квартал", "i", "ii", "iii", "iv", "3-м", "3м", "2-м", "месяцев",
			"месяца", "девять", "девяти", "шесть", "двенадцать", "одиннадцать", "восемь", "семи", "три", "два",
			"январе", "январь-сентябрь", "январе-июне", "январь - март", "апрель-июнь", "июле-декабре", "мае", "май",
			"мая", "маи", "марте", "декабре", "чем", "чем в", "чем за", "чем в аналогичном периоде", "по сравнению с",
			"сравнении", "против", "аналогичный период", "аналогичном", "в прошлом году", "за прошлый год",
			"по итогам прошлого года", "прошлом", "в этом году", "в текущем году", "этом", "вырос на 5%",
			"увеличился", "снизился", "сократился", "составил", "млрд", "долларов",
			// Kazakh
			"жылы", "жылғы", "жылда", "жылдың", "жылдағы", "жылға", "жыл", "жылдан", "жылдың басынан", "бастап",
			"жылмен салыстырғанда", "деңгеймен салыстырғанда", "салыстырғанда", "алғашқы", "бірінші", "екінші",
			"үшінші", "төртінші", "тоқсан", "тоқсанында", "жарты жыл", "жартыжылдықта", "жарты жылында", "ай",
			"айында", "тоғыз", "он бір", "он екі", "он", "алты", "үш", "қаңтар", "қаңтар-қыркүйек", "қаңтар - маусым",
			"сәуір-маусым", "шілде-желтоқсан", "наурыз", "наурызда", "биыл", "былтыр", "өткен жылы", "өткен жылмен",
			"осы жылы", "жылдары", "жж.", "сәйкес кезеңмен", "сәйкес кезеңімен", "экспорт", "доллар",
			// a letter beyond the BMP (a surrogate pair), and a digit that is not 0-9
			"\uD835\uDC00", "\uD835\uDC00x", "\u0663" };

	/** Mostly a space; the others are kept by the unfolded sentences (and some are regex {@code \\s}). */
	private static final String[] GLUE = { " ", " ", " ", " ", " ", "", "  ", ", ", ". ", "-", " - ", "\u00a0",
			"\n", " (", ") ", "\t", "\r\n", "\u000B", "\f", "\u2028 ", " \u2029" };

	private static final String[] Y = { "2024", "2023", "2019", "2005", "1999", "2024", "2024", "1899", "20245" };

	private static final String[] EN_N = { "nine", "six", "three", "twelve", "eleven", "one", "thirteen", "9", "6",
			"12", "13", "0", "012", "009", "1 9" };

	private static final String[] RU_N = { "девять", "девяти", "шесть", "шести", "три", "трех", "двенадцать",
			"одиннадцати", "восемь", "восьми", "семи", "десяти", "пяти", "четырех", "два", "одного", "9", "12", "0" };

	private static final String[] KK_N = { "тоғыз", "алты", "үш", "он бір", "он екі", "он", "бір", "екі", "төрт",
			"бес", "жеті", "сегіз", "9", "12", "13" };

	private static final String[] EN_MONTHS = { "january", "march", "april", "may", "june", "july", "september",
			"december", "jan", "mar" };

	private static final String[] RU_MONTHS = { "январе", "январь", "января", "марте", "апреле", "май", "мае", "мая",
			"маю", "июне", "июль", "сентябре", "декабре", "дек" };

	private static final String[] KK_MONTHS = { "қаңтар", "қаңтарда", "наурыз", "сәуір", "мамыр", "маусым", "шілде",
			"қыркүйек", "желтоқсан", "желтоқсанда", "қаз" };

	private static final String[] DASH = { "-", " - ", "-", " -", "- ", " ", "" };

	/**
	 * Phrases for every rule and span marker, each a row of slots; each slot is one of its alternatives, which
	 * mix the forms a rule takes with near misses. "Y" is a year, "EN_N" a number word and so on.
	 */
	private static final Object[][] PHRASES = {
			{ new String[] { "the ", "", "first ", "the first ", "last " }, EN_N,
					new String[] { " months ", " month ", "-months ", " - month ", "months ", " monthly " },
					new String[] { "of ", "in ", "", "for " }, Y },
			{ new String[] { "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "fifth", "5th" },
					new String[] { " quarter ", " half ", " quarters ", " halves ", "  quarter ", " q " },
					new String[] { "of ", "", "of the " }, Y },
			{ EN_MONTHS, DASH, EN_MONTHS, new String[] { ", ", " ", ",", "" }, new String[] { "of ", "" }, Y },
			{ new String[] { "31 ", "", "the ", "1 ", "on " }, EN_MONTHS, new String[] { ", ", " ", "," }, Y },
			{ new String[] { "in", "for", "of", "during", "throughout", "by", "over", "since", "from", "between",
					"ahead of" }, new String[] { " ", "", "  " }, new String[] { "the ", "", "the the ", "the\t" },
					new String[] { "fiscal ", "calendar ", "", "financial ", "fiscal calendar ", "calendar fiscal " },
					new String[] { "year ", "", "years ", "year year ", "year the " }, Y,
					new String[] { "", " and ", " to ", "-" }, Y },
			{ new String[] { "q", "h", "Q", "H" }, new String[] { "1", "2", "3", "4", "5", "0" },
					new String[] { " ", "", "-" }, Y },
			{ Y, new String[] { " ", "", "-" }, new String[] { "q", "h" }, new String[] { "1", "2", "3", "4", "5" },
					new String[] { "", "x", "1", " ", "." } },
			{ new String[] { "9", "6", "3", "12", "13", "0", "1" }, new String[] { "m", "m ", "M", "mo " }, Y },
			{ Y, new String[] { " ", "", "  " }, new String[] { "9", "6", "3", "12", "0" },
					new String[] { "m", "ms", "m.", "m1", "mo" } },
			{ new String[] { "compared with ", "compared to the ", "in comparison with ", "against ", "versus ",
					"than in ", "than in the same period of ", "the same period of ", "corresponding period of ",
					"up 6.2% from ", "down 3% since ", "more than in ", "rose from ", "grew 5 percent from ",
					"чем в ", "чем за аналогичный период ", "по сравнению с ", "против ", "в сравнении с ",
					"аналогичном периоде ", "вырос на 5% с ", "увеличился с ", "на 5% с ", "сократился с " },
					new String[] { "", "the first half of ", "первом полугодии ", "the year ", "" }, Y },
			{ Y, DASH, Y, new String[] { " гг.", " гг", " годы", " годах", " жылдары", " жж.", "жж", "", " года" } },
			{ new String[] { "первые ", "первых ", "первый ", "" }, RU_N,
					new String[] { " месяцев ", " месяца ", " мес. ", "месяцев " }, Y,
					new String[] { " года", " г.", "", " году" } },
			{ RU_MONTHS, DASH, RU_MONTHS, new String[] { " ", ", ", "" }, Y, new String[] { " года", " г.", "" } },
			{ new String[] { "первом", "втором", "третьем", "четвертом", "четвёртом", "пятом", "iv", "iii", "ii",
					"i", "v", "1", "3-м", "3м", "3-", "5" }, new String[] { " ", "" },
					new String[] { "квартале ", "квартал ", "кварталах ", "квартале  " }, Y,
					new String[] { " года", " г.", "" } },
			{ new String[] { "первом", "втором", "первое", "третьем" }, new String[] { " ", "" },
					new String[] { "полугодии ", "полугодие ", "полугода " }, Y, new String[] { " года", " г.", "" } },
			{ new String[] { "в ", "", "с ", "1 " }, RU_MONTHS, new String[] { " ", "  ", "" }, Y,
					new String[] { " года", " г.", "" } },
			{ new String[] { "в ", "во ", "с ", "со ", "начиная с ", "между ", "за ", "с конца ", "" }, Y,
					new String[] { " году", " года", " год", " г.", " г", "г.", "", " годах", " годов", " гг.",
							"году", " годом" },
					new String[] { "", " по ", " и ", " - " } },
			{ new String[] { "в прошлом году", "за прошлый год", "по итогам прошлого года", "в этом году",
					"в текущем году", "в прошлом  году", "в прошлом годе", "last year", "the previous year",
					"this year", "this years", "last  year", "былтыр", "биыл", "өткен жылы", "өткен жылғы",
					"осы жылы", "осы жылдың", "былтырғы", "биылғы" } },
			{ Y, new String[] { " ", "" }, new String[] { "жылғы ", "жылы ", "жылдың ", "жыл " },
					new String[] { "алғашқы ", "бірінші ", "" }, KK_N,
					new String[] { " айында", " айы", " ай", "айында", " айлығында" } },
			{ Y, new String[] { " жылғы ", "жылғы ", " жылы " }, KK_MONTHS, DASH, KK_MONTHS },
			{ Y, new String[] { " жылдың ", " жылғы ", "жылдың " },
					new String[] { "бірінші", "екінші", "үшінші", "төртінші", "бесінші", "1", "3", "5" },
					new String[] { " тоқсанында", " тоқсан", "тоқсанында", " жарты жылында", " жартыжылдықта",
							" жарты жыл", " жарты  жыл" } },
			{ Y, new String[] { " ", "" }, new String[] { "жылғы ", "жылы " }, KK_MONTHS },
			{ Y, new String[] { " жылдан", " жылдың басынан", "жылдан", " жылдың басында", " жылдары" },
					new String[] { " бастап", "", " бастап  " } },
			{ Y, new String[] { " жылмен салыстырғанда", " жылғы деңгеймен салыстырғанда", " жылы салыстырғанда",
					" жылмен салыстыру", " жылғы көрсеткішпен салыстырғанда", " жылмен" } },
			{ Y, new String[] { " жылы", " жылғы", " жылда", " жылдың", " жылдағы", " жылға", " жыл", "жылы",
					" жылдар", " жылдары" } } };

	/** Fragments glued with odd spacing, upper case now and then (folded away in most sentences). */
	private static String sentence(Random random) {
		StringBuilder s = new StringBuilder();
		for (int n = 1 + random.nextInt(14); n > 0; n--) {
			int kind = random.nextInt(8);
			String word = kind < 3 ? phrase(random)
					: kind == 3 ? YEARS[random.nextInt(YEARS.length)] : WORDS[random.nextInt(WORDS.length)];
			if (random.nextInt(30) == 0) {
				word = word.toUpperCase();
			}
			s.append(word).append(GLUE[random.nextInt(GLUE.length)]);
		}
		return s.toString();
	}

	private static String phrase(Random random) {
		StringBuilder s = new StringBuilder();
		for (Object slot : PHRASES[random.nextInt(PHRASES.length)]) {
			String[] alternatives = (String[]) slot;
			s.append(alternatives[random.nextInt(alternatives.length)]);
		}
		return s.toString();
	}

}
