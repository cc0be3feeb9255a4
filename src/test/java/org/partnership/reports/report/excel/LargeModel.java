package org.partnership.reports.report.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.partnership.reports.period.Period;
import org.partnership.reports.report.ArticleRow;
import org.partnership.reports.report.DataQuality;
import org.partnership.reports.report.DataQuality.RejectRow;
import org.partnership.reports.report.EventRow;
import org.partnership.reports.report.Figure;
import org.partnership.reports.report.IndicatorDefinition;
import org.partnership.reports.report.IndicatorRow;
import org.partnership.reports.report.KeyFigures;
import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.PeriodFigures;
import org.partnership.reports.report.ProductRow;
import org.partnership.reports.report.ReconciliationRow;
import org.partnership.reports.report.RowSource;
import org.partnership.reports.report.ReconciliationRow.Verdict;
import org.partnership.reports.report.ReportModel;
import org.partnership.reports.report.SectionRow;
import org.partnership.reports.report.TopicRow;

/**
 * A model the size of a large production run: 20 pairs with 200 periods each (16 years, 64 quarters,
 * 120 months), 15 indicators per period (60,000 indicator rows), a Trade block of 120 monthly columns
 * per pair, 62,080 commodity rows, 100,000 articles, 50,000 events, 10,000 reconciliation rows and
 * 10,000 rejected rows. Every text is its own string, as it would be after reading the feeds.
 */
final class LargeModel {

	static final int PAIRS = 20;

	static final int FIRST_YEAR = 2010;

	static final int YEARS = 16;

	/** Months and quarters of the last ten years. */
	static final int MONTHLY_YEARS = 10;

	static final int PERIODS_PER_PAIR = YEARS + MONTHLY_YEARS * 4 + MONTHLY_YEARS * 12 + 24;

	static final List<String> INDICATORS = List.of("EXPORTS", "IMPORTS", "TURNOVER", "BALANCE", "EXPORTS_YOY",
			"IMPORTS_YOY", "TURNOVER_YOY", "COVERAGE_RATIO", "PARTNER_SHARE", "EXPORTS_SHARE", "IMPORTS_SHARE",
			"HHI_EXPORTS", "HHI_IMPORTS", "TOP3_SHARE", "ARTICLES");

	static final int CHAPTERS = 97;

	/** HS sections per year and flow, with "other" and the total. */
	static final int SECTIONS = 23;

	static final int ARTICLES = 100_000;

	static final int EVENTS = 50_000;

	/**
	 * Two quoted figures an article (the benchmark feed has five); generated while written, never held. A
	 * system property sets another number for measurements ({@code -Dlarge.quoted-figures=560000}).
	 */
	static final int RECONCILIATION = Integer.getInteger("large.quoted-figures", 200_000);

	static final int REJECTS = 10_000;

	private LargeModel() {
	}

	static ReportModel build() {
		List<PairReport> pairs = new ArrayList<>(PAIRS);
		List<IndicatorRow> indicators = new ArrayList<>();
		for (int p = 0; p < PAIRS; p++) {
			PairReport pair = pair(p);
			pairs.add(pair);
			for (PeriodFigures figures : pair.periods()) {
				for (int i = 0; i < INDICATORS.size(); i++) {
					String unit = (i < 4) ? "USD" : (i == INDICATORS.size() - 1) ? "COUNT" : "PCT";
					indicators.add(new IndicatorRow(pair.reporter(), pair.partner(), figures.period(), true,
							INDICATORS.get(i), BigDecimal.valueOf(figures.exports().longValue() / (i + 1)), unit));
				}
			}
		}
		LocalDate day = LocalDate.of(2025, 10, 14);
		// articles and quoted figures come from the staging database in a run: generated on each pass here
		RowSource<ArticleRow> articles = action -> {
			for (int i = 1; i <= ARTICLES; i++) {
				action.accept(article(day, i));
			}
		};
		List<EventRow> events = new ArrayList<>(EVENTS);
		for (int i = 1; i <= EVENTS; i++) {
			events.add(new EventRow(day.minusDays(i % 3650), "MEET", "040", List.of("EU", "Country " + (i % 80)),
					"City " + (i % 300), "a-" + (2 * i), "Feed " + (i % 60), "Event reported in article " + (2 * i)));
		}
		RowSource<ReconciliationRow> reconciliation = action -> {
			for (int i = 1; i <= RECONCILIATION; i++) {
				action.accept(quotedFigure(day, i));
			}
		};
		List<RejectRow> rejects = new ArrayList<>(REJECTS);
		for (int i = 1; i <= REJECTS; i++) {
			rejects.add(new RejectRow("trade.csv", i + 1L, "value_usd", "-" + i + "a", "not a number"));
		}
		List<TopicRow> topics = new ArrayList<>();
		for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
			for (int q = 1; q <= 4; q++) {
				for (int t = 0; t < 12; t++) {
					topics.add(new TopicRow(Period.quarter(year, q), "T" + t, "Topic " + t, 100 + t, 50 + t, 8.3));
				}
			}
		}
		ReportModel fixture = ReportFixtures.model();
		return new ReportModel(fixture.run(), pairs, indicators, articles, topics, events, reconciliation,
				new DataQuality(rejects, List.of("a warning"), List.of()), definitions());
	}

	private static ArticleRow article(LocalDate day, int i) {
		return new ArticleRow("a-" + i, day.minusDays(i % 3650), "Feed " + (i % 60),
				"https://example.org/news/" + (2015 + i % 10) + "/" + i + "/trade-and-cooperation", lang(i),
				"Trade and cooperation between partner " + (i % PAIRS) + " and the reporter, report number " + i,
				"s-" + (i / 3), List.of("TRADE", "T" + (i % 12)), List.of("Kazakhstan", "Actor " + (i % 500)),
				List.of("MEET"), List.of("TURNOVER " + (i % 90) + ".1 bn USD 2024"));
	}

	private static ReconciliationRow quotedFigure(LocalDate day, int i) {
		boolean agrees = i % 7 != 0;
		return new ReconciliationRow("a-" + (i / 2 + 1), day.minusDays(i % 3650), "Feed " + (i % 60),
				"Quoted turnover in article " + (i / 2 + 1), "TURNOVER", "LEVEL", "2024", "P" + (i % PAIRS),
				BigDecimal.valueOf(49_700_000_000L + i), "USD", BigDecimal.valueOf(49_700_000_000L),
				agrees ? 0.0 : 3.9, agrees ? Verdict.AGREES : Verdict.DISAGREES,
				agrees ? null : "quoted figure " + i + " disagrees");
	}

	private static String lang(int i) {
		return switch (i % 3) {
			case 0 -> "ru";
			case 1 -> "en";
			default -> "kk";
		};
	}

	private static PairReport pair(int p) {
		String partner = String.format(Locale.ROOT, "P%02d", p);
		List<PeriodFigures> annual = new ArrayList<>();
		List<PeriodFigures> periods = new ArrayList<>();
		int lastYear = FIRST_YEAR + YEARS - 1;
		for (int year = FIRST_YEAR; year <= lastYear; year++) {
			PeriodFigures figures = figures(Period.year(year), 12L * (year - 2000) * (p + 1));
			annual.add(figures);
			periods.add(figures);
		}
		for (int year = lastYear - MONTHLY_YEARS + 1; year <= lastYear; year++) {
			for (int q = 1; q <= 4; q++) {
				periods.add(figures(Period.quarter(year, q), 3L * (year - 2000) * (p + 1) + q));
			}
			for (int m = 1; m <= 12; m++) {
				periods.add(figures(Period.month(year, m), (long) (year - 2000) * (p + 1) + m));
			}
		}
		for (int year = lastYear - 11; year <= lastYear; year++) {
			periods.add(figures(Period.yearToDate(year, 9), 9L * (year - 2000) * (p + 1)));
			periods.add(figures(Period.half(year, 1), 6L * (year - 2000) * (p + 1)));
		}
		List<ProductRow> products = new ArrayList<>();
		for (int year = FIRST_YEAR; year <= lastYear; year++) {
			for (String flow : List.of("export", "import")) {
				for (int c = 1; c <= CHAPTERS; c++) {
					products.add(new ProductRow(Period.year(year), flow, String.format(Locale.ROOT, "%02d", c),
							"Chapter " + c + " of the harmonised system, pair " + partner, c,
							BigDecimal.valueOf(1_000_000_000L / c), 10.0 / c, 1.5, 0.1));
				}
			}
		}
		List<SectionRow> sections = new ArrayList<>();
		for (int year = FIRST_YEAR; year <= lastYear; year++) {
			for (String flow : List.of("export", "import")) {
				for (int s = 1; s <= SECTIONS; s++) {
					sections.add(new SectionRow(Period.year(year), flow, "S" + s, "01–99",
							"Section " + s + " of the harmonised system, pair " + partner,
							BigDecimal.valueOf(2_000_000_000L / s), 20.0 / s, 1.5, 0.3));
				}
			}
		}
		PeriodFigures latest = annual.get(annual.size() - 1);
		PeriodFigures before = annual.get(annual.size() - 2);
		KeyFigures year = new KeyFigures(latest.period(), before.period(), true, true,
				new Figure(latest.exports(), before.exports(), 4.0), new Figure(latest.imports(), before.imports(), 4.0),
				new Figure(latest.turnover(), before.turnover(), 4.0), new Figure(latest.balance(), before.balance(), 4.0),
				300.0, 5.0);
		return new PairReport("KAZ", partner, "Kazakhstan", "Partner " + p, null, annual, periods, year, null, null,
				products, sections);
	}

	private static PeriodFigures figures(Period period, long millions) {
		BigDecimal exports = BigDecimal.valueOf(millions * 3_000_000L);
		BigDecimal imports = BigDecimal.valueOf(millions * 1_000_000L);
		return new PeriodFigures(period, true, exports, imports, 4.2, -1.3, 3.1);
	}

	private static List<IndicatorDefinition> definitions() {
		return INDICATORS.stream()
			.map(code -> new IndicatorDefinition(code, code.toLowerCase(Locale.ROOT), "see methodology", "USD",
					"reporter–partner", "Bureau of National Statistics"))
			.toList();
	}

}
