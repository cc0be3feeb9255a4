package org.partnership.reports.report.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.partnership.reports.period.Period;
import org.partnership.reports.report.EventRow;
import org.partnership.reports.report.Figure;
import org.partnership.reports.report.KeyFigures;
import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.PeriodFigures;
import org.partnership.reports.report.ProductRow;
import org.partnership.reports.report.ReconciliationRow;
import org.partnership.reports.report.ReconciliationRow.Verdict;
import org.partnership.reports.report.ReportModel;
import org.partnership.reports.report.SectionRow;
import org.partnership.reports.report.TopicRow;

/**
 * What one briefing shows, selected from the report model and formatted for its language: the
 * FreeMarker data model (strings and flags only, see templates/README.md) and the table rows the
 * layout draws. Selection rules live here, layout lives in {@link BriefingLayout}.
 */
final class BriefingContent {

	static final int TREND_YEARS = 10;

	static final int TABLE_YEARS = 5;

	static final int TOP_PRODUCTS = 5;

	/** An HS section I–XXI, not "other", "not broken down" or the total. */
	private static final Pattern SECTION = Pattern.compile("[IVX]+");

	/**
	 * How many rows page 2 lists; the writer steps down these levels until the briefing fits two pages.
	 * Rows left out are counted ("3 more in the workbook").
	 */
	record Limits(int topics, int eventsInPeriod, int eventsAfter, int disagrees, int agrees, float trendHeight) {

		static final List<Limits> LEVELS = List.of(new Limits(6, 6, 3, 4, 4, 196), new Limits(5, 5, 2, 3, 3, 184),
				new Limits(4, 4, 2, 2, 2, 170), new Limits(3, 3, 1, 1, 1, 156), new Limits(2, 2, 1, 1, 1, 140));

	}

	final Limits limits;

	final Formats fmt;

	final Period period;

	final Period comparison;

	final LocalDate runDate;

	final List<TrendPoint> trend;

	/** The last {@link #TABLE_YEARS} years of the trend as citable numbers. */
	final List<AnnualColumn> annualTable;

	final Period productsPeriod;

	final List<ProductLine> exportProducts;

	final List<ProductLine> importProducts;

	final List<TopicLine> topics;

	final int topicsOmitted;

	final List<EventLine> eventsInPeriod;

	final List<EventLine> eventsAfter;

	final int eventsOmitted;

	final List<PressLine> disagrees;

	final List<PressLine> agrees;

	final int pressDisagreesOmitted;

	final int pressAgreesOmitted;

	final int notComparable;

	final Map<String, Tile> tiles = new LinkedHashMap<>();

	/** The FreeMarker data model: nested maps of strings and booleans. */
	final Map<String, Object> data = new LinkedHashMap<>();

	private BriefingContent(BriefingSources sources, PairReport pair, KeyFigures figures, Formats fmt, Limits limits) {
		ReportModel model = sources.model();
		this.fmt = fmt;
		this.limits = limits;
		this.period = figures.period();
		this.comparison = (figures.comparison() != null) ? figures.comparison()
				: (this.period != null ? this.period.previousYear() : null);
		this.runDate = model.run().runDate();

		List<PeriodFigures> years = trendYears(pair, this.period);
		this.trend = years.stream()
			.map(p -> new TrendPoint(Integer.toString(p.period().year()), billions(p.exports()), billions(p.imports()),
					billions(p.turnover())))
			.toList();
		this.annualTable = years.subList(Math.max(0, years.size() - TABLE_YEARS), years.size())
			.stream()
			.map(p -> new AnnualColumn(Integer.toString(p.period().year()), fmt.billionsNumber(p.exports()),
					fmt.billionsNumber(p.imports()), fmt.billionsNumber(p.turnover()), fmt.billionsNumber(p.balance()),
					fmt.signedPct(p.turnoverYoyPct())))
			.toList();
		this.productsPeriod = selectProductsPeriod(pair, this.period);
		this.exportProducts = selectProducts(pair, this.productsPeriod, true);
		this.importProducts = selectProducts(pair, this.productsPeriod, false);
		List<TopicLine> allTopics = selectTopics(model, this.period);
		this.topics = allTopics.subList(0, Math.min(allTopics.size(), limits.topics()));
		this.topicsOmitted = allTopics.size() - this.topics.size();

		// count every event and quoted figure, format only those the page shows
		List<EventLine> in = new ArrayList<>();
		List<EventLine> after = new ArrayList<>();
		int inCount = 0;
		int afterCount = 0;
		if (this.period != null) {
			// newest first: the period's events, and those after it up to the run date, are ranges of the list
			List<EventRow> events = sources.eventsNewestFirst();
			int inFrom = sources.firstOnOrBefore(this.period.end());
			int inTo = sources.firstOnOrBefore(this.period.start().minusDays(1));
			int afterFrom = (this.runDate == null) ? 0 : Math.min(inFrom, sources.firstOnOrBefore(this.runDate));
			inCount = inTo - inFrom;
			afterCount = inFrom - afterFrom;
			for (EventRow e : events.subList(inFrom, inFrom + Math.min(inCount, limits.eventsInPeriod()))) {
				in.add(eventLine(e));
			}
			for (EventRow e : events.subList(afterFrom, afterFrom + Math.min(afterCount, limits.eventsAfter()))) {
				after.add(eventLine(e));
			}
		}
		this.eventsInPeriod = List.copyOf(in);
		this.eventsAfter = List.copyOf(after);
		this.eventsOmitted = inCount + afterCount - this.eventsInPeriod.size() - this.eventsAfter.size();

		BriefingSources.Press press = sources.press(pair);
		this.disagrees = press.disagrees.stream().limit(limits.disagrees()).map(this::pressLine).toList();
		this.agrees = press.agrees.stream().limit(limits.agrees()).map(this::pressLine).toList();
		this.pressDisagreesOmitted = press.disagreeCount - this.disagrees.size();
		this.pressAgreesOmitted = press.agreeCount - this.agrees.size();
		this.notComparable = press.notComparable;

		buildData(model, pair, figures, press.disagreeCount, press.agreeCount);
	}

	static BriefingContent of(ReportModel model, PairReport pair, KeyFigures figures, Limits limits) {
		return of(BriefingSources.of(model), pair, figures, limits);
	}

	static BriefingContent of(BriefingSources sources, PairReport pair, KeyFigures figures, Limits limits) {
		Objects.requireNonNull(sources, "sources");
		Objects.requireNonNull(pair, "pair");
		Objects.requireNonNull(figures, "figures");
		Locale locale = sources.model().run() != null ? sources.model().run().locale() : null;
		return new BriefingContent(sources, pair, figures, Formats.forLocale(locale), limits);
	}

	// ---------------------------------------------------------------- selection

	/** Complete calendar years up to the headline period's year, the last {@link #TREND_YEARS}. */
	private static List<PeriodFigures> trendYears(PairReport pair, Period period) {
		int lastYear = period != null ? period.year() : Integer.MAX_VALUE;
		List<PeriodFigures> years = pair.annual()
			.stream()
			.filter(p -> p.period() != null && p.period().type() == org.partnership.reports.period.PeriodType.YEAR
					&& p.complete() && p.period().year() <= lastYear)
			.sorted(Comparator.comparing(PeriodFigures::period))
			.toList();
		return years.subList(Math.max(0, years.size() - TREND_YEARS), years.size());
	}

	private static Double billions(BigDecimal usd) {
		return usd == null ? null : usd.doubleValue() / 1e9;
	}

	/** The headline period itself when it has product rows (chapters or top products, e.g. a year-to-date), else its calendar year. */
	private static Period selectProductsPeriod(PairReport pair, Period period) {
		if (period == null) {
			return null;
		}
		if (pair.products().stream().anyMatch(p -> period.equals(p.period()))
				|| pair.topProducts().stream().anyMatch(p -> period.equals(p.period()))) {
			return period;
		}
		return Period.year(period.year());
	}

	/** The finest level the feed carries (the top products) when it has rows for the period and flow, else chapters. */
	private List<ProductLine> selectProducts(PairReport pair, Period productsPeriod, boolean exports) {
		java.util.function.Predicate<ProductRow> wanted = p -> productsPeriod != null && productsPeriod.equals(p.period())
				&& isExport(p.flow()) == exports && isFlow(p.flow());
		List<ProductRow> rows = pair.topProducts().stream().anyMatch(wanted) ? pair.topProducts() : pair.products();
		return rows.stream()
			.filter(wanted)
			.sorted(Comparator.comparingInt(ProductRow::rank)
				.thenComparing(ProductRow::value, Comparator.nullsLast(Comparator.reverseOrder())))
			.limit(TOP_PRODUCTS)
			.map(p -> new ProductLine(Objects.toString(p.code(), ""), Objects.toString(p.name(), ""),
					this.fmt.millions(p.value()), p.value(),
					this.fmt.pct(p.sharePct()), p.sharePct(), this.fmt.signedPct(p.yoyPct())))
			.toList();
	}

	/** Flow codes seen in feeds: export/import, X/M, EXPORTS/IMPORTS. */
	static boolean isExport(String flow) {
		String f = Objects.toString(flow, "").trim().toLowerCase(Locale.ROOT);
		return f.startsWith("ex") || f.equals("x");
	}

	private static boolean isFlow(String flow) {
		String f = Objects.toString(flow, "").trim().toLowerCase(Locale.ROOT);
		return f.startsWith("ex") || f.startsWith("im") || f.equals("x") || f.equals("m");
	}

	private List<TopicLine> selectTopics(ReportModel model, Period period) {
		if (period == null) {
			return List.of();
		}
		List<TopicRow> rows = model.topics().stream().filter(t -> period.equals(t.period())).toList();
		if (rows.isEmpty()) {
			rows = model.topics().stream().filter(t -> t.period() != null && period.contains(t.period())).toList();
		}
		return rows.stream()
			.sorted(Comparator.comparingLong(TopicRow::stories)
				.reversed()
				.thenComparing(t -> Objects.toString(t.topicName(), "")))
			.map(t -> new TopicLine(Objects.toString(t.topic(), ""), Objects.toString(t.topicName(), t.topic()),
					this.fmt.count(t.stories()), this.fmt.count(t.articles()), this.fmt.pct(t.sharePct()),
					t.sharePct()))
			.toList();
	}

	private EventLine eventLine(EventRow e) {
		return new EventLine(this.fmt.shortDate(e.date()), Objects.toString(e.source(), ""),
				Objects.toString(e.title(), ""), Objects.toString(e.type(), ""), String.join(", ", e.participants()),
				Objects.toString(e.location(), ""));
	}

	private PressLine pressLine(ReconciliationRow r) {
		Period p = null;
		try {
			p = r.periodCode() == null ? null : Period.parse(r.periodCode());
		}
		catch (IllegalArgumentException ex) {
			// an unparseable code is shown as given
		}
		String periodLabel = p != null ? this.fmt.periodLabel(p) : Objects.toString(r.periodCode(), "");
		return new PressLine(this.fmt.shortDate(r.published()), Objects.toString(r.source(), ""),
				Objects.toString(r.title(), ""), Objects.toString(r.metric(), ""), periodLabel,
				quoted(r.quoted(), r.unit()), quoted(r.computed(), r.unit()), this.fmt.signedPct(r.diffPct()),
				Objects.toString(r.note(), ""));
	}

	private String quoted(BigDecimal value, String unit) {
		if (value == null) {
			return this.fmt.na();
		}
		String u = Objects.toString(unit, "").trim().toUpperCase(Locale.ROOT);
		return switch (u) {
			case "USD", "" -> this.fmt.amount(value);
			case "PCT", "%" -> this.fmt.signedPct(value.doubleValue());
			case "PP" -> this.fmt.signedPp(value.doubleValue());
			case "COUNT" -> this.fmt.count(value.longValue());
			default -> value.stripTrailingZeros().toPlainString() + " " + unit;
		};
	}

	// ---------------------------------------------------------------- template data

	private void buildData(ReportModel model, PairReport pair, KeyFigures figures, int disagreesTotal,
			int agreesTotal) {
		this.data.put("lang", this.fmt.language());
		this.data.put("reporter", named(pair.reporter(), pair.reporterName()));
		this.data.put("partner", named(pair.partner(), pair.partnerName()));
		this.data.put("pairKey", pair.key());
		this.data.put("period", period(this.period, figures.complete()));
		this.data.put("comparison", period(this.comparison, figures.comparisonComplete()));
		this.data.put("runDate", this.fmt.longDate(this.runDate));
		// the model has no separate retrieval date: the feeds are read on the run date
		this.data.put("retrievedDate", this.fmt.longDate(this.runDate));
		this.data.put("issuingUnit", text(model.run().issuingUnit()));
		this.data.put("sources", text(model.run().sources()));
		this.data.put("compositionNote", Objects.toString(pair.compositionNote(), ""));
		this.data.put("na", this.fmt.naText());

		this.tiles.put("turnover", tile(figures.turnover()));
		this.tiles.put("exports", tile(figures.exports()));
		this.tiles.put("imports", tile(figures.imports()));
		this.tiles.put("balance", tile(figures.balance()));
		for (Map.Entry<String, Tile> t : this.tiles.entrySet()) {
			this.data.put(t.getKey(), t.getValue().data);
		}
		BigDecimal balance = figures.balance() == null ? null : figures.balance().current();
		Map<String, Object> b = this.tiles.get("balance").data;
		b.put("surplus", balance != null && balance.signum() > 0);
		b.put("deficit", balance != null && balance.signum() < 0);
		b.put("valueAbs", this.fmt.billionsAbs(balance));

		this.data.put("coverageRatio", this.fmt.pct(figures.coverageRatioPct()));
		this.data.put("hasCoverageRatio", figures.coverageRatioPct() != null);
		this.data.put("partnerShare", this.fmt.pct(figures.partnerSharePct()));
		this.data.put("hasPartnerShare", figures.partnerSharePct() != null);

		Map<String, Object> trendData = new LinkedHashMap<>();
		trendData.put("hasValue", !this.trend.isEmpty());
		trendData.put("first", this.trend.isEmpty() ? "" : this.trend.get(0).year());
		trendData.put("last", this.trend.isEmpty() ? "" : this.trend.get(this.trend.size() - 1).year());
		trendData.put("years", this.fmt.count(this.trend.size()));
		this.data.put("trend", trendData);

		this.data.put("productsPeriod", period(this.productsPeriod, true));
		this.data.put("topExport", topProduct(this.exportProducts));
		this.data.put("topImport", topProduct(this.importProducts));
		this.data.put("productsComparison",
				period(this.productsPeriod == null ? null : this.productsPeriod.previousYear(), true));
		this.data.put("topExportSection", topSection(pair, this.productsPeriod, true));
		this.data.put("topImportSection", topSection(pair, this.productsPeriod, false));

		Map<String, Object> topic = new LinkedHashMap<>();
		topic.put("hasValue", !this.topics.isEmpty());
		if (!this.topics.isEmpty()) {
			TopicLine t = this.topics.get(0);
			topic.put("code", t.code());
			topic.put("name", t.name());
			topic.put("stories", t.stories());
			topic.put("share", t.share());
		}
		this.data.put("topTopic", topic);

		Map<String, Object> events = new LinkedHashMap<>();
		events.put("inPeriod", this.fmt.count(this.eventsInPeriod.size()));
		events.put("after", this.fmt.count(this.eventsAfter.size()));
		this.data.put("events", events);

		Map<String, Object> press = new LinkedHashMap<>();
		press.put("disagrees", this.fmt.count(disagreesTotal));
		press.put("agrees", this.fmt.count(agreesTotal));
		press.put("notComparable", this.fmt.count(this.notComparable));
		press.put("hasDisagrees", disagreesTotal > 0);
		press.put("hasAgrees", agreesTotal > 0);
		press.put("hasAny", disagreesTotal + agreesTotal + this.notComparable > 0);
		this.data.put("press", press);
	}

	private String text(String s) {
		return (s == null || s.isBlank()) ? this.fmt.na() : s;
	}

	private Map<String, Object> named(String code, String name) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("code", Objects.toString(code, ""));
		m.put("name", (name == null || name.isBlank()) ? Objects.toString(code, this.fmt.na()) : name);
		return m;
	}

	private Map<String, Object> period(Period p, boolean complete) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("label", this.fmt.periodLabel(p));
		m.put("code", p == null ? "" : p.code());
		m.put("year", p == null ? "" : Integer.toString(p.year()));
		m.put("type", p == null ? "" : p.type().name());
		m.put("complete", complete);
		return m;
	}

	private Tile tile(Figure f) {
		Figure figure = f == null ? Figure.EMPTY : f;
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("value", this.fmt.billions(figure.current()));
		m.put("previous", this.fmt.billions(figure.previous()));
		m.put("yoy", this.fmt.signedPct(figure.yoyPct()));
		m.put("yoyAbs", this.fmt.pct(figure.yoyPct()));
		BigDecimal change = (figure.current() == null || figure.previous() == null) ? null
				: figure.current().subtract(figure.previous());
		m.put("change", this.fmt.billionsAbs(change));
		m.put("hasValue", figure.current() != null);
		m.put("hasPrevious", figure.previous() != null);
		m.put("hasYoy", figure.yoyPct() != null);
		int direction = direction(figure.yoyPct());
		m.put("up", direction > 0);
		m.put("down", direction < 0);
		m.put("flat", figure.yoyPct() != null && direction == 0);
		return new Tile(m, figure.yoyPct() == null ? null : direction);
	}

	/** Sign of the change as printed (one decimal), so "+0.0%" never gets an arrow. */
	private static int direction(Double pct) {
		if (pct == null || pct.isNaN()) {
			return 0;
		}
		return BigDecimal.valueOf(pct).setScale(1, java.math.RoundingMode.HALF_UP).signum();
	}

	private Map<String, Object> topProduct(List<ProductLine> lines) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("hasValue", !lines.isEmpty());
		if (!lines.isEmpty()) {
			ProductLine p = lines.get(0);
			m.put("code", p.code());
			m.put("name", p.name());
			m.put("value", this.fmt.amount(p.usd()));
			m.put("share", p.share());
			m.put("yoy", p.yoy());
		}
		return m;
	}

	/**
	 * The HS section (I–XXI) that contributed most to the flow's change in the products period, in
	 * absolute value (the first in nomenclature order on a tie), with the flow's growth; no value when
	 * the previous year has no commodity breakdown.
	 */
	private Map<String, Object> topSection(PairReport pair, Period productsPeriod, boolean exports) {
		List<SectionRow> rows = pair.sections()
			.stream()
			.filter(s -> productsPeriod != null && productsPeriod.equals(s.period()) && isExport(s.flow()) == exports
					&& isFlow(s.flow()))
			.toList();
		SectionRow top = rows.stream()
			.filter(s -> s.contributionPp() != null && SECTION.matcher(s.code()).matches())
			.reduce((a, b) -> Math.abs(b.contributionPp()) > Math.abs(a.contributionPp()) ? b : a)
			.orElse(null);
		SectionRow total = rows.stream().filter(s -> SectionRow.TOTAL.equals(s.code())).findFirst().orElse(null);
		Map<String, Object> m = new LinkedHashMap<>();
		boolean hasValue = top != null && total != null && total.yoyPct() != null;
		m.put("hasValue", hasValue);
		if (hasValue) {
			m.put("code", top.code());
			m.put("name", Objects.toString(top.name(), top.code()));
			m.put("contribution", this.fmt.signedPp(top.contributionPp()));
			m.put("share", this.fmt.pct(top.sharePct()));
			m.put("growth", this.fmt.signedPct(total.yoyPct()));
		}
		return m;
	}

	// ---------------------------------------------------------------- rows

	/** One key-figure tile: its template data and the printed direction (null = no YoY). */
	record Tile(Map<String, Object> data, Integer direction) {

		String value() {
			return (String) this.data.get("value");
		}

		String previous() {
			return (String) this.data.get("previous");
		}

		String yoy() {
			return (String) this.data.get("yoy");
		}

	}

	record TrendPoint(String year, Double exports, Double imports, Double turnover) {
	}

	record AnnualColumn(String year, String exports, String imports, String turnover, String balance,
			String turnoverYoy) {
	}

	record ProductLine(String code, String name, String value, BigDecimal usd, String share, Double sharePct,
			String yoy) {
	}

	record TopicLine(String code, String name, String stories, String articles, String share, double sharePct) {
	}

	record EventLine(String date, String source, String title, String type, String participants, String location) {
	}

	record PressLine(String date, String source, String title, String metric, String period, String quoted,
			String computed, String diff, String note) {
	}

}
