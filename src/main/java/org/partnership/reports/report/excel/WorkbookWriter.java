package org.partnership.reports.report.excel;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.partnership.reports.report.ReportModel;
import org.partnership.reports.report.RunInfo;

/**
 * Renders the analysts' workbook from the report model: Overview, Indicators, Trade, Commodities,
 * Top products, HS sections, Articles, Topics, Events, Reconciliation, Data quality, About.
 * <p>
 * Every sheet whose rows grow with the data (Indicators, Trade, Commodities, Top products, HS sections,
 * Articles, Topics, Events, Reconciliation, Data quality) is streamed with a window of {@value #WINDOW} rows, so
 * memory stays bounded; the Indicators table is declared on the streamed sheet's backing XSSF sheet,
 * which holds no rows, and the article hyperlinks are streamed into the package afterwards
 * ({@link Repackager}). The rows of the long lists, Indicators, Commodities, Top products, Articles, Events and
 * Reconciliation (a million rows in a large run), bypass POI: they are written as XML bytes and deflated while
 * written ({@link ListRows}), the texts of their category columns (metric, verdict, outlet …) as indexes into the
 * shared-strings table ({@link SharedTexts}), and put into their sheets when the package is copied. Only Overview (native charts, which read their cells while
 * being built; a few rows per pair) and About (run facts and definitions) are in-memory XSSF sheets.
 * The same model always gives the same bytes: the document dates are the run date and the zip entries
 * carry a fixed time.
 */
public final class WorkbookWriter {

	static final int WINDOW = 100;

	static final String PRODUCER = "partnership-reports";

	/** Rows a list sheet written outside POI may take ({@link ListRows}). */
	private final int listRows;

	private final WorkbookCompression compression;

	public WorkbookWriter() {
		this(WorkbookCompression.SMALL);
	}

	public WorkbookWriter(WorkbookCompression compression) {
		this(RowLimit.EXCEL_ROWS, compression);
	}

	/** A lower limit for the long lists, so tests can cut them. */
	WorkbookWriter(int listRows) {
		this(listRows, WorkbookCompression.SMALL);
	}

	private WorkbookWriter(int listRows, WorkbookCompression compression) {
		this.listRows = listRows;
		this.compression = compression;
	}

	/** Writes the workbook to exactly this path (the caller handles temp name + atomic move). */
	public void write(ReportModel model, Path target) throws IOException {
		Objects.requireNonNull(model, "model");
		Objects.requireNonNull(target, "target");
		Path written = Files.createTempFile("partnership-workbook-", ".xlsx");
		try {
			// inline strings in streamed sheets keep memory flat; temp files are gzipped for big feeds
			try (DeflatePool deflaters = new DeflatePool(this.compression); LinkSpool links = new LinkSpool();
					Spools spools = new Spools(deflaters, this.listRows)) {
				Repackager repackager;
				try (StreamingWorkbook workbook = new StreamingWorkbook(WINDOW)) {
					List<Repackager.SheetLinks> sheetLinks = fill(workbook, model, links, spools);
					repackager = new Repackager(deflaters, sheetLinks, spools.rows, spools.shared.uncounted());
					fixProperties(workbook.getXSSFWorkbook(), model.run());
					workbook.setForceFormulaRecalculation(true);
					try (OutputStream out = Files.newOutputStream(written)) {
						workbook.write(out);
					}
				}
				try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
					repackager.copy(written, out);
				}
			}
		}
		finally {
			Files.deleteIfExists(written);
		}
	}

	/** Writes the sheets and returns the hyperlinks the streamed sheets still need. */
	private List<Repackager.SheetLinks> fill(StreamingWorkbook workbook, ReportModel model, LinkSpool links,
			Spools spools) throws IOException {
		XSSFWorkbook inMemory = workbook.getXSSFWorkbook();
		Cells cells = new Cells(new Styles(inMemory));
		spools.share(new SharedTexts(inMemory.getSharedStringSource()));
		Names names = new Names();
		new OverviewSheet(cells).write(sheet(inMemory, names, "Overview"), model.run(), model.pairs());
		SXSSFSheet indicators = streamed(workbook, names, "Indicators");
		new IndicatorsSheet(cells).write(indicators, inMemory.getSheet(indicators.getSheetName()),
				spools.rows(workbook, indicators, cells, IndicatorsSheet.COLUMNS), model.indicators(),
				names.table("Indicators"));
		new TradeSheet(cells).write(streamed(workbook, names, "Trade"), model.pairs());
		SXSSFSheet commodities = streamed(workbook, names, "Commodities");
		new CommoditiesSheet(cells).write(commodities,
				spools.rows(workbook, commodities, cells, CommoditiesSheet.COLUMNS), model.pairs());
		SXSSFSheet topProducts = streamed(workbook, names, "Top products");
		new TopProductsSheet(cells).write(topProducts,
				spools.rows(workbook, topProducts, cells, TopProductsSheet.COLUMNS), model.pairs());
		new SectionsSheet(cells).write(streamed(workbook, names, "HS sections"), model.pairs());
		SXSSFSheet articles = streamed(workbook, names, "Articles");
		new ArticlesSheet(cells).write(articles, spools.rows(workbook, articles, cells, ArticlesSheet.COLUMNS),
				model.articles().readAhead("workbook-articles"), links);
		new TopicsSheet(cells).write(streamed(workbook, names, "Topics"), model.topics());
		SXSSFSheet events = streamed(workbook, names, "Events");
		new EventsSheet(cells).write(events, spools.rows(workbook, events, cells, EventsSheet.COLUMNS),
				model.events());
		SXSSFSheet reconciliation = streamed(workbook, names, "Reconciliation");
		new ReconciliationSheet(cells).write(reconciliation,
				spools.rows(workbook, reconciliation, cells, ReconciliationSheet.COLUMNS),
				model.reconciliation().readAhead("workbook-figures"));
		new DataQualitySheet(cells).write(streamed(workbook, names, "Data quality"), model.dataQuality());
		new AboutSheet(cells).write(sheet(inMemory, names, "About"), model.run(), model.definitions());
		return List.of(new Repackager.SheetLinks(part(inMemory.getSheet(articles.getSheetName())),
				links.links(), links.count()));
	}

	/** The rows of the sheets written outside POI, deleted with the workbook. */
	private static final class Spools implements AutoCloseable {

		private final DeflatePool deflaters;

		private final int maxRows;

		private final List<Repackager.SheetRows> rows = new ArrayList<>();

		private SharedTexts shared;

		Spools(DeflatePool deflaters, int maxRows) {
			this.deflaters = deflaters;
			this.maxRows = maxRows;
		}

		/** The shared-strings table the rows of category columns go to. */
		void share(SharedTexts texts) {
			this.shared = texts;
		}

		/** Rows for {@code sheet} below its header row, which POI writes. */
		ListRows rows(StreamingWorkbook workbook, SXSSFSheet sheet, Cells cells, List<Layout.Column> columns)
				throws IOException {
			ListRows spooled = new ListRows(cells.styles(), this.shared, 1, this.maxRows, columns, this.deflaters);
			this.rows.add(new Repackager.SheetRows(part(workbook.getXSSFWorkbook().getSheet(sheet.getSheetName())),
					spooled));
			workbook.addListRows(sheet, spooled);
			return spooled;
		}

		@Override
		public void close() throws IOException {
			for (Repackager.SheetRows spooled : this.rows) {
				spooled.rows().close();
			}
		}

	}

	/** The zip entry of a sheet, e.g. {@code xl/worksheets/sheet5.xml}. */
	private static String part(XSSFSheet sheet) {
		return sheet.getPackagePart().getPartName().getName().substring(1);
	}

	/**
	 * A sheet created on the wrapped workbook stays an ordinary XSSF sheet (charts, tables, merged
	 * cells); SXSSF streams only the sheets it created itself.
	 */
	private static XSSFSheet sheet(XSSFWorkbook workbook, Names names, String name) {
		return workbook.createSheet(names.sheet(name));
	}

	private static SXSSFSheet streamed(SXSSFWorkbook workbook, Names names, String name) {
		return workbook.createSheet(names.sheet(name));
	}

	/** OPC stamps "now" into the core properties; the run date makes the file reproducible. */
	private static void fixProperties(XSSFWorkbook workbook, RunInfo run) {
		Date date = Date.from(run.runDate().atStartOfDay(ZoneOffset.UTC).toInstant());
		POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
		core.setCreated(Optional.of(date));
		core.setModified(Optional.of(date));
		core.setCreator(PRODUCER);
		core.setTitle("Partnership report " + run.runDate());
	}

}
