package org.partnership.reports.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfTemplate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The briefing's charts: JFreeChart drawn as vectors on a {@link PdfTemplate} through
 * {@link PdfGraphics2D}, with the document's embedded fonts (via the {@link FontMapper}), a flat
 * theme and opaque colours only. The layout places the result as a form XObject, never a bitmap.
 */
final class BriefingCharts {

	private final Locale locale;

	private final FontMapper fontMapper;

	BriefingCharts(Locale locale, FontMapper fontMapper) {
		this.locale = locale;
		this.fontMapper = fontMapper;
	}

	/** Exports and imports as bars, turnover as a line, in bn USD; the last turnover value labelled. */
	JFreeChart trend(List<BriefingContent.TrendPoint> points, String exports, String imports, String turnover,
			String unit) {
		DefaultCategoryDataset bars = new DefaultCategoryDataset();
		DefaultCategoryDataset line = new DefaultCategoryDataset();
		for (BriefingContent.TrendPoint p : points) {
			bars.addValue(p.exports(), exports, p.year());
			bars.addValue(p.imports(), imports, p.year());
			line.addValue(p.turnover(), turnover, p.year());
		}
		CategoryAxis years = new CategoryAxis(null);
		years.setCategoryMargin(0.25);
		years.setLowerMargin(0.02);
		years.setUpperMargin(0.02);
		NumberAxis values = new NumberAxis(unit);
		values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(this.locale));
		values.setUpperMargin(0.12);

		BarRenderer barRenderer = new BarRenderer();
		barRenderer.setItemMargin(0.04);
		barRenderer.setSeriesPaint(0, BriefingStyle.EXPORTS);
		barRenderer.setSeriesPaint(1, BriefingStyle.IMPORTS);

		LineAndShapeRenderer lineRenderer = new LineAndShapeRenderer(true, true);
		lineRenderer.setSeriesPaint(0, BriefingStyle.TURNOVER);
		lineRenderer.setSeriesStroke(0, new BasicStroke(1.6f));
		lineRenderer.setSeriesShape(0, new Ellipse2D.Double(-2.2, -2.2, 4.4, 4.4));
		int last = points.size() - 1;
		DecimalFormat oneDecimal = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(this.locale));
		lineRenderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", oneDecimal) {
			@Override
			public String generateLabel(CategoryDataset dataset, int row, int column) {
				return column == last ? super.generateLabel(dataset, row, column) : null;
			}
		});
		lineRenderer.setDefaultItemLabelsVisible(true);
		lineRenderer.setDefaultItemLabelPaint(BriefingStyle.TURNOVER);
		lineRenderer.setDefaultItemLabelFont(PdfFonts.AWT_BOLD.deriveFont(7.5f));
		lineRenderer.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));

		CategoryPlot plot = new CategoryPlot(bars, years, values, barRenderer);
		plot.setDataset(1, line);
		plot.setRenderer(1, lineRenderer);
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
		JFreeChart chart = chart(plot, true);
		// the theme resets item label fonts; set them again
		lineRenderer.setDefaultItemLabelFont(PdfFonts.AWT_BOLD.deriveFont(7.5f));
		return chart;
	}

	/** Horizontal bars of each product's share of the flow, labelled with the share. */
	JFreeChart shares(List<String> labels, List<Double> shares, Color colour) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int i = 0; i < labels.size(); i++) {
			data.addValue(shares.get(i), "share", labels.get(i));
		}
		CategoryAxis products = new CategoryAxis(null);
		products.setMaximumCategoryLabelWidthRatio(0.55f);
		products.setMaximumCategoryLabelLines(1);
		products.setCategoryMargin(0.3);
		products.setLowerMargin(0.03);
		products.setUpperMargin(0.03);
		products.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
		NumberAxis values = new NumberAxis(null);
		values.setVisible(false);
		values.setLowerBound(0);
		double max = shares.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(1);
		values.setUpperBound(Math.max(1, max) * 1.28);

		BarRenderer renderer = new BarRenderer();
		renderer.setSeriesPaint(0, colour);
		DecimalFormat pct = new DecimalFormat("0.0'%'", DecimalFormatSymbols.getInstance(this.locale));
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", pct));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		renderer.setItemLabelAnchorOffset(3);

		CategoryPlot plot = new CategoryPlot(data, products, values, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		JFreeChart chart = chart(plot, false);
		plot.setRangeGridlinesVisible(false);
		renderer.setDefaultItemLabelFont(PdfFonts.AWT_REGULAR.deriveFont(7f));
		renderer.setDefaultItemLabelPaint(BriefingStyle.INK);
		return chart;
	}

	private JFreeChart chart(CategoryPlot plot, boolean legend) {
		JFreeChart chart = new JFreeChart(null, PdfFonts.AWT_BOLD.deriveFont(9f), plot, legend);
		theme().apply(chart);
		chart.setPadding(new RectangleInsets(2, 0, 0, 4));
		plot.setOutlineVisible(false);
		plot.setDomainGridlinesVisible(false);
		plot.setRangeGridlinesVisible(true);
		plot.setRangeGridlineStroke(new BasicStroke(0.4f));
		plot.setInsets(new RectangleInsets(2, 0, 0, 2));
		plot.getDomainAxis().setAxisLineVisible(true);
		plot.getDomainAxis().setAxisLinePaint(BriefingStyle.MUTED);
		plot.getDomainAxis().setTickMarksVisible(false);
		plot.getRangeAxis().setAxisLineVisible(false);
		plot.getRangeAxis().setTickMarksVisible(false);
		LegendTitle legendTitle = chart.getLegend();
		if (legendTitle != null) {
			legendTitle.setFrame(BlockBorder.NONE);
			legendTitle.setPosition(RectangleEdge.TOP);
			legendTitle.setItemFont(PdfFonts.AWT_REGULAR.deriveFont(7.5f));
		}
		return chart;
	}

	private static StandardChartTheme theme() {
		StandardChartTheme theme = new StandardChartTheme("briefing", false);
		theme.setExtraLargeFont(PdfFonts.AWT_BOLD.deriveFont(9f));
		theme.setLargeFont(PdfFonts.AWT_REGULAR.deriveFont(7.5f));
		theme.setRegularFont(PdfFonts.AWT_REGULAR.deriveFont(7.5f));
		theme.setSmallFont(PdfFonts.AWT_REGULAR.deriveFont(7f));
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setLegendBackgroundPaint(Color.WHITE);
		theme.setLegendItemPaint(BriefingStyle.INK);
		theme.setPlotOutlinePaint(BriefingStyle.RULE);
		theme.setRangeGridlinePaint(BriefingStyle.RULE);
		theme.setDomainGridlinePaint(BriefingStyle.RULE);
		theme.setAxisLabelPaint(BriefingStyle.MUTED);
		theme.setTickLabelPaint(BriefingStyle.INK);
		theme.setItemLabelPaint(BriefingStyle.INK);
		theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
		theme.setShadowVisible(false);
		theme.setBarPainter(new StandardBarPainter());
		theme.setDrawingSupplier(new DefaultDrawingSupplier(
				new Paint[] { BriefingStyle.EXPORTS, BriefingStyle.IMPORTS, BriefingStyle.TURNOVER },
				new Paint[] { Color.WHITE }, new Paint[] { BriefingStyle.MUTED },
				DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
				DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
		return theme;
	}

	/** Draws the chart as vectors into a template and wraps it as an image element (a form XObject). */
	Image draw(PdfContentByte cb, JFreeChart chart, float width, float height) {
		PdfTemplate template = cb.createTemplate(width, height);
		Graphics2D g2 = new PdfGraphics2D(template, width, height, this.fontMapper, false, false, 0f);
		try {
			chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
		}
		finally {
			g2.dispose();
		}
		try {
			return Image.getInstance(template);
		}
		catch (BadElementException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
