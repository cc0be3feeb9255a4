package org.partnership.reports.report;

/** How an indicator is computed, for the workbook's About sheet and the briefing's notes. */
public record IndicatorDefinition(String code, String name, String formula, String unit, String scope,
		String source) {

}
