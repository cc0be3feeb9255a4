package org.partnership.reports.indicators;

import java.util.List;

import org.partnership.reports.report.IndicatorDefinition;

/** Definitions printed in the workbook's About sheet: formula, unit, scope and source of every indicator. */
public final class IndicatorDefinitions {

	private static final String BILATERAL = "bilateral flow of the reporter with the partner";

	private static final String FEED = "trade feed";

	private static final String SECTIONS = FEED + "; HS sections: reference/hs-sections.csv";

	private IndicatorDefinitions() {
	}

	public static List<IndicatorDefinition> all() {
		return List.of(
				new IndicatorDefinition("EXPORTS", "Exports (X)", "sum of export values of the period", "USD", BILATERAL, FEED),
				new IndicatorDefinition("IMPORTS", "Imports (M)", "sum of import values of the period", "USD", BILATERAL, FEED),
				new IndicatorDefinition("TURNOVER", "Trade turnover (total trade)", "X + M", "USD", BILATERAL, FEED),
				new IndicatorDefinition("BALANCE", "Trade balance", "X − M", "USD", BILATERAL, FEED),
				new IndicatorDefinition("EXPORTS_YOY", "Exports, year-on-year change",
						"(X_t / X_t−1y − 1) × 100; blank when either period is incomplete or missing", "%", BILATERAL, FEED),
				new IndicatorDefinition("IMPORTS_YOY", "Imports, year-on-year change", "(M_t / M_t−1y − 1) × 100", "%",
						BILATERAL, FEED),
				new IndicatorDefinition("TURNOVER_YOY", "Turnover, year-on-year change", "(T_t / T_t−1y − 1) × 100", "%",
						BILATERAL, FEED),
				new IndicatorDefinition("COVERAGE_RATIO", "Coverage (cover) ratio", "X / M × 100; n/a when M = 0", "%",
						BILATERAL, FEED),
				new IndicatorDefinition("RELATIVE_BALANCE", "Relative trade balance", "(X − M) / (X + M) × 100", "%",
						BILATERAL, FEED),
				new IndicatorDefinition("EXPORT_SHARE_OF_TURNOVER", "Export share of turnover", "X / (X + M) × 100", "%",
						BILATERAL, FEED),
				new IndicatorDefinition("PARTNER_SHARE_OF_TURNOVER", "Partner share of the reporter's trade",
						"T(reporter, partner) / T(reporter, WLD) × 100; only when the feed carries world totals", "%",
						"reporter's trade with the world", FEED + " (partner WLD)"),
				new IndicatorDefinition("PARTNER_RANK", "Partner rank by turnover",
						"1 + number of the reporter's other partners with a larger turnover (a group ranked as one bloc, its members excluded); years only, when world totals and other partners are in the feed",
						"rank", "reporter's partners in the feed", FEED),
				new IndicatorDefinition("TURNOVER_CAGR_5Y", "Turnover, compound annual growth over 5 years",
						"((T_y / T_y−5)^(1/5) − 1) × 100", "%", BILATERAL, FEED),
				new IndicatorDefinition("TURNOVER_CAGR_10Y", "Turnover, compound annual growth over 10 years",
						"((T_y / T_y−10)^(1/10) − 1) × 100", "%", BILATERAL, FEED),
				new IndicatorDefinition("EXPORTS_CAGR_5Y", "Exports, CAGR over 5 years", "((X_y / X_y−5)^(1/5) − 1) × 100",
						"%", BILATERAL, FEED),
				new IndicatorDefinition("IMPORTS_CAGR_5Y", "Imports, CAGR over 5 years", "((M_y / M_y−5)^(1/5) − 1) × 100",
						"%", BILATERAL, FEED),
				new IndicatorDefinition("EXPORTS_CAGR_10Y", "Exports, CAGR over 10 years",
						"((X_y / X_y−10)^(1/10) − 1) × 100", "%", BILATERAL, FEED),
				new IndicatorDefinition("IMPORTS_CAGR_10Y", "Imports, CAGR over 10 years",
						"((M_y / M_y−10)^(1/10) − 1) × 100", "%", BILATERAL, FEED),
				new IndicatorDefinition("EXPORTS_HHI", "Product concentration of exports (Herfindahl–Hirschman)",
						"Σ s_k² over the top-level commodity codes of the year, shares as fractions (0..1), not normalised",
						"ratio", "bilateral export flow only, not the reporter's total exports", FEED),
				new IndicatorDefinition("EXPORTS_CONTRIBUTION_HS_<section>", "Contribution to export growth by HS section",
						"(x_s,y − x_s,y−1) / X_y−1 × 100, x_s = the section's chapters; a section absent in one year counts "
								+ "as 0 when that year has a commodity breakdown, blank without a breakdown the year before; "
								+ "adds up to EXPORTS_YOY. Sections I–XXI, OTHER = chapters 98–99, 77 and unknown, "
								+ "UNALLOCATED = X minus its chapters",
						"pp", "bilateral export flow", SECTIONS),
				new IndicatorDefinition("IMPORTS_CONTRIBUTION_HS_<section>", "Contribution to import growth by HS section",
						"(m_s,y − m_s,y−1) / M_y−1 × 100, as for exports; adds up to IMPORTS_YOY", "pp",
						"bilateral import flow", SECTIONS),
				new IndicatorDefinition("FDI_INFLOW", "Gross direct investment inflow",
						"sum of gross inflows of the year from the partner into the reporter (optional investment.csv)",
						"USD", "gross flows, not net and not a stock", "investment feed"),
				new IndicatorDefinition("FDI_INFLOW_CUMULATIVE_SINCE_<year>", "Cumulative gross inflow",
						"sum of the gross inflows from the first year of the feed through the period; blank if a month is missing",
						"USD", "gross flows, cumulated: not a stock", "investment feed"),
				new IndicatorDefinition("FDI_OUTFLOW", "Gross direct investment outflow",
						"sum of gross outflows of the year from the reporter into the partner", "USD", "gross flows",
						"investment feed"),
				new IndicatorDefinition("ARTICLES", "Articles", "number of accepted articles published in the period",
						"count", "article feed", "article feed"));
	}

}
