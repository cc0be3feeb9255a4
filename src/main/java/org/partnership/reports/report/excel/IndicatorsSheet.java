package org.partnership.reports.report.excel;

import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.apache.poi.xssf.usermodel.XSSFTableStyleInfo;

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

	static final List<Column> COLUMNS = List.of(new Column("Reporter", 10), new Column("Partner", 10),
			new Column("Period", 11), new Column("Period type", 12), new Column("Period start", 13),
			new Column("Complete", 11), new Column("Indicator", 30), Column.number("Value", 20), new Column("Unit", 9));

	static final String TABLE_STYLE = "TableStyleMedium2";

	private final Cells cells;

	IndicatorsSheet(Cells cells) {
		this.cells = cells;
	}

	/**
	 * @param sheet the sheet the rows go to (streamed)
	 * @param tableSheet the XSSF sheet behind {@code sheet}, which carries the table part
	 */
	void write(Sheet sheet, XSSFSheet tableSheet, List<IndicatorRow> indicators, String tableName) {
		Layout.widths(sheet, COLUMNS);
		// plain header cells: the table style colours them
		Layout.header(this.cells, Cells.row(sheet, 0), COLUMNS, Kind.TEXT);
		RowLimit limit = new RowLimit(sheet, 1, RowLimit.EXCEL_ROWS);
		for (IndicatorRow indicator : indicators) {
			Row row = limit.next();
			if (row == null) {
				continue;
			}
			this.cells.text(row, 0, indicator.reporter());
			this.cells.text(row, 1, indicator.partner());
			this.cells.text(row, 2, indicator.period().code());
			this.cells.text(row, 3, indicator.period().type().name());
			this.cells.date(row, 4, indicator.period().start());
			this.cells.flag(row, 5, indicator.complete());
			this.cells.text(row, 6, indicator.indicator());
			this.cells.number(row, 7, Units.value(indicator.unit(), indicator.value()), Units.kind(indicator.unit()));
			this.cells.text(row, 8, indicator.unit(), Kind.CENTERED);
		}
		// a table needs one data row, even an empty one
		int lastRow = Math.max(1, limit.end() - 1);
		Cells.row(sheet, lastRow);
		table(tableSheet, tableName, lastRow);
		limit.close(this.cells, "indicator rows", "narrow the run with --pairs");
		sheet.createFreezePane(0, 1);
		Layout.print(sheet, 0);
	}

	private static void table(XSSFSheet sheet, String name, int lastRow) {
		CellRangeAddress range = new CellRangeAddress(0, lastRow, 0, COLUMNS.size() - 1);
		XSSFTable table = sheet.createTable(new AreaReference(new CellReference(0, 0),
				new CellReference(lastRow, COLUMNS.size() - 1), SpreadsheetVersion.EXCEL2007));
		table.setName(name);
		table.setDisplayName(name);
		table.setStyleName(TABLE_STYLE);
		XSSFTableStyleInfo style = (XSSFTableStyleInfo) table.getStyle();
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
