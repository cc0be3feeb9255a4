package org.partnership.reports.report.excel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import org.partnership.reports.period.Period;
import org.partnership.reports.period.PeriodType;
import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.PeriodFigures;
import org.partnership.reports.report.excel.Styles.Kind;

/**
 * Trade of each pair wide by period: one block per period type (annual first), rows for exports,
 * imports, turnover, balance and the YoY changes, one column per period. Streamed: rows are created
 * top to bottom and a block needs only its own nine rows at a time.
 */
final class TradeSheet {

	static final int LABEL_WIDTH = 30;

	static final int VALUE_WIDTH = 14;

	static final List<String> ROW_LABELS = List.of("Exports (USD)", "Imports (USD)", "Turnover = exports + imports",
			"Balance = exports − imports", "Exports YoY", "Imports YoY", "Turnover YoY", "Complete period");

	private static final Map<PeriodType, String> BLOCK_TITLES = new EnumMap<>(Map.of(PeriodType.YEAR, "Annual",
			PeriodType.YTD, "Year to date", PeriodType.ROLLING_12, "Rolling 12 months", PeriodType.HALF,
			"Half-yearly", PeriodType.QUARTER, "Quarterly", PeriodType.MONTH, "Monthly"));

	private final Cells cells;

	TradeSheet(Cells cells) {
		this.cells = cells;
	}

	void write(Sheet sheet, List<PairReport> pairs) {
		this.cells.text(sheet.createRow(0), 0, "Trade by period (US dollars, shown in millions)", Kind.TITLE);
		this.cells.text(sheet.createRow(1), 0,
				"Turnover and balance are formulas over the exports and imports cells above them.", Kind.NOTE);
		this.cells.text(sheet.createRow(2), 0,
				"YoY compares with the same period one year earlier. Empty = not available; * = months missing.",
				Kind.NOTE);
		int r = 4;
		int widest = 0;
		for (PairReport pair : pairs) {
			this.cells.text(sheet.createRow(r++), 0, OverviewSheet.pairTitle(pair), Kind.SECTION);
			if (pair.compositionNote() != null && !pair.compositionNote().isBlank()) {
				this.cells.text(sheet.createRow(r++), 0, pair.compositionNote(), Kind.NOTE);
			}
			r = block(sheet, r, BLOCK_TITLES.get(PeriodType.YEAR), pair.annual());
			widest = Math.max(widest, pair.annual().size());
			for (Map.Entry<PeriodType, List<PeriodFigures>> entry : byType(pair).entrySet()) {
				r = block(sheet, r, BLOCK_TITLES.get(entry.getKey()), entry.getValue());
				widest = Math.max(widest, entry.getValue().size());
			}
		}
		Layout.width(sheet, 0, LABEL_WIDTH);
		for (int c = 1; c <= widest; c++) {
			Layout.width(sheet, c, VALUE_WIDTH);
		}
		sheet.createFreezePane(1, 0);
		print(sheet);
	}

	/** Writes one block and returns the row after it (and a blank line). */
	private int block(Sheet sheet, int top, String title, List<PeriodFigures> periods) {
		if (periods.isEmpty()) {
			return top;
		}
		Row header = sheet.createRow(top);
		this.cells.text(header, 0, title, Kind.HEADER);
		Row[] rows = new Row[ROW_LABELS.size()];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = sheet.createRow(top + 1 + i);
			this.cells.text(rows[i], 0, ROW_LABELS.get(i));
		}
		for (int i = 0; i < periods.size(); i++) {
			PeriodFigures figures = periods.get(i);
			int col = i + 1;
			this.cells.text(header, col, figures.period().label() + (figures.complete() ? "" : " *"),
					Kind.HEADER_RIGHT);
			this.cells.number(rows[0], col, figures.exports(), Kind.USD_MILLIONS);
			this.cells.number(rows[1], col, figures.imports(), Kind.USD_MILLIONS);
			if (figures.turnover() != null) {
				String exports = new CellReference(rows[0].getRowNum(), col).formatAsString();
				String imports = new CellReference(rows[1].getRowNum(), col).formatAsString();
				this.cells.formula(rows[2], col, exports + "+" + imports, figures.turnover().doubleValue(),
						Kind.USD_MILLIONS);
				this.cells.formula(rows[3], col, exports + "-" + imports, figures.balance().doubleValue(),
						Kind.USD_MILLIONS);
			}
			this.cells.percent(rows[4], col, figures.exportsYoyPct(), Kind.PERCENT_CHANGE);
			this.cells.percent(rows[5], col, figures.importsYoyPct(), Kind.PERCENT_CHANGE);
			this.cells.percent(rows[6], col, figures.turnoverYoyPct(), Kind.PERCENT_CHANGE);
			this.cells.flag(rows[7], col, figures.complete());
		}
		return top + rows.length + 2;
	}

	/** Periods other than years, grouped by type from coarse to fine, each in time order. */
	private static Map<PeriodType, List<PeriodFigures>> byType(PairReport pair) {
		Map<PeriodType, TreeMap<Period, PeriodFigures>> grouped = new EnumMap<>(PeriodType.class);
		for (PeriodFigures figures : pair.periods()) {
			if (figures.period().type() != PeriodType.YEAR) {
				grouped.computeIfAbsent(figures.period().type(), t -> new TreeMap<>()).put(figures.period(), figures);
			}
		}
		Map<PeriodType, List<PeriodFigures>> result = new EnumMap<>(PeriodType.class);
		grouped.forEach((type, map) -> result.put(type, List.copyOf(map.values())));
		return result;
	}

	/** Too wide for one page: print across pages with the row labels repeated on each. */
	private static void print(Sheet sheet) {
		PrintSetup setup = sheet.getPrintSetup();
		setup.setLandscape(true);
		setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
		sheet.getFooter().setCenter("&A – page &P of &N");
	}

}
