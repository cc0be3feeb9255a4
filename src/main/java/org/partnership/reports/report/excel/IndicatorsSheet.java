package org.partnership.reports.report.excel;

import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

import org.partnership.reports.report.IndicatorRow;
import org.partnership.reports.report.excel.Layout.Column;
import org.partnership.reports.report.excel.Styles.Kind;

/**
 * The long indicator table as an Excel table: one row per period × reporter × partner × indicator.
 * The rows are streamed; the table part lives on the streamed sheet's backing XSSF sheet, which holds
 * no rows, so the column names are set here from the same headers the header cells carry (POI would
 * otherwise read them from header cells it cannot see, and Excel repairs a table whose column names
 * differ from its header cells).
 */
final class IndicatorsSheet {

	static final List<Column> COLUMNS = List.of(Column.category("Reporter", 10), Column.category("Partner", 10),
			Column.category("Period", 11), Column.category("Period type", 12), new Column("Period start", 13),
			Column.category("Complete", 11), Column.category("Indicator", 30), Column.number("Value", 20),
			Column.category("Unit", 9));

	static final String TABLE_STYLE = "TableStyleMedium2";

	private final Cells cells;

	IndicatorsSheet(Cells cells) {
		this.cells = cells;
	}

	/**
	 * @param sheet the sheet the header goes to (streamed)
	 * @param tableSheet the XSSF sheet behind {@code sheet}, which carries the table part
	 * @param rows where the indicator rows go, as XML bytes ({@link ListRows}): 60 pairs' trade and article
	 * indicators per month, quarter and year are hundreds of thousands of rows
	 */
	void write(Sheet sheet, XSSFSheet tableSheet, ListRows rows, List<IndicatorRow> indicators, String tableName)
			throws IOException {
		Layout.widths(sheet, COLUMNS);
		// plain header cells: the table style colours them
		Layout.header(this.cells, Cells.row(sheet, 0), COLUMNS, Kind.TEXT);
		for (IndicatorRow indicator : indicators) {
			XmlCells row = rows.next();
			if (row == null) {
				continue;
			}
			row.text(0, indicator.reporter());
			row.text(1, indicator.partner());
			row.text(2, indicator.period().code());
			row.text(3, indicator.period().type().name());
			row.date(4, indicator.period().start());
			row.text(5, indicator.complete() ? Cells.YES : Cells.NO, Kind.CENTERED, false);
			row.text(6, indicator.indicator());
			row.number(7, Units.value(indicator.unit(), indicator.value()), Units.kind(indicator.unit()), false);
			row.text(8, indicator.unit(), Kind.CENTERED, false);
		}
		if (rows.end() == 1) {
			Cells.row(sheet, 1); // a table needs one data row, even an empty one
		}
		table(tableSheet, tableName, Math.max(1, rows.end() - 1));
		rows.finish("indicator rows", "narrow the run with --pairs");
		sheet.createFreezePane(0, 1);
		Layout.print(sheet, 0);
	}

	private static void table(XSSFSheet sheet, String name, int lastRow) {
		CellRangeAddress range = new CellRangeAddress(0, lastRow, 0, COLUMNS.size() - 1);
		XSSFTable table = sheet.createTable(new AreaReference(new CellReference(0, 0),
				new CellReference(lastRow, COLUMNS.size() - 1), SpreadsheetVersion.EXCEL2007));
		table.setName(name);
		table.setDisplayName(name);
		// the style info set on the table's XML: POI's setStyleName and getStyle parse every built-in table
		// style first (half a second per run)
		CTTableStyleInfo style = table.getCTTable().isSetTableStyleInfo() ? table.getCTTable().getTableStyleInfo()
				: table.getCTTable().addNewTableStyleInfo();
		style.setName(TABLE_STYLE);
		style.setShowRowStripes(true);
		style.setShowColumnStripes(false);
		if (!table.getCTTable().isSetAutoFilter()) {
			table.getCTTable().addNewAutoFilter();
		}
		table.getCTTable().getAutoFilter().setRef(range.formatAsString());
		List<XSSFTableColumn> columns = table.getColumns();
		for (int c = 0; c < COLUMNS.size(); c++) {
			columns.get(c).setName(COLUMNS.get(c).header());
		}
	}

}
