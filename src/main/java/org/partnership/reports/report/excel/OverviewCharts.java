package org.partnership.reports.report.excel;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.text.XDDFTextRun;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;

/**
 * Native Excel charts (DrawingML, not pictures) over the {@link ChartData} ranges. The data sources
 * read the cells, so each series carries its cell reference and a cache of the values.
 */
final class OverviewCharts {

	/** Axis labels in billions, like the cells: 38,600,000,000 → "39 bn". */
	static final String AXIS_BILLIONS = "#,##0,,,\" bn\"";

	private static final byte[] EXPORTS = { (byte) 0x1F, (byte) 0x4E, (byte) 0x79 };

	private static final byte[] IMPORTS = { (byte) 0xED, (byte) 0x7D, (byte) 0x31 };

	private final XSSFSheet sheet;

	OverviewCharts(XSSFSheet sheet) {
		this.sheet = sheet;
	}

	/** Cell area a chart covers: columns [col1, col2), rows [row1, row2). */
	record Area(int col1, int row1, int col2, int row2) {
	}

	void turnoverTrend(Area area, ChartData.Annual data) {
		XSSFChart chart = chart(area, "Turnover, annual (USD)");
		chart.deleteLegend();
		XDDFCategoryAxis years = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis values = valueAxis(chart, AxisPosition.LEFT);
		XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, years, values);
		line.setVaryColors(false);
		XDDFLineChartData.Series series = (XDDFLineChartData.Series) line.addSeries(numbers(data.years()),
				numbers(data.turnover()));
		series.setTitle(title(data.turnoverTitle()), absolute(data.turnoverTitle()));
		series.setSmooth(false);
		series.setMarkerStyle(MarkerStyle.CIRCLE);
		XDDFShapeProperties shape = new XDDFShapeProperties();
		XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(EXPORTS)));
		stroke.setWidth(2.25);
		shape.setLineProperties(stroke);
		series.setShapeProperties(shape);
		plot(chart, line);
	}

	void exportsVsImports(Area area, ChartData.Annual data) {
		XSSFChart chart = chart(area, "Exports and imports, annual (USD)");
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis years = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis values = valueAxis(chart, AxisPosition.LEFT);
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, years, values);
		bars.setBarDirection(BarDirection.COL);
		bars.setBarGrouping(BarGrouping.CLUSTERED);
		bars.setVaryColors(false);
		bars.setGapWidth(60);
		XDDFDataSource<Double> categories = numbers(data.years());
		fill(bars.addSeries(categories, numbers(data.exports())), data.exportsTitle(), EXPORTS);
		fill(bars.addSeries(categories, numbers(data.imports())), data.importsTitle(), IMPORTS);
		plot(chart, bars);
	}

	void topProducts(Area area, ChartData.Products data, boolean exports) {
		XSSFChart chart = chart(area, data.title() + " (USD)");
		chart.deleteLegend();
		XDDFCategoryAxis products = chart.createCategoryAxis(AxisPosition.LEFT);
		// rank 1 on top: reverse the categories and keep the value axis at the bottom
		products.setOrientation(AxisOrientation.MAX_MIN);
		XDDFValueAxis values = valueAxis(chart, AxisPosition.BOTTOM);
		values.setCrosses(AxisCrosses.MAX);
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, products, values);
		bars.setBarDirection(BarDirection.BAR);
		bars.setVaryColors(false);
		bars.setGapWidth(40);
		fill(bars.addSeries(XDDFDataSourcesFactory.fromStringCellRange(this.sheet, data.labels()),
				numbers(data.values())), data.valueTitle(), exports ? EXPORTS : IMPORTS);
		plot(chart, bars);
	}

	/**
	 * Each series written into the chart, as {@code chart.plot(data)} writes series whose data are cell ranges,
	 * without the empty workbook POI makes for the chart first (an embedded workbook it never saves: a fifth of
	 * the Overview sheet's time, two charts or three for each of 60 pairs). POI links axis formats to the source
	 * cells (bug 67510); they are unlinked so that the axis format applies.
	 */
	private static void plot(XSSFChart chart, XDDFChartData data) {
		for (int i = 0; i < data.getSeriesCount(); i++) {
			data.getSeries(i).plot();
		}
		for (CTValAx axis : chart.getCTChart().getPlotArea().getValAxList()) {
			if (axis.isSetNumFmt()) {
				axis.getNumFmt().setSourceLinked(false);
			}
		}
	}

	private XSSFChart chart(Area area, String title) {
		// created on the first chart (and then returned again): a sheet without charts gets no drawing part
		XSSFDrawing drawing = this.sheet.createDrawingPatriarch();
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, area.col1(), area.row1(), area.col2(), area.row2());
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		// the default 18 pt title crowds a chart of this size
		for (XDDFTextRun run : chart.getTitle().getBody().getParagraph(0).getTextRuns()) {
			run.setFontSize(12.0);
		}
		chart.setAutoTitleDeleted(false);
		return chart;
	}

	private static XDDFValueAxis valueAxis(XSSFChart chart, AxisPosition position) {
		XDDFValueAxis axis = chart.createValueAxis(position);
		axis.setCrosses(AxisCrosses.AUTO_ZERO);
		axis.setCrossBetween(AxisCrossBetween.BETWEEN);
		// set explicitly: the axis would otherwise show raw dollars
		axis.setNumberFormat(AXIS_BILLIONS);
		XDDFLineProperties grid = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.LIGHT_GRAY)));
		axis.getOrAddMajorGridProperties().setLineProperties(grid);
		return axis;
	}

	private void fill(XDDFChartData.Series series, CellReference titleCell, byte[] rgb) {
		series.setTitle(title(titleCell), absolute(titleCell));
		XDDFShapeProperties shape = new XDDFShapeProperties();
		shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
		series.setShapeProperties(shape);
	}

	private XDDFNumericalDataSource<Double> numbers(CellRangeAddress range) {
		return XDDFDataSourcesFactory.fromNumericCellRange(this.sheet, range);
	}

	private String title(CellReference cell) {
		return this.sheet.getRow(cell.getRow()).getCell(cell.getCol()).getStringCellValue();
	}

	/** Series titles need a sheet-qualified reference ('Overview'!$B$31). */
	private CellReference absolute(CellReference cell) {
		return new CellReference(this.sheet.getSheetName(), cell.getRow(), cell.getCol(), true, true);
	}

}
