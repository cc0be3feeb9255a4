package org.partnership.reports.report.excel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import org.partnership.reports.period.Period;
import org.partnership.reports.period.PeriodType;
import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.PeriodFigures;
import org.partnership.reports.report.ProductRow;
import org.partnership.reports.report.excel.Styles.Kind;

/**
 * The cells the Overview charts read: the annual series and the top products of the latest year.
 * Charts reference these ranges, so the numbers stay visible and editable next to the charts.
 */
final class ChartData {

	static final int TOP_PRODUCTS = 10;

	static final int LABEL_LENGTH = 42;

	static final List<String> ANNUAL_HEADERS = List.of("Year", "Exports", "Imports", "Turnover", "Balance");

	static final List<String> PRODUCT_HEADERS = List.of("Product", "HS code", "Rank", "Value", "Share of flow");

	/** Ranges of the annual block; each title cell holds the series name. */
	record Annual(CellRangeAddress years, CellRangeAddress exports, CellRangeAddress imports,
			CellRangeAddress turnover, CellReference exportsTitle, CellReference importsTitle,
			CellReference turnoverTitle) {
	}

	/** Ranges of one flow's top products. */
	record Products(String flow, String title, CellRangeAddress labels, CellRangeAddress values,
			CellReference valueTitle) {

		boolean exports() {
			return "export".equals(flowLabel(this.flow));
		}

	}

	/** What was written: {@code annual} is null when the pair has no annual figures. */
	record Written(Annual annual, List<Products> products, int nextRow) {
	}

	private final Cells cells;

	ChartData(Cells cells) {
		this.cells = cells;
	}

	Written write(Sheet sheet, int top, PairReport pair) {
		int r = top;
		this.cells.text(Cells.row(sheet, r++), 0, "Chart data: " + pair.key(), Kind.SECTION);
		Annual annual = null;
		// an incomplete year (e.g. nine months) would show as a fall: trend charts take whole years only
		List<org.partnership.reports.report.PeriodFigures> years = pair.annual()
			.stream()
			.filter(org.partnership.reports.report.PeriodFigures::complete)
			.toList();
		if (!years.isEmpty()) {
			annual = annual(sheet, r, years);
			r = annual.years().getLastRow() + 2;
		}
		List<Products> products = new ArrayList<>();
		Optional<Period> year = productYear(pair);
		if (year.isPresent()) {
			for (Map.Entry<String, List<ProductRow>> flow : topProducts(pair, year.get()).entrySet()) {
				Products written = products(sheet, r, flow.getKey(), year.get(), flow.getValue());
				products.add(written);
				r = written.labels().getLastRow() + 2;
			}
		}
		return new Written(annual, products, r);
	}

	private Annual annual(Sheet sheet, int top, List<PeriodFigures> series) {
		Row header = Cells.row(sheet, top);
		for (int c = 0; c < ANNUAL_HEADERS.size(); c++) {
			this.cells.text(header, c, ANNUAL_HEADERS.get(c), (c == 0) ? Kind.HEADER : Kind.HEADER_RIGHT);
		}
		int r = top + 1;
		for (PeriodFigures figures : series) {
			Row row = Cells.row(sheet, r++);
			this.cells.number(row, 0, (long) figures.period().year(), Kind.YEAR);
			this.cells.number(row, 1, figures.exports(), Kind.USD_BILLIONS);
			this.cells.number(row, 2, figures.imports(), Kind.USD_BILLIONS);
			this.cells.number(row, 3, figures.turnover(), Kind.USD_BILLIONS);
			this.cells.number(row, 4, figures.balance(), Kind.USD_BILLIONS);
		}
		int first = top + 1;
		int last = r - 1;
		return new Annual(column(first, last, 0), column(first, last, 1), column(first, last, 2),
				column(first, last, 3), new CellReference(top, 1), new CellReference(top, 2),
				new CellReference(top, 3));
	}

	private Products products(Sheet sheet, int top, String flow, Period year, List<ProductRow> rows) {
		String title = "Top " + flowLabel(flow) + " products, " + year.label();
		this.cells.text(Cells.row(sheet, top), 0, title, Kind.SECTION);
		Row header = Cells.row(sheet, top + 1);
		for (int c = 0; c < PRODUCT_HEADERS.size(); c++) {
			this.cells.text(header, c, PRODUCT_HEADERS.get(c), (c < 2) ? Kind.HEADER : Kind.HEADER_RIGHT);
		}
		int r = top + 2;
		for (ProductRow product : rows) {
			Row row = Cells.row(sheet, r++);
			this.cells.text(row, 0, shortLabel(product));
			this.cells.text(row, 1, product.code());
			this.cells.number(row, 2, (long) product.rank(), Kind.INTEGER);
			this.cells.number(row, 3, product.value(), Kind.USD_BILLIONS);
			this.cells.percent(row, 4, product.sharePct(), Kind.PERCENT);
		}
		return new Products(flow, title, column(top + 2, r - 1, 0), column(top + 2, r - 1, 3),
				new CellReference(top + 1, 3));
	}

	/** The latest complete year with figures, else the latest year any product row has. */
	static Optional<Period> productYear(PairReport pair) {
		if (pair.latestYear() != null) {
			return Optional.of(pair.latestYear().period());
		}
		return pair.products()
			.stream()
			.map(ProductRow::period)
			.filter(p -> p.type() == PeriodType.YEAR)
			.max(Comparator.naturalOrder());
	}

	/** The top products of each flow in {@code year}, by rank; exports first, then imports, then others. */
	static Map<String, List<ProductRow>> topProducts(PairReport pair, Period year) {
		Map<String, List<ProductRow>> byFlow = new LinkedHashMap<>();
		pair.products()
			.stream()
			.filter(p -> year.equals(p.period()) && p.flow() != null)
			.sorted(Comparator.comparingInt((ProductRow p) -> flowOrder(p.flow()))
				.thenComparing(ProductRow::flow)
				.thenComparingInt(ProductRow::rank))
			.forEach(p -> byFlow.computeIfAbsent(p.flow(), f -> new ArrayList<>()).add(p));
		byFlow.replaceAll((flow, rows) -> List.copyOf(rows.subList(0, Math.min(TOP_PRODUCTS, rows.size()))));
		return byFlow;
	}

	static String flowLabel(String flow) {
		return switch (flowOrder(flow)) {
			case 0 -> "export";
			case 1 -> "import";
			default -> flow;
		};
	}

	private static int flowOrder(String flow) {
		String f = flow.strip().toLowerCase(Locale.ROOT);
		if (f.startsWith("export") || f.equals("x")) {
			return 0;
		}
		return (f.startsWith("import") || f.equals("m")) ? 1 : 2;
	}

	/** Chart axes have little room: "HS 27 Mineral fuels, oils…". */
	static String shortLabel(ProductRow product) {
		String name = Objects.requireNonNullElse(product.name(), "");
		String label = (product.code() == null || product.code().isBlank()) ? name : "HS " + product.code() + " " + name;
		return (label.length() <= LABEL_LENGTH) ? label.strip() : label.substring(0, LABEL_LENGTH - 1).strip() + "…";
	}

	private static CellRangeAddress column(int firstRow, int lastRow, int col) {
		return new CellRangeAddress(firstRow, lastRow, col, col);
	}

}
