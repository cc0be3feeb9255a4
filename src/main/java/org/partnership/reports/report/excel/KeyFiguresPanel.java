package org.partnership.reports.report.excel;

import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import org.partnership.reports.period.Period;
import org.partnership.reports.report.Figure;
import org.partnership.reports.report.KeyFigures;
import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.excel.Styles.Kind;

/**
 * The headline panel of one pair: latest year, latest quarter and year to date side by side, each
 * with its period, the comparison period and the YoY change.
 */
final class KeyFiguresPanel {

	/** Columns per panel: current, comparison, YoY. */
	static final int SPAN = 3;

	static final List<String> GROUPS = List.of("Latest year", "Latest quarter", "Year to date");

	static final List<String> ROW_LABELS = List.of("Exports", "Imports", "Turnover (exports + imports)",
			"Balance (exports − imports)", "Coverage ratio (exports ÷ imports)", "Partner share of reporter's trade");

	static final String NOT_AVAILABLE = "n/a";

	private final Cells cells;

	KeyFiguresPanel(Cells cells) {
		this.cells = cells;
	}

	/** Writes the panel from row {@code top} and returns the row after it. */
	int write(Sheet sheet, int top, PairReport pair) {
		List<KeyFigures> panels = Arrays.asList(pair.latestYear(), pair.latestQuarter(), pair.yearToDate());
		Row groups = Cells.row(sheet, top);
		Row periods = Cells.row(sheet, top + 1);
		this.cells.text(groups, 0, "", Kind.HEADER);
		this.cells.text(periods, 0, "US dollars", Kind.HEADER);
		Row[] rows = new Row[ROW_LABELS.size()];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = Cells.row(sheet, top + 2 + i);
			this.cells.text(rows[i], 0, ROW_LABELS.get(i));
		}
		for (int p = 0; p < panels.size(); p++) {
			int col = 1 + p * SPAN;
			for (int c = col; c < col + SPAN; c++) {
				this.cells.text(groups, c, (c == col) ? GROUPS.get(p) : "", Kind.HEADER_CENTER);
			}
			// side by side on a row of its own, the panels' titles cannot overlap another merged region: POI's check
			// (every region against all others, read back from the sheet's XML) grew with the square of the pairs
			sheet.addMergedRegionUnsafe(new CellRangeAddress(top, top, col, col + SPAN - 1));
			KeyFigures figures = panels.get(p);
			if (figures == null) {
				missing(periods, rows, col);
			}
			else {
				panel(periods, rows, col, figures);
			}
		}
		return top + 2 + rows.length;
	}

	private void panel(Row periods, Row[] rows, int col, KeyFigures figures) {
		this.cells.text(periods, col, label(figures.period(), figures.complete()), Kind.HEADER_RIGHT);
		this.cells.text(periods, col + 1, label(figures.comparison(), figures.comparisonComplete()),
				Kind.HEADER_RIGHT);
		this.cells.text(periods, col + 2, "YoY", Kind.HEADER_RIGHT);
		List<Figure> amounts = Arrays.asList(figures.exports(), figures.imports(), figures.turnover(),
				figures.balance());
		for (int i = 0; i < amounts.size(); i++) {
			Figure figure = (amounts.get(i) != null) ? amounts.get(i) : Figure.EMPTY;
			amount(rows[i], col, (figure.current() != null) ? figure.current().doubleValue() : null);
			amount(rows[i], col + 1, (figure.previous() != null) ? figure.previous().doubleValue() : null);
			ratio(rows[i], col + 2, figure.yoyPct(), Kind.PERCENT_CHANGE);
		}
		ratio(rows[4], col, figures.coverageRatioPct(), Kind.PERCENT);
		ratio(rows[5], col, figures.partnerSharePct(), Kind.PERCENT);
	}

	private void missing(Row periods, Row[] rows, int col) {
		for (int c = col; c < col + SPAN; c++) {
			this.cells.text(periods, c, (c == col) ? NOT_AVAILABLE : "", Kind.HEADER_RIGHT);
		}
		for (Row row : rows) {
			this.cells.text(row, col, NOT_AVAILABLE, Kind.NOT_AVAILABLE);
		}
	}

	private void amount(Row row, int col, Double value) {
		if (value == null) {
			this.cells.text(row, col, NOT_AVAILABLE, Kind.NOT_AVAILABLE);
		}
		else {
			this.cells.number(row, col, value, Kind.USD_BILLIONS);
		}
	}

	private void ratio(Row row, int col, Double pct, Kind kind) {
		if (pct == null) {
			this.cells.text(row, col, NOT_AVAILABLE, Kind.NOT_AVAILABLE);
		}
		else {
			this.cells.percent(row, col, pct, kind);
		}
	}

	/** "2024", "Q3 2025", "Jan–Sep 2025", marked when months are missing. */
	static String label(Period period, boolean complete) {
		if (period == null) {
			return NOT_AVAILABLE;
		}
		return complete ? period.label() : period.label() + " (incomplete)";
	}

}
