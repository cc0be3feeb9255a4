package org.partnership.reports.report.excel;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.partnership.reports.report.excel.Styles.Kind;

/**
 * Writes typed values into cells of streamed and in-memory sheets alike. Every text passes through
 * {@link SafeText}, numbers stay numbers, {@code null} leaves an empty cell (never 0).
 */
final class Cells {

	static final String YES = "yes";

	static final String NO = "no";

	private final Styles styles;

	Cells(Styles styles) {
		this.styles = styles;
	}

	Styles styles() {
		return this.styles;
	}

	/** The row, created if it does not exist yet (streamed sheets only ever create). */
	static Row row(Sheet sheet, int index) {
		Row row = sheet.getRow(index);
		return (row != null) ? row : sheet.createRow(index);
	}

	Cell text(Row row, int col, String value) {
		return text(row, col, value, Kind.TEXT, false);
	}

	Cell text(Row row, int col, String value, Kind kind) {
		return text(row, col, value, kind, false);
	}

	Cell text(Row row, int col, String value, Kind kind, boolean highlight) {
		Cell cell = row.createCell(col);
		String safe = SafeText.forCell(value);
		if (safe != null && !safe.isEmpty()) {
			cell.setCellValue(safe);
		}
		cell.setCellStyle(this.styles.get(kind, highlight, SafeText.looksLikeFormula(safe)));
		return cell;
	}

	Cell number(Row row, int col, BigDecimal value, Kind kind) {
		return number(row, col, value, kind, false);
	}

	Cell number(Row row, int col, BigDecimal value, Kind kind, boolean highlight) {
		return number(row, col, (value != null) ? Double.valueOf(value.doubleValue()) : null, kind, highlight);
	}

	Cell number(Row row, int col, Double value, Kind kind) {
		return number(row, col, value, kind, false);
	}

	Cell number(Row row, int col, Double value, Kind kind, boolean highlight) {
		Cell cell = row.createCell(col);
		if (value != null && Double.isFinite(value)) {
			cell.setCellValue(value);
		}
		cell.setCellStyle(this.styles.get(kind, highlight, false));
		return cell;
	}

	Cell number(Row row, int col, long value, Kind kind) {
		return number(row, col, Double.valueOf(value), kind, false);
	}

	/** A percent value of the model (16.9) stored as the fraction Excel formats as a percentage (0.169). */
	Cell percent(Row row, int col, Double pct, Kind kind) {
		return percent(row, col, pct, kind, false);
	}

	Cell percent(Row row, int col, Double pct, Kind kind, boolean highlight) {
		return number(row, col, Percent.fraction(pct), kind, highlight);
	}

	Cell date(Row row, int col, LocalDate value) {
		return date(row, col, value, false);
	}

	Cell date(Row row, int col, LocalDate value, boolean highlight) {
		Cell cell = row.createCell(col);
		if (value != null) {
			cell.setCellValue(value);
		}
		cell.setCellStyle(this.styles.get(Kind.DATE, highlight, false));
		return cell;
	}

	/**
	 * "yes" or "no": a boolean cell would show TRUE in Excel but 1 in LibreOffice when the style
	 * carries a number format.
	 */
	Cell flag(Row row, int col, boolean value) {
		return text(row, col, value ? YES : NO, Kind.CENTERED);
	}

	/** A formula with the value it evaluates to, so viewers that do not recalculate still show it. */
	Cell formula(Row row, int col, String formula, double cached, Kind kind) {
		Cell cell = row.createCell(col);
		cell.setCellFormula(formula);
		cell.setCellValue(cached);
		cell.setCellStyle(this.styles.get(kind));
		return cell;
	}

}
