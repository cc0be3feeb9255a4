package org.partnership.reports.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic article feed for the benchmark (issue 8): {@code id,published_at,source,url,language,title,body},
 * bodies of 1–4 KB of paragraphs separated by blank lines, with commas, doubled quotes and line breaks,
 * 60 % English, 25 % Russian and 15 % Kazakh. Each opens with a meeting of two officials with its date ("on March
 * 31") and a topic sentence; the rest is running text of pseudo-words (so unrelated articles share few shingles,
 * as real news do) in which about a third of the sentences carry topic keywords, quotations or quoted figures
 * ("trade turnover reached $49.7 billion in 2024, up 16.9%", «товарооборот … 49,7 млрд долларов»). About 5 % of the articles are light reposts of an earlier one (the
 * same story from another outlet a day later), so story folding has work to do. Dates run from 2015-01-01
 * to 2025-11-24. The same count and seed always give the same bytes.
 */
public final class BenchArticleFeed {

	private static final String[] EN_SOURCES = { "Astana Desk (bench)", "Steppe Business Daily (bench)",
			"Central Asia Wire (bench)", "Caspian Herald (bench)" };

	private static final String[] RU_SOURCES = { "Деловая степь (бенч)", "Астана-Инфо (бенч)" };

	private static final String[] KK_SOURCES = { "Дала жаршысы (бенч)", "Астана хабары (бенч)" };

	private static final String[] EN_OFFICIALS = { "Murat Nurtleu", "Eduards Stiprais", "Kaja Kallas",
			"Ursula von der Leyen", "Kassym-Jomart Tokayev", "Antonio Costa" };

	private static final String[] RU_OFFICIALS = { "Мурат Нуртлеу", "Эдуардс Стипрайс", "Касым-Жомарт Токаев",
			"Урсула фон дер Ляйен" };

	private static final String[] KK_OFFICIALS = { "Мұрат Нұртлеу", "Қасым-Жомарт Тоқаев", "Эдуардс Стипрайс" };

	private static final String[] EN_TOPICS = {
			"The sides discussed the implementation of the Enhanced Partnership and Cooperation Agreement (EPCA), investment cooperation and the green transition.",
			"Special attention was paid to the Trans-Caspian International Transport Route, the Middle Corridor, rail freight and port capacity in Aktau.",
			"They highlighted cooperation on critical raw materials, rare earth elements, lithium and green hydrogen projects.",
			"Digitalization, artificial intelligence and e-government were named among the priorities, along with climate policy and carbon neutrality.",
			"The parties touched upon regional security, border management and counter-terrorism, as well as water management in Central Asia.",
			"Education and mobility were on the agenda too: Erasmus+ scholarships, academic mobility and visa facilitation for students.",
			"Energy cooperation, including oil, natural gas, renewable energy and uranium supplies, remains the backbone of the partnership.",
			"European investors, the officials said, are interested in agriculture, agri-food processing and sustainable development projects under Global Gateway." };

	private static final String[] RU_TOPICS = {
			"Стороны обсудили реализацию Соглашения о расширенном партнерстве и сотрудничестве, инвестиционное сотрудничество и зеленый переход.",
			"Особое внимание уделено Транскаспийскому международному транспортному маршруту (ТМТМ), железнодорожным грузоперевозкам и логистике.",
			"Речь шла о критическом сырье, редкоземельных металлах, литии и водородной энергетике.",
			"Цифровизация, искусственный интеллект и климатическая повестка названы приоритетами сотрудничества.",
			"Участники затронули вопросы региональной безопасности, борьбы с терроризмом и водных ресурсов.",
			"Обсуждались также образование, академическая мобильность студентов и упрощение визового режима." };

	private static final String[] KK_TOPICS = {
			"Тараптар Кеңейтілген әріптестік және ынтымақтастық туралы келісімді іске асыру мен инвестиция мәселелерін талқылады.",
			"Транскаспий халықаралық көлік бағыты, теміржол жүк тасымалы және логистика ерекше назарда болды.",
			"Сирек жер металдары, шикізат және жасыл энергетика саласындағы жобалар сөз болды.",
			"Цифрландыру, жасанды интеллект және климат мәселелері басымдықтар қатарында аталды.",
			"Өңірлік қауіпсіздік пен су ресурстары да күн тәртібінде болды." };

	private static final String[] EN_MONTHS = { "January", "February", "March", "April", "May", "June", "July",
			"August", "September", "October", "November", "December" };

	private BenchArticleFeed() {
	}

	/** Writes {@code count} articles after the header. */
	public static Path write(Path file, int count, long seed) throws IOException {
		Random random = new Random(seed);
		long firstDay = LocalDate.of(2015, 1, 1).toEpochDay();
		long days = LocalDate.of(2025, 11, 24).toEpochDay() - firstDay;
		String previousBody = null;
		String previousTitle = null;
		String previousLang = null;
		LocalDate previousDate = null;
		StringBuilder body = new StringBuilder(4096);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
			out.write("id,published_at,source,url,language,title,body\n");
			for (int i = 0; i < count; i++) {
				String lang;
				String title;
				LocalDate date;
				String text;
				boolean repost = previousBody != null && random.nextInt(20) == 0;
				if (repost) {
					lang = previousLang;
					date = previousDate.plusDays(1);
					title = previousTitle + (lang.equals("en") ? " (updated)" : "");
					text = previousBody + "\n\n" + (lang.equals("en") ? "This report was first published by another outlet."
								: lang.equals("ru") ? "Материал ранее опубликован другим изданием."
										: "Материал бұрын басқа басылымда жарияланған.");
				}
				else {
					int l = random.nextInt(20);
					lang = l < 12 ? "en" : l < 17 ? "ru" : "kk";
					date = LocalDate.ofEpochDay(firstDay + random.nextInt((int) days));
					// 1–4 KB of UTF-8: Cyrillic letters take two bytes
					int target = 1000 + random.nextInt(3000);
					body.setLength(0);
					title = switch (lang) {
						case "en" -> english(random, date, target, body);
						case "ru" -> russian(random, date, target * 10 / 18, body);
						default -> kazakh(random, date, target * 10 / 18, body);
					};
					text = body.toString();
				}
				String source = switch (lang) {
					case "en" -> EN_SOURCES[random.nextInt(EN_SOURCES.length)];
					case "ru" -> RU_SOURCES[random.nextInt(RU_SOURCES.length)];
					default -> KK_SOURCES[random.nextInt(KK_SOURCES.length)];
				};
				String id = "b-" + date + "-" + i;
				String publishedAt = random.nextBoolean() ? date.toString()
						: date + "T" + String.format(Locale.ROOT, "%02d:%02d:00", random.nextInt(24), random.nextInt(60));
				String url = random.nextInt(10) == 0 ? "" : "https://example.org/news/" + id;
				out.write(id);
				out.write(',');
				out.write(publishedAt);
				out.write(',');
				out.write(quote(source));
				out.write(',');
				out.write(url);
				out.write(',');
				out.write(lang);
				out.write(',');
				out.write(quote(title));
				out.write(',');
				out.write(quote(text));
				out.write('\n');
				if (!repost) {
					previousBody = text;
					previousTitle = title;
					previousLang = lang;
					previousDate = date;
				}
			}
		}
		return file;
	}

	private static final String[] EN_KEYWORDS = { "the Enhanced Partnership and Cooperation Agreement (EPCA)",
			"investment cooperation", "the green transition", "the Trans-Caspian International Transport Route",
			"the Middle Corridor", "critical raw materials", "rare earth elements", "digitalization",
			"artificial intelligence", "climate policy", "carbon neutrality", "regional security", "counter-terrorism",
			"water management", "Erasmus+ scholarships", "academic mobility", "visa facilitation", "energy cooperation",
			"natural gas", "renewable energy", "green hydrogen", "Global Gateway", "sustainable development",
			"agri-food processing", "rail freight", "logistics", "the EU Strategy for Central Asia", "the summit" };

	private static final String[] RU_KEYWORDS = { "Соглашения о расширенном партнерстве и сотрудничестве",
			"инвестиционного сотрудничества", "зеленого перехода", "Транскаспийского международного транспортного маршрута",
			"Среднего коридора", "критического сырья", "редкоземельных металлов", "цифровизации", "искусственного интеллекта",
			"климатической повестки", "региональной безопасности", "водных ресурсов", "академической мобильности",
			"безвизового режима", "энергетики", "нефти и газа", "водородной энергетики", "логистики", "саммита",
			"устойчивого развития", "сельского хозяйства" };

	private static final String[] KK_KEYWORDS = { "Кеңейтілген әріптестік және ынтымақтастық туралы келісім",
			"инвестиция", "Транскаспий халықаралық көлік бағыты", "теміржол жүк тасымалы", "логистика", "сирек жер металдары",
			"шикізат", "жасыл энергетика", "цифрландыру", "жасанды интеллект", "климат", "өңірлік қауіпсіздік",
			"су ресурстары", "тұрақты даму", "ауыл шаруашылығы" };

	private static final String[] EN_SYLLABLES = { "ka", "ro", "tem", "lin", "dar", "vos", "mi", "sen", "tur", "bel",
			"gra", "no", "pel", "sta", "qui", "ran", "do", "fer", "lo", "mar", "the", "ex", "por", "com", "ment" };

	private static final String[] RU_SYLLABLES = { "ка", "ро", "тем", "лин", "дар", "вос", "ми", "сен", "тур", "бел",
			"гра", "но", "пел", "ста", "ку", "ран", "до", "фер", "ло", "мар", "ние", "ский", "ова", "про", "ет" };

	private static final String[] KK_SYLLABLES = { "қа", "ұл", "ең", "өз", "ғы", "ка", "ро", "тем", "лын", "дар",
			"сен", "тұр", "бел", "жа", "ны", "да", "лық", "мен", "ген", "тар", "ды", "ба", "қыз", "мет", "сы" };

	/**
	 * Running text: sentences of pseudo-words drawn from about 16,000 per language (so that unrelated articles share
	 * few five-word shingles, as real news do), about a third of them carrying a topic keyword, a quoted figure or
	 * a quotation; commas, doubled quotes and paragraph breaks throughout.
	 */
	private static void prose(Random r, String lang, int target, StringBuilder b, int year) {
		String[] syllables = lang.equals("en") ? EN_SYLLABLES : lang.equals("ru") ? RU_SYLLABLES : KK_SYLLABLES;
		String[] keywords = lang.equals("en") ? EN_KEYWORDS : lang.equals("ru") ? RU_KEYWORDS : KK_KEYWORDS;
		int inParagraph = 0;
		while (b.length() < target) {
			if (inParagraph >= 2 + r.nextInt(4)) {
				b.append("\n\n");
				inParagraph = 0;
			}
			else if (b.length() > 0 && b.charAt(b.length() - 1) != '\n') {
				b.append(' ');
			}
			inParagraph++;
			int kind = r.nextInt(9);
			if (kind <= 1) {
				noise(r, syllables, 2 + r.nextInt(4), true, b);
				b.append(' ').append(pick(r, keywords)).append(' ');
				noise(r, syllables, 3 + r.nextInt(6), false, b);
				b.append('.');
			}
			else if (kind == 2) {
				figure(r, lang, year, b);
			}
			else if (kind == 3) {
				b.append(lang.equals("ru") ? "«" : "\"");
				noise(r, syllables, 5 + r.nextInt(8), true, b);
				b.append(lang.equals("ru") ? ",» — " : ",\" ");
				noise(r, syllables, 2 + r.nextInt(3), false, b);
				b.append('.');
			}
			else {
				noise(r, syllables, 8 + r.nextInt(12), true, b);
				b.append('.');
			}
		}
	}

	private static void figure(Random r, String lang, int year, StringBuilder b) {
		double bn = 20 + r.nextInt(400) / 10.0;
		double pct = r.nextInt(300) / 10.0;
		switch (lang) {
			case "en" -> {
				switch (r.nextInt(3)) {
					case 0 -> b.append(String.format(Locale.ROOT,
							"Trade turnover between Kazakhstan and the EU reached $%.1f billion in %d, up %.1f%%, with exports at $%.1f billion and imports at $%.1f billion.",
							bn, year, pct, bn * 0.77, bn * 0.23));
					case 1 -> b.append(String.format(Locale.ROOT,
							"More than %,d European companies operate in Kazakhstan, and gross FDI inflow from EU countries since 2005 exceeded $%.1f billion.",
							1000 + r.nextInt(3000), 100 + r.nextInt(1000) / 10.0));
					default -> b.append(String.format(Locale.ROOT, "In the first nine months of %d, exports to the EU rose by %.1f%% to $%.1f billion.",
							year, pct, bn * 0.7));
				}
			}
			case "ru" -> {
				if (r.nextBoolean()) {
					b.append(String.format(Locale.ROOT, "По итогам %d года товарооборот Казахстана и ЕС составил %s млрд долларов, увеличившись на %s%%.",
							year, comma(bn), comma(pct)));
				}
				else {
					b.append(String.format(Locale.ROOT, "Экспорт в страны Евросоюза вырос в %s раза, импорт — на %s%%.",
							comma(1 + r.nextInt(10) / 10.0), comma(r.nextInt(200) / 10.0)));
				}
			}
			default -> b.append(String.format(Locale.ROOT, "%d жылы Қазақстан мен ЕО арасындағы тауар айналымы %s млрд долларды құрады.",
					year, comma(bn)));
		}
	}

	private static void noise(Random r, String[] syllables, int words, boolean capital, StringBuilder b) {
		for (int w = 0; w < words; w++) {
			if (w > 0) {
				b.append(r.nextInt(12) == 0 ? ", " : " ");
			}
			int start = b.length();
			int n = 1 + r.nextInt(3);
			for (int i = 0; i < n; i++) {
				b.append(syllables[r.nextInt(syllables.length)]);
			}
			if (w == 0 && capital) {
				b.setCharAt(start, Character.toUpperCase(b.charAt(start)));
			}
		}
	}

	private static String english(Random r, LocalDate date, int target, StringBuilder b) {
		String a = pick(r, EN_OFFICIALS);
		String c = pick(r, EN_OFFICIALS);
		LocalDate event = date.minusDays(r.nextInt(4));
		int year = Math.max(2015, date.getYear() - 1);
		b.append("ASTANA – ").append(a).append(" met with ").append(c).append(" on ")
			.append(EN_MONTHS[event.getMonthValue() - 1]).append(' ').append(event.getDayOfMonth())
			.append(" to discuss bilateral ties between Kazakhstan and the European Union, including trade, investment and connectivity.");
		b.append("\n\n");
		if (r.nextBoolean()) {
			b.append(pick(r, EN_TOPICS)).append("\n\n");
		}
		prose(r, "en", target, b, year);
		return "Kazakhstan, EU discuss " + pick(r, new String[] { "trade", "investment", "the Middle Corridor",
				"critical raw materials", "energy", "visa facilitation", "digitalization" }) + " in " + year;
	}

	private static String russian(Random r, LocalDate date, int target, StringBuilder b) {
		int year = Math.max(2015, date.getYear() - 1);
		b.append(pick(r, RU_OFFICIALS)).append(" провел переговоры с ").append(pick(r, RU_OFFICIALS))
			.append(" ").append(date.minusDays(r.nextInt(4)).getDayOfMonth()).append(" ").append(ruMonth(date))
			.append(" в Астане. Стороны обсудили торговлю, инвестиции и транспорт.");
		b.append("\n\n");
		if (r.nextBoolean()) {
			b.append(pick(r, RU_TOPICS)).append("\n\n");
		}
		prose(r, "ru", target, b, year);
		return "Казахстан и ЕС обсудили сотрудничество в " + year + " году";
	}

	private static String kazakh(Random r, LocalDate date, int target, StringBuilder b) {
		int year = Math.max(2015, date.getYear() - 1);
		b.append(pick(r, KK_OFFICIALS)).append(" ").append(pick(r, KK_OFFICIALS))
			.append(" мырзамен кездесті. Тараптар сауда, инвестиция және көлік мәселелерін талқылады.");
		b.append("\n\n");
		if (r.nextBoolean()) {
			b.append(pick(r, KK_TOPICS)).append("\n\n");
		}
		prose(r, "kk", target, b, year);
		return "Қазақстан мен ЕО ынтымақтастығы: " + year;
	}

	private static String ruMonth(LocalDate d) {
		return new String[] { "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
				"октября", "ноября", "декабря" }[d.getMonthValue() - 1];
	}

	private static String comma(double v) {
		return String.format(Locale.ROOT, "%.1f", v).replace('.', ',');
	}

	private static String pick(Random r, String[] values) {
		return values[r.nextInt(values.length)];
	}

	private static String quote(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
