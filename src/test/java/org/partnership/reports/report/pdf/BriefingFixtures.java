package org.partnership.reports.report.pdf;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.partnership.reports.period.Period;
import org.partnership.reports.report.ArticleRow;
import org.partnership.reports.report.DataQuality;
import org.partnership.reports.report.EventRow;
import org.partnership.reports.report.Figure;
import org.partnership.reports.report.IndicatorDefinition;
import org.partnership.reports.report.KeyFigures;
import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.PeriodFigures;
import org.partnership.reports.report.ProductRow;
import org.partnership.reports.report.ReconciliationRow;
import org.partnership.reports.report.ReconciliationRow.Verdict;
import org.partnership.reports.report.ReportModel;
import org.partnership.reports.report.RunInfo;
import org.partnership.reports.report.SectionRow;
import org.partnership.reports.report.TopicRow;

/**
 * A realistic KAZ–EU27 report model: annual trade 2015–2024 (the founding article's 2024 figures:
 * exports 38.6, imports 11.1, turnover 49.7 bn USD, +16.9 % on 2023), HS chapters 2023–2024, topics,
 * events (one title in Kazakh, one in Russian, the 31 March 2025 meeting) and quoted figures.
 */
final class BriefingFixtures {

	static final String KAZAKH_TITLE = "Қазақстан мен Еуропа одағы: шаһар көлігі мен жасыл энергетикадағы жаңа ұлттық әріптестік күшейеді";

	static final String RUSSIAN_TITLE = "Казахстан и ЕС обсудили расширение сотрудничества в сфере критически важного сырья";

	static final LocalDate RUN_DATE = LocalDate.of(2025, 4, 10);

	private static final long[][] ANNUAL = { // year, exports, imports
			{ 2015, 22_500_000_000L, 6_076_000_000L }, { 2016, 18_000_000_000L, 5_041_000_000L },
			{ 2017, 23_700_000_000L, 5_193_000_000L }, { 2018, 30_238_734_100L, 6_186_344_200L },
			{ 2019, 24_185_340_489L, 6_221_233_491L }, { 2020, 17_653_331_609L, 6_163_312_075L },
			{ 2021, 23_254_238_516L, 5_655_033_719L }, { 2022, 32_404_179_473L, 7_624_549_959L },
			{ 2023, 32_200_961_055L, 10_314_009_005L }, { 2024, 38_600_000_000L, 11_100_000_000L } };

	/** flow, code, name, 2023, 2024. */
	private static final Object[][] PRODUCTS = {
			{ "export", "27", "Mineral fuels, mineral oils and products of their distillation", 25_052_347_701L,
					30_339_600_000L },
			{ "export", "28", "Inorganic chemicals; compounds of precious metals", 1_384_641_325L, 1_775_600_000L },
			{ "export", "26", "Ores, slag and ash", 1_159_234_598L, 1_312_400_000L },
			{ "export", "74", "Copper and articles thereof", 1_062_631_715L, 1_235_200_000L },
			{ "export", "72", "Iron and steel", 998_229_793L, 1_080_800_000L },
			{ "export", "71", "Precious metals and stones", 772_823_065L, 810_600_000L },
			{ "export", "99", "Other products", 708_421_143L, 810_600_000L },
			{ "export", "10", "Cereals", 418_612_494L, 540_400_000L },
			{ "import", "84", "Machinery and mechanical appliances", 3_352_052_927L, 3_707_400_000L },
			{ "import", "85", "Electrical machinery and equipment", 1_423_333_243L, 1_565_100_000L },
			{ "import", "30", "Pharmaceutical products", 1_382_077_207L, 1_398_600_000L },
			{ "import", "87", "Vehicles other than railway or tramway", 1_227_367_072L, 1_365_300_000L },
			{ "import", "90", "Optical, measuring and medical instruments", 701_352_612L, 765_900_000L },
			{ "import", "73", "Articles of iron or steel", 577_584_504L, 577_200_000L },
			{ "import", "39", "Plastics and articles thereof", 505_386_441L, 521_700_000L } };

	private BriefingFixtures() {
	}

	static ReportModel model() {
		return model(Locale.ENGLISH);
	}

	static ReportModel model(Locale locale) {
		return model(locale, pair());
	}

	static ReportModel model(Locale locale, PairReport pair) {
		RunInfo run = new RunInfo(RUN_DATE, locale, "Analytical Unit, Partnership Desk",
				"Bureau of National Statistics of Kazakhstan (customs statistics); articles from Astana Times, Kazinform, Trend, Kursiv",
				List.of(new RunInfo.InputFileInfo("trade.csv", 137, 137, 0, "9f2c"),
						new RunInfo.InputFileInfo("articles.csv", 42, 41, 1, "71ab")));
		return new ReportModel(run, List.of(pair), List.of(), articles(), topics(), events(), reconciliation(),
				new DataQuality(List.of(), List.of(), List.of()),
				List.of(new IndicatorDefinition("TURNOVER", "Turnover", "X + M", "USD", "pair", "customs")));
	}

	static PairReport pair() {
		return pair(latestYear());
	}

	static PairReport pair(KeyFigures latestYear) {
		return new PairReport("KAZ", "EU27", "Kazakhstan", "European Union (EU27)",
				"EU27: the 27 member states since 1 February 2020, back-cast for every year shown.", annual(),
				annual(), latestYear, null, null, products(), sections());
	}

	static KeyFigures latestYear() {
		BigDecimal x24 = usd(38_600_000_000L);
		BigDecimal m24 = usd(11_100_000_000L);
		BigDecimal x23 = usd(32_200_961_055L);
		BigDecimal m23 = usd(10_314_009_005L);
		return new KeyFigures(Period.year(2024), Period.year(2023), true, true, figure(x24, x23), figure(m24, m23),
				figure(x24.add(m24), x23.add(m23)), figure(x24.subtract(m24), x23.subtract(m23)),
				x24.doubleValue() / m24.doubleValue() * 100, 49_700_000_000d / (81_674_053_044d + 60_397_969_384d) * 100);
	}

	/** The same panel with no comparison values: what a first year of data looks like. */
	static KeyFigures withoutComparison() {
		KeyFigures k = latestYear();
		return new KeyFigures(k.period(), k.comparison(), true, false,
				new Figure(k.exports().current(), null, null), new Figure(k.imports().current(), null, null),
				new Figure(k.turnover().current(), null, null), new Figure(k.balance().current(), null, null),
				k.coverageRatioPct(), null);
	}

	static Figure figure(BigDecimal current, BigDecimal previous) {
		return new Figure(current, previous, yoy(current, previous));
	}

	private static Double yoy(BigDecimal current, BigDecimal previous) {
		if (current == null || previous == null || previous.signum() == 0) {
			return null;
		}
		return current.subtract(previous).divide(previous.abs(), MathContext.DECIMAL64).doubleValue() * 100;
	}

	private static BigDecimal usd(long value) {
		return BigDecimal.valueOf(value);
	}

	static List<PeriodFigures> annual() {
		List<PeriodFigures> list = new ArrayList<>();
		for (int i = 0; i < ANNUAL.length; i++) {
			BigDecimal x = usd(ANNUAL[i][1]);
			BigDecimal m = usd(ANNUAL[i][2]);
			Double xy = i == 0 ? null : yoy(x, usd(ANNUAL[i - 1][1]));
			Double my = i == 0 ? null : yoy(m, usd(ANNUAL[i - 1][2]));
			Double ty = i == 0 ? null : yoy(x.add(m), usd(ANNUAL[i - 1][1] + ANNUAL[i - 1][2]));
			list.add(new PeriodFigures(Period.year((int) ANNUAL[i][0]), true, x, m, xy, my, ty));
		}
		return list;
	}

	static List<ProductRow> products() {
		List<ProductRow> rows = new ArrayList<>();
		for (int year : new int[] { 2023, 2024 }) {
			for (String flow : new String[] { "export", "import" }) {
				long total = year == 2024 ? (flow.equals("export") ? 38_600_000_000L : 11_100_000_000L)
						: (flow.equals("export") ? 32_200_961_055L : 10_314_009_005L);
				long prevTotal = flow.equals("export") ? 32_200_961_055L : 10_314_009_005L;
				List<Object[]> ofFlow = new ArrayList<>();
				for (Object[] p : PRODUCTS) {
					if (p[0].equals(flow)) {
						ofFlow.add(p);
					}
				}
				int idx = year == 2024 ? 4 : 3;
				ofFlow.sort((a, b) -> Long.compare((Long) b[idx], (Long) a[idx]));
				int rank = 1;
				for (Object[] p : ofFlow) {
					long value = (Long) p[idx];
					Double yoy = year == 2024 ? yoy(usd(value), usd((Long) p[3])) : null;
					Double contribution = year == 2024 ? (value - (Long) p[3]) * 100.0 / prevTotal : null;
					rows.add(new ProductRow(Period.year(year), flow, (String) p[1], (String) p[2], rank++, usd(value),
							value * 100.0 / total, yoy, contribution));
				}
			}
		}
		return rows;
	}

	/** Section, its chapters among the products above. */
	private static final String[][] SECTIONS = { { "II", "10" }, { "V", "26 27" }, { "VI", "28 30" },
			{ "VII", "39" }, { "XIV", "71" }, { "XV", "72 73 74" }, { "XVI", "84 85" }, { "XVII", "87" },
			{ "XVIII", "90" }, { "OTHER", "99" } };

	/**
	 * 2024 on 2023 by HS section: the product rows summed per section, the rest of the flow total as
	 * "not broken down by chapter", then the total.
	 */
	static List<SectionRow> sections() {
		List<SectionRow> rows = new ArrayList<>();
		for (String flow : new String[] { "export", "import" }) {
			long total = flow.equals("export") ? 38_600_000_000L : 11_100_000_000L;
			long prevTotal = flow.equals("export") ? 32_200_961_055L : 10_314_009_005L;
			long restNow = total;
			long restBefore = prevTotal;
			for (String[] section : SECTIONS) {
				long now = 0;
				long before = 0;
				for (Object[] p : PRODUCTS) {
					if (p[0].equals(flow) && List.of(section[1].split(" ")).contains(p[1])) {
						before += (Long) p[3];
						now += (Long) p[4];
					}
				}
				if (now != 0 || before != 0) {
					rows.add(sectionRow(flow, section[0], "Section " + section[0], now, before, total, prevTotal));
					restNow -= now;
					restBefore -= before;
				}
			}
			rows.add(sectionRow(flow, SectionRow.UNALLOCATED, "Not broken down by chapter", restNow, restBefore, total,
					prevTotal));
			rows.add(sectionRow(flow, SectionRow.TOTAL, "All goods", total, prevTotal, total, prevTotal));
		}
		return rows;
	}

	private static SectionRow sectionRow(String flow, String code, String name, long now, long before, long total,
			long prevTotal) {
		return new SectionRow(Period.year(2024), flow, code, "", name, usd(now), now * 100.0 / total,
				yoy(usd(now), usd(before)), (now - before) * 100.0 / prevTotal);
	}

	static List<TopicRow> topics() {
		Period y = Period.year(2024);
		return List.of(new TopicRow(y, "ENERGY", "Energy and hydrocarbons", 31, 14, 38.9),
				new TopicRow(y, "TRADE", "Trade and investment", 22, 11, 30.6),
				new TopicRow(y, "TRANSPORT", "Transport corridors (TITR)", 17, 9, 25.0),
				new TopicRow(y, "CRM", "Critical raw materials", 12, 7, 19.4),
				new TopicRow(y, "CLIMATE", "Climate and green hydrogen", 6, 4, 11.1),
				new TopicRow(y, "DIGITAL", "Digital connectivity", 4, 3, 8.3),
				new TopicRow(Period.year(2023), "ENERGY", "Energy and hydrocarbons", 20, 9, 40.0));
	}

	static List<EventRow> events() {
		return List.of(
				new EventRow(LocalDate.of(2025, 3, 31), "MEETING", "040", List.of("Murat Nurtleu", "Eduards Stiprais"),
						"Astana", "a-31", "Kazinform",
						"Murat Nurtleu and Eduards Stiprais discuss preparations for the EU–Central Asia summit"),
				new EventRow(LocalDate.of(2025, 4, 4), "SUMMIT", "043", List.of("Kassym-Jomart Tokayev", "António Costa"),
						"Samarkand", "a-33", "Astana Times", "First EU–Central Asia summit sets up a strategic partnership"),
				new EventRow(LocalDate.of(2024, 11, 26), "MEETING", "040", List.of(), "Brussels", "a-21", "Trend",
						"Kazakhstan and EU hold the 21st Cooperation Council in Brussels"),
				new EventRow(LocalDate.of(2024, 10, 14), "STATEMENT", "010", List.of(), "Astana", "a-19", "Kazinform",
						KAZAKH_TITLE),
				new EventRow(LocalDate.of(2024, 6, 12), "AGREEMENT", "057", List.of(), "Astana", "a-12", "Kursiv",
						RUSSIAN_TITLE),
				new EventRow(LocalDate.of(2024, 3, 5), "VISIT", "042", List.of("Roman Vassilenko"), "Brussels", "a-05",
						"Astana Times", "Deputy Foreign Minister visits Brussels for talks on transport links"),
				new EventRow(LocalDate.of(2023, 12, 1), "MEETING", "040", List.of(), "Astana", "a-01", "Trend",
						"An event of the previous year, outside the period"));
	}

	static List<ReconciliationRow> reconciliation() {
		return List.of(
				new ReconciliationRow("a-28", LocalDate.of(2025, 2, 10), "Kursiv",
						"Товарооборот Казахстана и ЕС в 2024 году превысил 52 млрд долларов", "TURNOVER", "ANNUAL",
						"2024", "KAZ-EU27", usd(52_100_000_000L), "USD", usd(49_700_000_000L), 4.83, Verdict.DISAGREES,
						"Outside the 2% tolerance; may include services"),
				new ReconciliationRow("a-30", LocalDate.of(2025, 4, 1), "Astana Times",
						"Kazakhstan, EU trade reaches $49.7 billion", "TURNOVER", "ANNUAL", "2024", "KAZ-EU27",
						usd(49_700_000_000L), "USD", usd(49_700_000_000L), 0.0, Verdict.AGREES, ""),
				new ReconciliationRow("a-30", LocalDate.of(2025, 4, 1), "Astana Times",
						"Kazakhstan, EU trade reaches $49.7 billion", "EXPORTS", "ANNUAL", "2024", "KAZ-EU27",
						usd(38_600_000_000L), "USD", usd(38_600_000_000L), 0.0, Verdict.AGREES, ""),
				new ReconciliationRow("a-30", LocalDate.of(2025, 4, 1), "Astana Times",
						"Kazakhstan, EU trade reaches $49.7 billion", "FDI", "CUMULATIVE", "2024-9M", "KAZ-EU27",
						usd(200_700_000_000L), "USD", null, null, Verdict.NOT_COMPARABLE,
						"Cumulative gross FDI inflow 2005–9M2024: no such indicator in the data"),
				new ReconciliationRow("a-40", LocalDate.of(2025, 1, 20), "Trend", "Kazakhstan–China trade", "TURNOVER",
						"ANNUAL", "2024", "KAZ-CHN", usd(43_800_000_000L), "USD", usd(44_000_000_000L), -0.45,
						Verdict.AGREES, "other pair: not in this briefing"));
	}

	static List<ArticleRow> articles() {
		return List.of(
				new ArticleRow("a-30", LocalDate.of(2025, 4, 1), "Astana Times", "https://example.org/a-30", "en",
						"Kazakhstan, EU trade reaches $49.7 billion", "s-30", List.of("TRADE"), List.of("Kazakhstan"),
						List.of("STATEMENT"), List.of("TURNOVER 49.7 bn USD 2024 +16.9%")),
				new ArticleRow("a-19", LocalDate.of(2024, 10, 14), "Kazinform", "https://example.org/a-19", "kk",
						KAZAKH_TITLE, "s-19", List.of("CLIMATE"), List.of(), List.of("STATEMENT"), List.of()),
				new ArticleRow("a-12", LocalDate.of(2024, 6, 12), "Kursiv", "https://example.org/a-12", "ru",
						RUSSIAN_TITLE, "s-12", List.of("CRM"), List.of(), List.of("AGREEMENT"), List.of()));
	}

}
