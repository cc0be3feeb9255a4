package org.partnership.reports.report.excel;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The Overview charts are native charts whose series point at cells holding the model's numbers. */
class OverviewChartsTests {

	@TempDir
	static Path dir;

	static XSSFWorkbook workbook;

	static XSSFSheet overview;

	static List<XSSFChart> charts;

	@BeforeAll
	static void writeFixture() throws Exception {
		Path file = dir.resolve("charts.xlsx");
		new WorkbookWriter().write(ReportFixtures.model(), file);
		workbook = Workbooks.open(file);
		overview = workbook.getSheet("Overview");
		charts = overview.getDrawingPatriarch().getCharts();
	}

	@AfterAll
	static void close() throws Exception {
		workbook.close();
	}

	@Test
	void overviewHasFourChartsAndNoPictures() {
		assertThat(charts).hasSize(4);
		assertThat(charts).extracting(chart -> chart.getTitleText().getString())
			.containsExactly("Turnover, annual (USD)", "Exports and imports, annual (USD)",
					"Top export products, 2024 (USD)", "Top import products, 2024 (USD)");
		assertThat(overview.getDrawingPatriarch().getShapes()).hasSize(4);
		assertThat(workbook.getAllPictures()).isEmpty();
	}

	@Test
	void turnoverTrendIsALineOverTheAnnualCells() {
		XDDFChartData data = charts.get(0).getChartSeries().get(0);
		assertThat(data).isInstanceOf(XDDFLineChartData.class);
		XDDFChartData.Series turnover = data.getSeries(0);
		assertThat(turnover.getCategoryData().getDataRangeReference()).isEqualTo("Overview!$A$61:$A$70");
		assertThat(turnover.getValuesData().getDataRangeReference()).isEqualTo("Overview!$D$61:$D$70");
		// the referenced cells hold the years and the turnover of the model
		assertThat(column("A61:A70")).containsExactly(2015d, 2016d, 2017d, 2018d, 2019d, 2020d, 2021d, 2022d, 2023d,
				2024d);
		assertThat(column("D61:D70")).endsWith(42_514_970_060d, 49_700_000_000d);
		assertThat(overview.getRow(59).getCell(3).getStringCellValue()).isEqualTo("Turnover");
		// and the chart caches the same values for viewers that do not read the cells
		assertThat(turnover.getValuesData().getPointCount()).isEqualTo(10);
		assertThat(turnover.getValuesData().getPointAt(9)).isEqualTo(49_700_000_000d);
		// read back, POI returns the cached categories as text
		assertThat(Double.valueOf(String.valueOf(turnover.getCategoryData().getPointAt(0)))).isEqualTo(2015d);
	}

	@Test
	void exportsAndImportsAreClusteredColumns() {
		XDDFBarChartData data = (XDDFBarChartData) charts.get(1).getChartSeries().get(0);
		assertThat(data.getBarDirection()).isEqualTo(BarDirection.COL);
		assertThat(data.getSeriesCount()).isEqualTo(2);
		XDDFChartData.Series exports = data.getSeries(0);
		XDDFChartData.Series imports = data.getSeries(1);
		assertThat(exports.getCategoryData().getDataRangeReference()).isEqualTo("Overview!$A$61:$A$70");
		assertThat(exports.getValuesData().getDataRangeReference()).isEqualTo("Overview!$B$61:$B$70");
		assertThat(imports.getValuesData().getDataRangeReference()).isEqualTo("Overview!$C$61:$C$70");
		assertThat(exports.getValuesData().getPointAt(9)).isEqualTo(38_600_000_000d);
		assertThat(imports.getValuesData().getPointAt(9)).isEqualTo(11_100_000_000d);
		assertThat(column("B61:B70")).endsWith(38_600_000_000d);
		assertThat(column("C61:C70")).endsWith(11_100_000_000d);
	}

	@Test
	void topProductsAreHorizontalBarsOverTheProductCells() {
		XDDFBarChartData exports = (XDDFBarChartData) charts.get(2).getChartSeries().get(0);
		assertThat(exports.getBarDirection()).isEqualTo(BarDirection.BAR);
		XDDFChartData.Series series = exports.getSeries(0);
		assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("Overview!$A$74:$A$83");
		assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("Overview!$D$74:$D$83");
		assertThat(series.getCategoryData().getPointAt(0)).isEqualTo("HS 27 Mineral fuels, mineral oils and pro…");
		assertThat(series.getValuesData().getPointAt(0)).isEqualTo(30_339_600_000d);
		assertThat(overview.getRow(73).getCell(3).getNumericCellValue()).isEqualTo(30_339_600_000d);

		XDDFChartData.Series imports = charts.get(3).getChartSeries().get(0).getSeries(0);
		assertThat(imports.getCategoryData().getDataRangeReference()).isEqualTo("Overview!$A$87:$A$96");
		assertThat(imports.getValuesData().getPointCount()).isEqualTo(ChartData.TOP_PRODUCTS);
		assertThat(imports.getValuesData().getPointAt(0)).isEqualTo(3_707_400_000d);
	}

	@Test
	void valueAxesShowBillions() {
		for (XSSFChart chart : charts) {
			assertThat(chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().getFormatCode())
				.isEqualTo(OverviewCharts.AXIS_BILLIONS);
			assertThat(chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().getSourceLinked()).isFalse();
		}
	}

	private static List<Double> column(String range) {
		CellRangeAddress cells = CellRangeAddress.valueOf(range);
		return IntStream.rangeClosed(cells.getFirstRow(), cells.getLastRow())
			.mapToObj(r -> overview.getRow(r).getCell(cells.getFirstColumn()).getNumericCellValue())
			.toList();
	}

}
