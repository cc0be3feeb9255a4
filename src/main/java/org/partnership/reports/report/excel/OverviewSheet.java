package org.partnership.reports.report.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.RunInfo;
import org.partnership.reports.report.excel.OverviewCharts.Area;
import org.partnership.reports.report.excel.Styles.Kind;

/**
 * The first sheet: per pair the key-figures panel, four native charts and, below them, the cells the
 * charts read.
 */
final class OverviewSheet {

	static final int LABEL_WIDTH = 34;

	static final int VALUE_WIDTH = 14;

	/** Label column plus three panels of {@link KeyFiguresPanel#SPAN} columns. */
	static final int COLUMNS = 1 + 3 * KeyFiguresPanel.SPAN;

	static final int CHART_HEIGHT = 20;

	/** The left charts span columns A–D, the right ones E–J: about the same width. */
	static final int CHART_SPLIT = 4;

	private final Cells cells;

	OverviewSheet(Cells cells) {
		this.cells = cells;
	}

	void write(XSSFSheet sheet, RunInfo run, List<PairReport> pairs) {
		Layout.width(sheet, 0, LABEL_WIDTH);
		for (int c = 1; c < COLUMNS; c++) {
			Layout.width(sheet, c, VALUE_WIDTH);
		}
		Layout.print(sheet, -1);
		this.cells.text(sheet.createRow(0), 0, "Trade overview", Kind.TITLE);
		Row row = sheet.createRow(1);
		this.cells.text(row, 0, "Run date", Kind.NOTE);
		this.cells.date(row, 1, run.runDate());
		row = sheet.createRow(2);
		this.cells.text(row, 0, "Issued by", Kind.NOTE);
		this.cells.text(row, 1, run.issuingUnit());
		row = sheet.createRow(3);
		this.cells.text(row, 0, "Sources", Kind.NOTE);
		this.cells.text(row, 1, run.sources());
		int r = 5;
		OverviewCharts charts = new OverviewCharts(sheet);
		for (int i = 0; i < pairs.size(); i++) {
			if (i > 0) {
				sheet.setRowBreak(r - 1); // each further pair starts a printed page
			}
			r = pair(sheet, charts, r, pairs.get(i)) + 1;
		}
		if (pairs.isEmpty()) {
			this.cells.text(sheet.createRow(r), 0, "No trade figures in this run.", Kind.NOTE);
		}
	}

	private int pair(XSSFSheet sheet, OverviewCharts charts, int top, PairReport pair) {
		int r = top;
		this.cells.text(sheet.createRow(r++), 0, pairTitle(pair), Kind.SECTION);
		if (pair.compositionNote() != null && !pair.compositionNote().isBlank()) {
			this.cells.text(sheet.createRow(r++), 0, pair.compositionNote(), Kind.NOTE);
		}
		this.cells.text(sheet.createRow(r++), 0, "Exports and imports of " + name(pair.reporterName(), pair.reporter())
				+ " with " + name(pair.partnerName(), pair.partner())
				+ ", US dollars (bn = billion). YoY: change against the comparison period, one year earlier.",
				Kind.NOTE);
		r = new KeyFiguresPanel(this.cells).write(sheet, r, pair) + 1;

		boolean annual = !pair.annual().isEmpty();
		boolean products = ChartData.productYear(pair).map(y -> !ChartData.topProducts(pair, y).isEmpty()).orElse(false);
		int chartTop = r;
		int chartRows = (annual ? 1 : 0) + (products ? 1 : 0);
		int dataTop = chartTop + chartRows * CHART_HEIGHT + 1;
		// the charts sit above their data, so the data go first (data sources read the cells)
		ChartData.Written data = new ChartData(this.cells).write(sheet, dataTop, pair);
		if (data.annual() != null) {
			charts.turnoverTrend(new Area(0, r, CHART_SPLIT, r + CHART_HEIGHT - 1), data.annual());
			charts.exportsVsImports(new Area(CHART_SPLIT, r, COLUMNS, r + CHART_HEIGHT - 1), data.annual());
			r += CHART_HEIGHT;
			if (products) {
				sheet.setRowBreak(r - 1); // print: the product charts start a page rather than split
			}
		}
		sheet.setRowBreak(dataTop - 1);
		for (int i = 0; i < data.products().size() && i < 2; i++) {
			ChartData.Products flow = data.products().get(i);
			int left = (i == 0) ? 0 : CHART_SPLIT;
			int right = (i == 0) ? CHART_SPLIT : COLUMNS;
			charts.topProducts(new Area(left, r, right, r + CHART_HEIGHT - 1), flow, flow.exports());
		}
		return data.nextRow();
	}

	/** "Kazakhstan – European Union (27) (KAZ–EU27)". */
	static String pairTitle(PairReport pair) {
		return name(pair.reporterName(), pair.reporter()) + " – " + name(pair.partnerName(), pair.partner()) + " ("
				+ pair.reporter() + "–" + pair.partner() + ")";
	}

	private static String name(String name, String code) {
		return (name == null || name.isBlank()) ? code : name;
	}

}
