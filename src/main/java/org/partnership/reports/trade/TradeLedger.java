package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.partnership.reports.period.Period;

/**
 * All accepted trade values by series, with revisions resolved: when the same key (series and
 * period) arrives again, the row with the higher vintage replaces the other — without vintages (or
 * with equal ones) the later row (later file, then later line) — and the change is recorded with
 * the old and the new value. Totals missing from the feed are derived from the top-level commodity
 * codes, so an HS4 heading is never added to its own HS6 lines.
 */
public final class TradeLedger {

	/** The partner code of the reporter's trade with the whole world. */
	public static final String WORLD = "WLD";

	private static final java.util.Comparator<SeriesKey> KEY_ORDER = java.util.Comparator.comparing(SeriesKey::reporter)
		.thenComparing(SeriesKey::partner)
		.thenComparing(SeriesKey::flow)
		.thenComparing(SeriesKey::commodity);

	private final Map<SeriesKey, FlowSeries> series = new HashMap<>();

	/** Commodity codes (TOTAL excluded) per reporter–partner–flow, for hierarchy checks without scans. */
	private final Map<SeriesKey, java.util.SortedSet<String>> codesByFlow = new HashMap<>();

	private final List<Revision> revisions = new ArrayList<>();

	private final Set<SeriesKey> derivedTotals = new java.util.HashSet<>();

	/** The finest-level top products of every flow the feed breaks down by commodity, by TOTAL key. */
	private final Map<SeriesKey, Map<Period, List<ProductTops.Top>>> productTops = new HashMap<>();

	/** Group flows (TOTAL keys) whose series were computed from member rows, not supplied. */
	private final Set<SeriesKey> computedGroupFlows = new java.util.HashSet<>();

	private final PartnerGroups groups;

	/** How each group series came about, by "reporter-partner": computed from members or supplied. */
	private final Map<String, String> groupNotes = new HashMap<>();

	public TradeLedger() {
		this(PartnerGroups.none());
	}

	public TradeLedger(PartnerGroups groups) {
		this.groups = groups;
	}

	private final List<String> warnings = new ArrayList<>();

	/** Reporter–partner–flow combinations the feed itself carries (marked by their TOTAL key). */
	private final Set<SeriesKey> flowsInFeed = new java.util.HashSet<>();

	/** A value replaced by a later vintage. */
	public record Revision(SeriesKey key, Period period, BigDecimal oldValue, BigDecimal newValue, String oldSource,
			String newSource) {
	}

	/**
	 * Adds one accepted row with where it came from. Rows are kept until {@link #complete()}, which
	 * resolves revisions and aggregates them as the nightly job does with its import runs; meant for
	 * small in-memory ledgers (tests, tools), the job streams through {@link TradeRunMerge}.
	 */
	public void add(StagedTradeRow staged) {
		this.pending.add(staged);
	}

	private final List<StagedTradeRow> pending = new ArrayList<>();

	/** An accepted row with its file and line. */
	public record StagedTradeRow(String file, long line, TradeRow row) {

		SeriesKey key() {
			return new SeriesKey(this.row.reporter(), this.row.partner(), this.row.flow(), this.row.commodity());
		}

	}

	/**
	 * Orders vintage labels as text (ISO dates and zero-padded numbers sort in time order); a row
	 * without a vintage ranks below every row with one.
	 */
	static int compareVintages(String a, String b) {
		if (a == null || b == null) {
			return a == null ? (b == null ? 0 : -1) : 1;
		}
		return a.compareTo(b);
	}

	/** Records a value in effect of a total or chapter series (revisions already resolved). */
	void putSupplied(SeriesKey key, Period period, BigDecimal value) {
		this.series.computeIfAbsent(key, k -> new FlowSeries()).put(period, value);
		this.flowsInFeed.add(key.total());
		if (!TradeRow.TOTAL.equals(key.commodity())) {
			this.codesByFlow.computeIfAbsent(key.total(), k -> new TreeSet<>()).add(key.commodity());
		}
	}

	/** An empty ledger with the same groups, for one part of a merge in parts (see {@link #absorb}). */
	TradeLedger emptyPart() {
		return new TradeLedger(this.groups);
	}

	/**
	 * Takes over what a part of the merge recorded about its flows (none of which this ledger has);
	 * parts taken over in key order leave what one merge of all the runs would have.
	 */
	void absorb(TradeLedger part) {
		this.series.putAll(part.series);
		part.codesByFlow.forEach((flow, codes) -> this.codesByFlow.merge(flow, codes, (a, b) -> {
			a.addAll(b);
			return a;
		}));
		this.flowsInFeed.addAll(part.flowsInFeed);
		this.productTops.putAll(part.productTops);
		this.revisions.addAll(part.revisions);
		this.warnings.addAll(part.warnings);
	}

	/** Records the ranked top products of a flow (its TOTAL key), by period. */
	void putProductTops(SeriesKey flow, Map<Period, List<ProductTops.Top>> tops) {
		this.productTops.put(flow, tops);
	}

	/**
	 * The finest-level top products of a flow by period (years, and year-to-date periods of the flow's
	 * last year with detail), ranked; empty when the feed carries no commodity rows for the flow itself
	 * (a group computed from member rows has none: see {@link #computedFromMembers}).
	 */
	public Map<Period, List<ProductTops.Top>> productTops(String reporter, String partner, Flow flow) {
		return this.productTops.getOrDefault(new SeriesKey(reporter, partner, flow, TradeRow.TOTAL), Map.of());
	}

	/** Whether the series of this group flow were computed from member rows (not supplied by the feed). */
	public boolean computedFromMembers(String reporter, String partner, Flow flow) {
		return this.computedGroupFlows.contains(new SeriesKey(reporter, partner, flow, TradeRow.TOTAL));
	}

	void addRevision(Revision revision) {
		this.revisions.add(revision);
	}

	/** Warns about every supplied year, half or quarter that its supplied sub-periods sum to something else. */
	void checkSubPeriods(SeriesKey key, Map<Period, BigDecimal> supplied) {
		for (Map.Entry<Period, BigDecimal> e : supplied.entrySet()) {
			Period p = e.getKey();
			if (p.type() == org.partnership.reports.period.PeriodType.MONTH) {
				continue;
			}
			FlowSeries partsOnly = new FlowSeries();
			supplied.forEach((q, v) -> {
				if (!q.equals(p) && p.contains(q)) {
					partsOnly.put(q, v);
				}
			});
			Amount parts = partsOnly.resolve(p);
			if (parts != null && parts.complete() && differs(parts.value(), e.getValue())) {
				this.warnings.add(describe(key) + " " + p.code() + ": supplied " + e.getValue().toPlainString()
						+ " differs from the sum of its sub-periods " + parts.value().toPlainString()
						+ "; the supplied value is used");
			}
		}
	}

	/** Called once after the last row: derives missing totals and checks supplied against computed ones. */
	public TradeLedger complete() {
		if (!this.pending.isEmpty()) {
			List<StagedTradeRow> rows = new ArrayList<>(this.pending);
			this.pending.clear();
			// stable: rows of the same key stay in the order they were added
			rows.sort(java.util.Comparator.comparing(StagedTradeRow::key, KEY_ORDER)
				.thenComparing(r -> r.row().period()));
			DetailAggregation aggregation = new DetailAggregation(this);
			for (StagedTradeRow r : rows) {
				aggregation.accept(r.key(), r.row().period(), r.row().valueUsd(), r.file(), r.line(), r.row().vintage());
			}
			aggregation.finish();
		}
		deriveMissingTotals();
		rollUpGroups();
		checkSuppliedTotals();
		return this;
	}

	/** The partner-group label of a pair, or an empty string when the partner is not a group. */
	public String groupNote(String reporter, String partner) {
		String note = this.groupNotes.get(reporter + "-" + partner);
		if (note == null && this.groups.isGroup(partner)) {
			note = this.groups.describe(partner) + "; as supplied by the feed";
		}
		if (note == null && this.groups.isGroup(reporter)) {
			note = this.groups.describe(reporter) + "; as supplied by the feed";
		}
		return note == null ? "" : note;
	}

	/**
	 * Rolls member rows up into their groups, on either side of a pair: rows whose partner is a member
	 * (KAZ–DEU → KAZ–EU27) and rows a member reports itself (DEU–KAZ → EU27–KAZ, Eurostat's view).
	 * A group is computed as a reporter only from at least two reporting members and only for partners
	 * outside it (intra-group trade is not the group's trade), so one member's own figures never pose
	 * as the group's. A group the feed also supplies is not double-counted: the supplied series is used
	 * and every period where the members sum to something else is listed.
	 */
	private void rollUpGroups() {
		Set<SeriesKey> rolledUp = new java.util.HashSet<>();
		for (String group : this.groups.codes()) {
			Map<SeriesKey, Map<Period, BigDecimal>> sums = new HashMap<>();
			Map<SeriesKey, Set<String>> reportingMembers = new HashMap<>();
			List<SeriesKey> keys = new ArrayList<>(this.series.keySet());
			keys.sort(KEY_ORDER);
			for (SeriesKey k : keys) {
				boolean partnerSide = this.groups.hasMember(group, k.partner()) && !k.partner().equals(k.reporter());
				boolean reporterSide = this.groups.hasMember(group, k.reporter()) && !this.groups.hasMember(group, k.partner())
						&& !k.partner().equals(group) && !rolledUp.contains(k);
				if (!partnerSide && !reporterSide) {
					continue;
				}
				String member = partnerSide ? k.partner() : k.reporter();
				SeriesKey target = partnerSide ? new SeriesKey(k.reporter(), group, k.flow(), k.commodity())
						: new SeriesKey(group, k.partner(), k.flow(), k.commodity());
				FlowSeries s = this.series.get(k);
				for (Period p : s.suppliedPeriods()) {
					if (this.groups.includes(group, member, p)) {
						sums.computeIfAbsent(target, t -> new java.util.TreeMap<>()).merge(p, s.supplied(p), BigDecimal::add);
						if (reporterSide) {
							reportingMembers.computeIfAbsent(target, t -> new TreeSet<>()).add(member);
						}
					}
				}
			}
			List<SeriesKey> targets = new ArrayList<>(sums.keySet());
			targets.sort(KEY_ORDER);
			Map<String, Set<String>> reportersByPair = new HashMap<>();
			for (SeriesKey target : targets) {
				boolean asReporter = group.equals(target.reporter());
				if (asReporter && reportingMembers.getOrDefault(target, Set.of()).size() < 2) {
					continue;
				}
				String pair = target.reporter() + "-" + target.partner();
				if (this.flowsInFeed.contains(target.total())) {
					// the feed carries this group flow itself: use it whole, never topped up with member rows
					FlowSeries supplied = this.series.get(target);
					if (supplied != null && TradeRow.TOTAL.equals(target.commodity())) {
						compareWithMembers(target, supplied, sums.get(target));
					}
					this.groupNotes.put(pair, this.groups.describe(group) + "; totals as supplied by the feed, checked against member rows");
					continue;
				}
				FlowSeries computed = new FlowSeries();
				sums.get(target).forEach(computed::put);
				this.series.put(target, computed);
				rolledUp.add(target);
				this.computedGroupFlows.add(target.total());
				if (!TradeRow.TOTAL.equals(target.commodity())) {
					this.codesByFlow.computeIfAbsent(target.total(), k -> new TreeSet<>()).add(target.commodity());
				}
				else {
					this.derivedTotals.add(target);
				}
				if (asReporter) {
					Set<String> reporters = reportersByPair.computeIfAbsent(pair, p -> new TreeSet<>());
					reporters.addAll(reportingMembers.get(target));
					this.groupNotes.put(pair, this.groups.describe(group) + "; computed from the reports of "
							+ reporters.size() + " member states");
				}
				else {
					this.groupNotes.put(pair, this.groups.describe(group) + "; computed from member rows");
				}
			}
		}
	}

	private void compareWithMembers(SeriesKey key, FlowSeries supplied, Map<Period, BigDecimal> members) {
		for (Period p : supplied.suppliedPeriods()) {
			FlowSeries m = new FlowSeries();
			members.forEach(m::put);
			Amount sum = m.resolve(p);
			if (sum != null && sum.complete() && differs(sum.value(), supplied.supplied(p))) {
				this.warnings.add(describe(key) + " " + p.code() + ": supplied group total " + supplied.supplied(p).toPlainString()
						+ " differs from the sum of its member rows " + sum.value().toPlainString() + " ("
						+ this.groups.composition().name().toLowerCase().replace('_', '-')
						+ " composition); the supplied total is used");
			}
		}
	}

	/** Whether {@code member} is ever a member of the partner group {@code group}. */
	public boolean groupHasMember(String group, String member) {
		return this.groups.hasMember(group, member);
	}

	public FlowSeries series(SeriesKey key) {
		return this.series.get(key);
	}

	/** Reporter–partner pairs with trade data, world totals excluded, sorted. */
	public Set<List<String>> pairs() {
		Set<List<String>> pairs = new TreeSet<>(java.util.Comparator.comparing((List<String> p) -> p.get(0))
			.thenComparing(p -> p.get(1)));
		for (SeriesKey k : this.series.keySet()) {
			if (!WORLD.equals(k.partner())) {
				pairs.add(List.of(k.reporter(), k.partner()));
			}
		}
		return pairs;
	}

	/**
	 * The partners a pair's partner is ranked against: every other partner of the reporter except
	 * the world total, other groups, and the members of the partner itself when it is a group (the
	 * EU is ranked as one bloc among countries, as DG Trade does).
	 */
	public List<String> rankingPartners(String reporter, String partner) {
		List<String> list = new ArrayList<>();
		for (List<String> pair : pairs()) {
			String other = pair.get(1);
			if (!pair.get(0).equals(reporter) || other.equals(partner)) {
				continue;
			}
			if (this.groups.isGroup(other) || this.groups.hasMember(partner, other)) {
				continue;
			}
			list.add(other);
		}
		return list;
	}

	/** Commodity codes of a flow that have no ancestor code in the same flow (HS hierarchy by prefix). */
	public List<String> topLevelCommodities(String reporter, String partner, Flow flow) {
		java.util.SortedSet<String> all = this.codesByFlow.get(new SeriesKey(reporter, partner, flow, TradeRow.TOTAL));
		if (all == null) {
			return List.of();
		}
		List<String> top = new ArrayList<>();
		for (String c : all) {
			boolean hasAncestor = false;
			for (int len = 2; len < c.length() && !hasAncestor; len++) {
				hasAncestor = all.contains(c.substring(0, len));
			}
			if (!hasAncestor) {
				top.add(c);
			}
		}
		return top;
	}

	public List<Revision> revisions() {
		return List.copyOf(this.revisions);
	}

	public List<String> warnings() {
		return List.copyOf(this.warnings);
	}

	private void deriveMissingTotals() {
		Set<List<Object>> flows = new TreeSet<>(java.util.Comparator.comparing((List<Object> l) -> (String) l.get(0))
			.thenComparing(l -> (String) l.get(1))
			.thenComparing(l -> (Flow) l.get(2)));
		for (SeriesKey k : this.series.keySet()) {
			flows.add(List.of(k.reporter(), k.partner(), k.flow()));
		}
		for (List<Object> f : flows) {
			SeriesKey total = new SeriesKey((String) f.get(0), (String) f.get(1), (Flow) f.get(2), TradeRow.TOTAL);
			if (this.series.containsKey(total)) {
				continue;
			}
			FlowSeries derived = new FlowSeries();
			Map<Period, BigDecimal> sums = new TreeMap<>();
			for (String code : topLevelCommodities(total.reporter(), total.partner(), total.flow())) {
				FlowSeries s = this.series.get(new SeriesKey(total.reporter(), total.partner(), total.flow(), code));
				for (Period p : s.suppliedPeriods()) {
					sums.merge(p, s.supplied(p), BigDecimal::add);
				}
			}
			sums.forEach(derived::put);
			this.series.put(total, derived);
			this.derivedTotals.add(total);
			this.warnings.add(total.reporter() + "–" + total.partner() + " " + total.flow().code()
					+ ": no TOTAL rows; totals computed as the sum of top-level commodity codes");
		}
	}

	/**
	 * A supplied total that disagrees with its supplied sub-periods, or that is smaller than the sum of
	 * its commodity rows, is listed, not silently chosen. (Commodity series are checked against their
	 * sub-periods row by row, before they are summed into chapters.)
	 */
	private void checkSuppliedTotals() {
		List<SeriesKey> keys = new ArrayList<>(this.series.keySet());
		keys.sort(KEY_ORDER);
		for (SeriesKey key : keys) {
			if (!TradeRow.TOTAL.equals(key.commodity()) || this.derivedTotals.contains(key)) {
				continue;
			}
			FlowSeries s = this.series.get(key);
			Map<Period, BigDecimal> supplied = new TreeMap<>();
			for (Period p : s.suppliedPeriods()) {
				supplied.put(p, s.supplied(p));
			}
			checkSubPeriods(key, supplied);
			checkCommoditySum(key, s);
		}
	}

	private void checkCommoditySum(SeriesKey totalKey, FlowSeries total) {
		List<String> codes = topLevelCommodities(totalKey.reporter(), totalKey.partner(), totalKey.flow());
		if (codes.isEmpty()) {
			return;
		}
		Set<Period> periods = new TreeSet<>();
		for (String c : codes) {
			periods.addAll(this.series.get(new SeriesKey(totalKey.reporter(), totalKey.partner(), totalKey.flow(), c))
				.suppliedPeriods());
		}
		for (Period p : periods) {
			BigDecimal sum = BigDecimal.ZERO;
			for (String c : codes) {
				BigDecimal v = this.series.get(new SeriesKey(totalKey.reporter(), totalKey.partner(), totalKey.flow(), c))
					.supplied(p);
				if (v != null) {
					sum = sum.add(v);
				}
			}
			// a breakdown that covers only some goods sums to less than the total, which is fine;
			// parts that exceed their total mean a code is counted twice or the total is wrong
			Amount t = total.resolve(p);
			if (t != null && t.complete() && sum.compareTo(t.value()) > 0 && differs(sum, t.value())) {
				this.warnings.add(describe(totalKey) + " " + p.code() + ": commodity rows sum to " + sum.toPlainString()
						+ ", more than the total " + t.value().toPlainString());
			}
		}
	}

	/** Differences above 0.05 % (and above one dollar) count; rounding in the sources is smaller. */
	static boolean differs(BigDecimal a, BigDecimal b) {
		BigDecimal diff = a.subtract(b).abs();
		if (diff.compareTo(BigDecimal.ONE) <= 0) {
			return false;
		}
		BigDecimal base = a.abs().max(b.abs());
		return diff.compareTo(base.multiply(new BigDecimal("0.0005"))) > 0;
	}

	private static String describe(SeriesKey k) {
		return k.reporter() + "–" + k.partner() + " " + k.flow().code() + " " + k.commodity();
	}

}
