package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.partnership.reports.period.Period;
import org.partnership.reports.period.PeriodType;
import org.partnership.reports.report.Figure;
import org.partnership.reports.report.IndicatorRow;
import org.partnership.reports.report.KeyFigures;
import org.partnership.reports.report.PeriodFigures;
import org.partnership.reports.report.ProductRow;
import org.partnership.reports.report.SectionRow;

/**
 * The trade indicators of one reporter–partner pair: figures for every period the data support
 * (years, halves, quarters, months, the current year-to-date and the rolling twelve months), each
 * compared with the same period one year earlier, the headline panels, the commodity rows by HS
 * chapter and the contributions to growth by HS section.
 */
public final class PairAnalysis {

	static final String UNALLOCATED_NAME = "Not broken down by chapter (total − chapters)";

	private final TradeLedger ledger;

	private final String reporter;

	private final String partner;

	private final FlowSeries exports;

	private final FlowSeries imports;

	private List<Period> periods;

	private List<ProductRow> products;

	private List<SectionRow> sections;

	private List<ProductRow> topProducts;

	private final Map<Flow, Map<String, FlowSeries>> chapterSeries = new EnumMap<>(Flow.class);

	/** Whether {@code party} is the partner, or a member of it when the partner is a group. */
	public boolean partnerIncludes(String party) {
		return this.partner.equals(party) || this.ledger.groupHasMember(this.partner, party);
	}

	public PairAnalysis(TradeLedger ledger, String reporter, String partner) {
		this.ledger = ledger;
		this.reporter = reporter;
		this.partner = partner;
		this.exports = orEmpty(ledger.series(new SeriesKey(reporter, partner, Flow.EXPORT, TradeRow.TOTAL)));
		this.imports = orEmpty(ledger.series(new SeriesKey(reporter, partner, Flow.IMPORT, TradeRow.TOTAL)));
	}

	public String reporter() {
		return this.reporter;
	}

	public String partner() {
		return this.partner;
	}

	/** How the partner group was composed (fixed or as-of, supplied or computed), or "" for a country. */
	public String groupNote() {
		return this.ledger.groupNote(this.reporter, this.partner);
	}

	/** Every period with data, in order: years, then the sub-annual periods the data support. */
	public List<Period> periods() {
		if (this.periods == null) {
			this.periods = computePeriods();
		}
		return this.periods;
	}

	private List<Period> computePeriods() {
		TreeSet<Period> periods = new TreeSet<>();
		YearMonth last = lastMonth();
		if (last == null) {
			return List.of();
		}
		int firstYear = firstYear();
		for (int y = firstYear; y <= last.getYear(); y++) {
			periods.add(Period.year(y));
			if (this.exports.hasSubAnnual(y) || this.imports.hasSubAnnual(y)) {
				for (int h = 1; h <= 2; h++) {
					addIfData(periods, Period.half(y, h));
				}
				for (int q = 1; q <= 4; q++) {
					addIfData(periods, Period.quarter(y, q));
				}
				for (int m = 1; m <= 12; m++) {
					Period month = Period.month(y, m);
					if (this.exports.supplied(month) != null || this.imports.supplied(month) != null) {
						periods.add(month);
					}
				}
			}
		}
		Period ytd = yearToDatePeriod();
		if (ytd != null) {
			periods.add(ytd);
		}
		if (this.exports.hasSubAnnual(last.getYear()) || this.imports.hasSubAnnual(last.getYear())) {
			periods.add(Period.rolling12(last));
		}
		periods.removeIf(p -> figures(p).exports() == null && figures(p).imports() == null);
		return List.copyOf(periods);
	}

	/** Figures of a period with year-on-year changes against complete comparison periods only. */
	public PeriodFigures figures(Period period) {
		Amount x = this.exports.resolve(period);
		Amount m = this.imports.resolve(period);
		Amount px = this.exports.resolve(period.previousYear());
		Amount pm = this.imports.resolve(period.previousYear());
		boolean complete = complete(x) && complete(m);
		Double xYoy = complete(x) && complete(px) ? TradeFormulas.growthPct(x.value(), px.value()) : null;
		Double mYoy = complete(m) && complete(pm) ? TradeFormulas.growthPct(m.value(), pm.value()) : null;
		Double tYoy = complete && complete(px) && complete(pm)
				? TradeFormulas.growthPct(x.value().add(m.value()), px.value().add(pm.value())) : null;
		return new PeriodFigures(period, complete, value(x), value(m), xYoy, mYoy, tYoy);
	}

	/** The annual series, oldest first (trend charts, 10-year tables). */
	public List<PeriodFigures> annual() {
		return periods().stream().filter(p -> p.type() == PeriodType.YEAR).map(this::figures).toList();
	}

	/** The headline panel of a period against the same period one year earlier. */
	public KeyFigures keyFigures(Period period) {
		Period base = period.previousYear();
		Amount x = this.exports.resolve(period);
		Amount m = this.imports.resolve(period);
		Amount px = this.exports.resolve(base);
		Amount pm = this.imports.resolve(base);
		boolean complete = complete(x) && complete(m);
		boolean baseComplete = complete(px) && complete(pm);
		BigDecimal cx = value(x);
		BigDecimal cm = value(m);
		BigDecimal bx = baseComplete ? px.value() : null;
		BigDecimal bm = baseComplete ? pm.value() : null;
		return new KeyFigures(period, base, complete, baseComplete, figure(cx, bx, complete),
				figure(cm, bm, complete), figure(TradeFormulas.turnover(cx, cm), TradeFormulas.turnover(bx, bm), complete),
				figure(TradeFormulas.balance(cx, cm), TradeFormulas.balance(bx, bm), complete),
				complete ? TradeFormulas.coverageRatioPct(cx, cm) : null, complete ? partnerSharePct(period) : null);
	}

	/** The latest calendar year with complete exports and imports, or {@code null}. */
	public Period latestCompleteYear() {
		return latest(PeriodType.YEAR);
	}

	/** The latest calendar quarter with complete exports and imports, or {@code null}. */
	public Period latestCompleteQuarter() {
		return latest(PeriodType.QUARTER);
	}

	/** January to the latest month with data, in the latest year with sub-annual data; {@code null} if none. */
	public Period yearToDatePeriod() {
		YearMonth last = lastMonth();
		if (last == null || !(this.exports.hasSubAnnual(last.getYear()) || this.imports.hasSubAnnual(last.getYear()))) {
			return null;
		}
		return Period.yearToDate(last.getYear(), last.getMonthValue());
	}

	/** Share of this partner in the reporter's trade with the world (turnover), when world totals exist. */
	public Double partnerSharePct(Period period) {
		FlowSeries wx = this.ledger.series(new SeriesKey(this.reporter, TradeLedger.WORLD, Flow.EXPORT, TradeRow.TOTAL));
		FlowSeries wm = this.ledger.series(new SeriesKey(this.reporter, TradeLedger.WORLD, Flow.IMPORT, TradeRow.TOTAL));
		if (wx == null || wm == null) {
			return null;
		}
		Amount x = this.exports.resolve(period);
		Amount m = this.imports.resolve(period);
		Amount ax = wx.resolve(period);
		Amount am = wm.resolve(period);
		if (!(complete(x) && complete(m) && complete(ax) && complete(am))) {
			return null;
		}
		return TradeFormulas.sharePct(x.value().add(m.value()), ax.value().add(am.value()));
	}

	/**
	 * Rank of this partner by turnover among the reporter's partners in the data (1 = largest), when
	 * the feed carries the world total and at least one other partner with complete data; else {@code null}.
	 */
	public Integer partnerRank(Period period) {
		if (partnerSharePct(period) == null) {
			return null;
		}
		BigDecimal own = figures(period).turnover();
		int rank = 1;
		int compared = 0;
		for (String other : this.ledger.rankingPartners(this.reporter, this.partner)) {
			Amount x = total(other, Flow.EXPORT, period);
			Amount m = total(other, Flow.IMPORT, period);
			if (complete(x) && complete(m)) {
				compared++;
				if (x.value().add(m.value()).compareTo(own) > 0) {
					rank++;
				}
			}
		}
		return compared == 0 ? null : rank;
	}

	private Amount total(String partner, Flow flow, Period period) {
		FlowSeries s = this.ledger.series(new SeriesKey(this.reporter, partner, flow, TradeRow.TOTAL));
		return s == null ? null : s.resolve(period);
	}

	/**
	 * Commodity rows by HS chapter for every year with commodity detail, ranked by value within year
	 * and flow. Finer codes roll up into their chapter (top-level codes only, so a heading is never
	 * added to its own subheadings); unknown chapters and 98–99 show as "Other / not classified". A
	 * chapter absent the previous year counts as 0 there when that year has a commodity breakdown;
	 * without one, the contribution is blank, never the whole value.
	 */
	public List<ProductRow> products(HsNomenclature hs) {
		if (this.products == null) {
			this.products = computeProducts(hs);
		}
		return this.products;
	}

	private List<ProductRow> computeProducts(HsNomenclature hs) {
		List<ProductRow> rows = new ArrayList<>();
		for (Flow flow : Flow.values()) {
			Map<String, FlowSeries> chapters = chapters(flow);
			FlowSeries total = total(flow);
			for (Period year : detailYears(chapters)) {
				List<ProductRow> yearRows = new ArrayList<>();
				Amount t = total.resolve(year);
				Amount pt = hasDetail(chapters, year.previousYear()) ? total.resolve(year.previousYear()) : null;
				for (Map.Entry<String, FlowSeries> e : chapters.entrySet()) {
					Amount v = e.getValue().resolve(year);
					if (v == null) {
						continue;
					}
					Amount pv = e.getValue().resolve(year.previousYear());
					Double share = complete(t) ? TradeFormulas.sharePct(v.value(), t.value()) : null;
					Double yoy = complete(v) && complete(pv) ? TradeFormulas.growthPct(v.value(), pv.value()) : null;
					Double contribution = complete(v) && complete(pt)
							? TradeFormulas.contributionPp(v.value(), pv == null ? null : pv.value(), pt.value()) : null;
					yearRows.add(new ProductRow(year, flow.code(), e.getKey(), hs.name(e.getKey()), 0, v.value(), share,
							yoy, contribution));
				}
				yearRows.sort(Comparator.comparing(ProductRow::value).reversed().thenComparing(ProductRow::code));
				for (int i = 0; i < yearRows.size(); i++) {
					ProductRow r = yearRows.get(i);
					rows.add(new ProductRow(r.period(), r.flow(), r.code(), r.name(), i + 1, r.value(), r.sharePct(),
							r.yoyPct(), r.contributionPp()));
				}
			}
		}
		return List.copyOf(rows);
	}

	/**
	 * The top {@value ProductTops#LIMIT} products of each flow at the finest level the feed carries
	 * (the top-level codes of the hierarchy: an HS4 is never added to its own HS6 lines), for every
	 * calendar year with commodity detail and for the current year-to-date, ranked by value (ties by
	 * code). A code without a row in a month for which the flow has commodity detail counts as 0 in
	 * that month, and a code absent the previous year counts as 0 there when that year has detail for
	 * every month (YoY n/a, contribution = its whole value); without such detail the previous value is
	 * unknown and YoY and contribution are blank, never 0. Empty for a group flow computed from member
	 * rows: see {@link #topProductsNote()}.
	 */
	public List<ProductRow> topProducts(HsNomenclature hs) {
		if (this.topProducts == null) {
			this.topProducts = computeTopProducts(hs);
		}
		return this.topProducts;
	}

	/**
	 * Why a flow with commodity detail has no finest-level top products ("" when none lacks them): a
	 * group computed from member rows holds chapter sums only, and a wrong top 10 is worse than none.
	 */
	public String topProductsNote() {
		List<String> flows = new ArrayList<>();
		for (Flow flow : Flow.values()) {
			if (this.ledger.computedFromMembers(this.reporter, this.partner, flow)
					&& this.ledger.productTops(this.reporter, this.partner, flow).isEmpty() && !chapters(flow).isEmpty()) {
				flows.add(flow.code() + "s");
			}
		}
		if (flows.isEmpty()) {
			return "";
		}
		return "Top products at the finest level are not computed for " + String.join(" and ", flows) + " of "
				+ this.reporter + "–" + this.partner + ": the group is rolled up from member rows, by HS chapter only"
				+ " (see the Commodities and HS sections sheets).";
	}

	private List<ProductRow> computeTopProducts(HsNomenclature hs) {
		List<ProductRow> rows = new ArrayList<>();
		Period ytd = yearToDatePeriod();
		for (Flow flow : Flow.values()) {
			java.util.Set<YearMonth> detail = detailMonths(flow);
			FlowSeries total = total(flow);
			for (Map.Entry<Period, List<ProductTops.Top>> e : this.ledger.productTops(this.reporter, this.partner, flow)
				.entrySet()) {
				Period period = e.getKey();
				if (period.type() != PeriodType.YEAR && !period.equals(ytd)) {
					continue;
				}
				Period base = period.previousYear();
				boolean baseDetail = detail.containsAll(base.monthList());
				Amount t = total.resolve(period);
				Amount pt = baseDetail ? total.resolve(base) : null;
				int rank = 0;
				for (ProductTops.Top top : e.getValue()) {
					Amount v = amount(top.value(), period, detail);
					Amount pv = top.previous() != null ? amount(top.previous(), base, detail)
							: (baseDetail ? new Amount(BigDecimal.ZERO, true) : null);
					Double share = complete(v) && complete(t) ? TradeFormulas.sharePct(v.value(), t.value()) : null;
					Double yoy = complete(v) && complete(pv) ? TradeFormulas.growthPct(v.value(), pv.value()) : null;
					Double contribution = complete(v) && complete(pv) && complete(pt)
							? TradeFormulas.contributionPp(v.value(), pv.value(), pt.value()) : null;
					rows.add(new ProductRow(period, flow.code(), top.code(), hs.name(top.code()), ++rank, v.value(), share,
							yoy, contribution));
				}
			}
		}
		return List.copyOf(rows);
	}

	/** A code's value in a period: complete when every month it has no row in is a month with commodity detail. */
	private static Amount amount(ProductTops.Part part, Period period, java.util.Set<YearMonth> detail) {
		boolean complete = !part.straddled();
		List<YearMonth> months = period.monthList();
		for (int i = 0; i < months.size() && complete; i++) {
			if ((part.absentMonths() & (1 << i)) != 0) {
				complete = detail.contains(months.get(i));
			}
		}
		return new Amount(part.value(), complete);
	}

	/** The months for which the flow has commodity detail: covered by a supplied period of some chapter. */
	private java.util.Set<YearMonth> detailMonths(Flow flow) {
		java.util.Set<YearMonth> months = new java.util.HashSet<>();
		for (FlowSeries chapter : chapters(flow).values()) {
			for (Period p : chapter.suppliedPeriods()) {
				months.addAll(p.monthList());
			}
		}
		return months;
	}

	/**
	 * HS-section rows for every year with commodity detail: per flow and year the sections in
	 * nomenclature order (I–XXI, then "Other / not classified"), the part of the total that no chapter
	 * accounts for (only when there is one) and the flow total, whose contribution is its growth. A section
	 * absent in one of the two years counts as 0 there when that year has a commodity breakdown; without a
	 * breakdown of the previous year, YoY and contributions are blank, never 0. The contributions of a year
	 * add up to the total's.
	 */
	public List<SectionRow> sections(HsNomenclature hs) {
		if (this.sections == null) {
			this.sections = computeSections(hs);
		}
		return this.sections;
	}

	private List<SectionRow> computeSections(HsNomenclature hs) {
		List<SectionRow> rows = new ArrayList<>();
		for (Flow flow : Flow.values()) {
			Map<String, FlowSeries> chapters = chapters(flow);
			FlowSeries total = total(flow);
			for (Period year : detailYears(chapters)) {
				Map<String, Amount> now = bySection(hs, chapters, year);
				Map<String, Amount> before = bySection(hs, chapters, year.previousYear());
				Amount t = total.resolve(year);
				Amount pt = total.resolve(year.previousYear());
				for (HsNomenclature.Section s : hs.sections()) {
					Amount v = now.get(s.code());
					Amount pv = before.get(s.code());
					if (v == null && pv == null) {
						continue;
					}
					rows.add(sectionRow(year, flow, s.code(), s.chapters(), s.name(), orZero(v),
							before.isEmpty() ? null : orZero(pv), t, pt));
				}
				Amount rest = minus(t, sum(now.values()));
				Amount previousRest = before.isEmpty() ? null : minus(pt, sum(before.values()));
				if (rest != null && (rest.value().signum() != 0
						|| (previousRest != null && previousRest.value().signum() != 0))) {
					rows.add(sectionRow(year, flow, SectionRow.UNALLOCATED, "", UNALLOCATED_NAME, rest, previousRest, t,
							pt));
				}
				if (t != null) {
					// the total's contribution is its growth, shown only where the sections decompose it
					SectionRow all = sectionRow(year, flow, SectionRow.TOTAL, "01–99", hs.name(TradeRow.TOTAL), t, pt, t,
							pt);
					rows.add(before.isEmpty() ? new SectionRow(year, flow.code(), all.code(), all.chapters(), all.name(),
							all.value(), all.sharePct(), all.yoyPct(), null) : all);
				}
			}
		}
		return List.copyOf(rows);
	}

	private static SectionRow sectionRow(Period year, Flow flow, String code, String chapters, String name, Amount v,
			Amount pv, Amount t, Amount pt) {
		Double share = complete(v) && complete(t) ? TradeFormulas.sharePct(v.value(), t.value()) : null;
		Double yoy = complete(v) && complete(pv) ? TradeFormulas.growthPct(v.value(), pv.value()) : null;
		Double contribution = complete(v) && complete(pv) && complete(pt)
				? TradeFormulas.contributionPp(v.value(), pv.value(), pt.value()) : null;
		return new SectionRow(year, flow.code(), code, chapters, name, v.value(), share, yoy, contribution);
	}

	/** The chapters of a year summed per section code; empty when the year has no commodity breakdown. */
	private static Map<String, Amount> bySection(HsNomenclature hs, Map<String, FlowSeries> chapters, Period year) {
		Map<String, Amount> sums = new TreeMap<>();
		chapters.forEach((chapter, series) -> {
			Amount a = series.resolve(year);
			if (a != null) {
				sums.merge(hs.section(chapter).code(), a, PairAnalysis::plus);
			}
		});
		return sums;
	}

	/** Years in which any chapter has a supplied value. */
	private static TreeSet<Period> detailYears(Map<String, FlowSeries> chapters) {
		TreeSet<Period> years = new TreeSet<>();
		for (FlowSeries c : chapters.values()) {
			for (Period p : c.suppliedPeriods()) {
				years.add(Period.year(p.year()));
			}
		}
		return years;
	}

	private static boolean hasDetail(Map<String, FlowSeries> chapters, Period year) {
		return chapters.values().stream().anyMatch(c -> c.resolve(year) != null);
	}

	/** Chapter series of a flow: the sum of the top-level codes under each two-digit chapter. */
	private Map<String, FlowSeries> chapters(Flow flow) {
		return this.chapterSeries.computeIfAbsent(flow, this::computeChapters);
	}

	private Map<String, FlowSeries> computeChapters(Flow flow) {
		Map<String, Map<Period, BigDecimal>> sums = new TreeMap<>();
		for (String code : this.ledger.topLevelCommodities(this.reporter, this.partner, flow)) {
			FlowSeries s = commodity(flow, code);
			Map<Period, BigDecimal> chapter = sums.computeIfAbsent(code.substring(0, 2), c -> new HashMap<>());
			for (Period p : s.suppliedPeriods()) {
				chapter.merge(p, s.supplied(p), BigDecimal::add);
			}
		}
		Map<String, FlowSeries> chapters = new TreeMap<>();
		sums.forEach((code, values) -> {
			FlowSeries series = new FlowSeries();
			values.forEach(series::put);
			chapters.put(code, series);
		});
		return chapters;
	}

	/** The long indicator rows of every period. */
	public List<IndicatorRow> indicators(HsNomenclature hs) {
		List<IndicatorRow> rows = new ArrayList<>();
		for (Period p : periods()) {
			PeriodFigures f = figures(p);
			BigDecimal x = f.exports();
			BigDecimal m = f.imports();
			add(rows, p, f.complete(), "EXPORTS", x, "USD");
			add(rows, p, f.complete(), "IMPORTS", m, "USD");
			add(rows, p, f.complete(), "TURNOVER", f.turnover(), "USD");
			add(rows, p, f.complete(), "BALANCE", f.balance(), "USD");
			add(rows, p, f.complete(), "EXPORTS_YOY", TradeFormulas.pct(f.exportsYoyPct()), "PCT");
			add(rows, p, f.complete(), "IMPORTS_YOY", TradeFormulas.pct(f.importsYoyPct()), "PCT");
			add(rows, p, f.complete(), "TURNOVER_YOY", TradeFormulas.pct(f.turnoverYoyPct()), "PCT");
			if (f.complete()) {
				add(rows, p, true, "COVERAGE_RATIO", TradeFormulas.pct(TradeFormulas.coverageRatioPct(x, m)), "PCT");
				add(rows, p, true, "RELATIVE_BALANCE", TradeFormulas.pct(TradeFormulas.relativeBalancePct(x, m)), "PCT");
				add(rows, p, true, "EXPORT_SHARE_OF_TURNOVER", TradeFormulas.pct(TradeFormulas.sharePct(x, f.turnover())),
						"PCT");
				add(rows, p, true, "PARTNER_SHARE_OF_TURNOVER", TradeFormulas.pct(partnerSharePct(p)), "PCT");
				Integer rank = p.type() == PeriodType.YEAR ? partnerRank(p) : null;
				if (rank != null) {
					add(rows, p, true, "PARTNER_RANK", BigDecimal.valueOf(rank), "COUNT");
				}
			}
			if (p.type() == PeriodType.YEAR && f.complete()) {
				for (int n : new int[] { 5, 10 }) {
					PeriodFigures base = figures(p.minusYears(n));
					if (base.complete()) {
						add(rows, p, true, "TURNOVER_CAGR_" + n + "Y",
								TradeFormulas.pct(TradeFormulas.cagrPct(base.turnover(), f.turnover(), n)), "PCT");
						add(rows, p, true, "EXPORTS_CAGR_" + n + "Y",
								TradeFormulas.pct(TradeFormulas.cagrPct(base.exports(), x, n)), "PCT");
						add(rows, p, true, "IMPORTS_CAGR_" + n + "Y",
								TradeFormulas.pct(TradeFormulas.cagrPct(base.imports(), m, n)), "PCT");
					}
				}
			}
		}
		List<ProductRow> products = products(hs);
		for (Period year : products.stream().filter(r -> r.flow().equals("export")).map(ProductRow::period).distinct().toList()) {
			List<BigDecimal> values = products.stream()
				.filter(r -> r.flow().equals("export") && r.period().equals(year))
				.map(ProductRow::value)
				.toList();
			Double hhi = TradeFormulas.herfindahl(values);
			add(rows, year, figures(year).complete(), "EXPORTS_HHI", hhi == null ? null
					: BigDecimal.valueOf(hhi).setScale(6, java.math.RoundingMode.HALF_EVEN), "RATIO");
		}
		for (SectionRow s : sections(hs)) {
			if (s.contributionPp() != null && !SectionRow.TOTAL.equals(s.code())) {
				String flow = Flow.EXPORT.code().equals(s.flow()) ? "EXPORTS" : "IMPORTS";
				add(rows, s.period(), figures(s.period()).complete(), flow + "_CONTRIBUTION_HS_" + s.code(),
						TradeFormulas.pct(s.contributionPp()), "PP");
			}
		}
		return rows;
	}

	private void add(List<IndicatorRow> rows, Period p, boolean complete, String indicator, BigDecimal value,
			String unit) {
		rows.add(new IndicatorRow(this.reporter, this.partner, p, complete, indicator, value, unit));
	}

	private Period latest(PeriodType type) {
		Period latest = null;
		for (Period p : periods()) {
			if (p.type() == type && figures(p).complete() && (latest == null || p.compareTo(latest) > 0)) {
				latest = p;
			}
		}
		return latest;
	}

	private void addIfData(TreeSet<Period> periods, Period p) {
		if (this.exports.resolve(p) != null || this.imports.resolve(p) != null) {
			periods.add(p);
		}
	}

	private int firstYear() {
		int first = Integer.MAX_VALUE;
		for (FlowSeries s : List.of(this.exports, this.imports)) {
			for (Period p : s.suppliedPeriods()) {
				first = Math.min(first, p.firstMonth().getYear());
			}
		}
		return first;
	}

	private YearMonth lastMonth() {
		YearMonth a = this.exports.lastMonth();
		YearMonth b = this.imports.lastMonth();
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

	private FlowSeries commodity(Flow flow, String code) {
		return orEmpty(this.ledger.series(new SeriesKey(this.reporter, this.partner, flow, code)));
	}

	private static Figure figure(BigDecimal current, BigDecimal previous, boolean complete) {
		Double yoy = complete ? TradeFormulas.growthPct(current, previous) : null;
		return new Figure(current, previous, yoy);
	}

	private static boolean complete(Amount a) {
		return a != null && a.complete();
	}

	private static BigDecimal value(Amount a) {
		return a == null ? null : a.value();
	}

	private FlowSeries total(Flow flow) {
		return flow == Flow.EXPORT ? this.exports : this.imports;
	}

	/** A section absent from a year that has a commodity breakdown: nothing traded, a complete zero. */
	private static Amount orZero(Amount a) {
		return (a != null) ? a : new Amount(BigDecimal.ZERO, true);
	}

	private static Amount plus(Amount a, Amount b) {
		return new Amount(a.value().add(b.value()), a.complete() && b.complete());
	}

	private static Amount sum(Collection<Amount> amounts) {
		return amounts.stream().reduce(PairAnalysis::plus).orElse(null);
	}

	/** {@code a − b} when both are complete, else {@code null}. */
	private static Amount minus(Amount a, Amount b) {
		return complete(a) && complete(b) ? new Amount(a.value().subtract(b.value()), true) : null;
	}

	private static FlowSeries orEmpty(FlowSeries s) {
		return s == null ? new FlowSeries() : s;
	}

}
