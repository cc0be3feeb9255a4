package org.partnership.reports.articles;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.partnership.reports.investment.InvestmentLedger;
import org.partnership.reports.period.Period;
import org.partnership.reports.report.PeriodFigures;
import org.partnership.reports.report.ReconciliationRow;
import org.partnership.reports.report.ReconciliationRow.Verdict;
import org.partnership.reports.trade.PairAnalysis;

/**
 * Compares every trade figure an article quotes with the indicator computed for the same metric,
 * period and partner scope. Amounts agree within 0.5 % (a figure of 10 bn or more printed with one
 * decimal is rounded by at most that much); growth rates within 0.15 percentage points (one
 * decimal plus revisions of the base). Figures for another scope, period, currency or no period at
 * all are "not comparable", with the reason; investment and company counts, which no feed carries,
 * are listed as article-sourced.
 */
public final class Reconciler {

	static final double AMOUNT_TOLERANCE_PCT = 0.5;

	static final double GROWTH_TOLERANCE_PP = 0.15;

	private static final Set<String> TRADE_METRICS = Set.of("TURNOVER", "EXPORTS", "IMPORTS");

	/** By partner code: every quoted figure names one. */
	private final Map<String, PairAnalysis> pairs = new HashMap<>();

	private final InvestmentLedger investment;

	/**
	 * The computed figures of each partner and period a quote refers to (by partner, then period), with the
	 * comparisons already made against them: the reports reconcile every quoted figure twice (workbook,
	 * briefings), 500k articles quote millions of figures about a few hundred partner periods, each costly to
	 * compute from the ledger, and outlets quote the same few values of each (2.1M figures, 0.55M distinct).
	 * Concurrent: the workbook and the briefings are written at the same time.
	 */
	private final Map<String, Map<String, Reference>> computed = new ConcurrentHashMap<>();

	private final Map<String, Optional<Period>> periods = new ConcurrentHashMap<>();

	/** Comparisons kept in all ({@link Reference#KEPT_IN_ALL} at most): memory stays bounded whatever the feed. */
	private final AtomicInteger kept = new AtomicInteger();

	public Reconciler(List<PairAnalysis> pairs) {
		this(pairs, null);
	}

	/** With an investment feed, quoted gross FDI inflows (also cumulative over a span) are checked too. */
	public Reconciler(List<PairAnalysis> pairs, InvestmentLedger investment) {
		pairs.forEach(p -> this.pairs.putIfAbsent(p.partner(), p));
		this.investment = investment;
	}

	public List<ReconciliationRow> reconcile(Article article, StoredFacts facts) {
		List<ReconciliationRow> rows = new ArrayList<>();
		for (StoredFacts.Figure f : facts.figures()) {
			if (f.metric() == null) {
				continue;
			}
			if ("INVESTMENT".equals(f.metric()) && "AMOUNT".equals(f.kind()) && this.investment != null) {
				rows.add(compareInvestment(article, f));
				continue;
			}
			if (!TRADE_METRICS.contains(f.metric())) {
				rows.add(row(article, f, f.kind(), f.value(), unit(f), null, null, Verdict.NOT_COMPARABLE,
						"article-sourced figure: no feed carries " + f.metric().toLowerCase()
								+ (f.cumulative() ? " (cumulative" + span(f) + ")" : "")));
				continue;
			}
			if ("AMOUNT".equals(f.kind())) {
				rows.add(compareAmount(article, f));
				if (f.changePct() != null) {
					rows.add(compareGrowth(article, f, f.changePct()));
				}
			}
			else if ("GROWTH_PCT".equals(f.kind())) {
				rows.add(compareGrowth(article, f, f.value()));
			}
		}
		return rows;
	}

	private ReconciliationRow compareAmount(Article article, StoredFacts.Figure f) {
		String problem = notComparable(f);
		if (problem == null && !"USD".equals(f.currency())) {
			problem = "quoted in " + (f.currency() == null ? "an unstated currency" : f.currency())
					+ "; the trade data are in USD";
		}
		Reference reference = problem == null ? reference(f) : null;
		BigDecimal value = reference == null ? null : metric(reference.figures, f.metric());
		if (problem == null && (value == null || !reference.figures.complete())) {
			problem = "no complete trade data for " + f.period();
		}
		if (problem != null) {
			return row(article, f, "AMOUNT", f.value(), unit(f), null, null, Verdict.NOT_COMPARABLE, problem);
		}
		Comparison c = reference.compared(new Quote(f.metric(), "AMOUNT", f.value()), () -> {
			double diff = f.value().subtract(value).divide(value, MathContext.DECIMAL64).doubleValue() * 100;
			Verdict verdict = Math.abs(diff) <= AMOUNT_TOLERANCE_PCT ? Verdict.AGREES : Verdict.DISAGREES;
			return new Comparison(value, diff, verdict, verdict == Verdict.AGREES ? "within ±" + AMOUNT_TOLERANCE_PCT + " %"
					: "differs by " + OneDecimal.signed(diff) + " % from the data");
		});
		return row(article, f, "AMOUNT", f.value(), "USD", c.computed(), c.diff(), c.verdict(), c.note());
	}

	private ReconciliationRow compareGrowth(Article article, StoredFacts.Figure f, BigDecimal quoted) {
		String problem = notComparable(f);
		Reference reference = problem == null ? reference(f) : null;
		Double yoy = reference == null ? null : growth(reference.figures, f.metric());
		if (problem == null && yoy == null) {
			problem = "no complete data for " + f.period() + " and the year before";
		}
		if (problem != null) {
			return row(article, f, "GROWTH_PCT", quoted, "%", null, null, Verdict.NOT_COMPARABLE, problem);
		}
		Comparison c = reference.compared(new Quote(f.metric(), "GROWTH_PCT", quoted), () -> {
			double diff = quoted.doubleValue() - yoy;
			Verdict verdict = Math.abs(diff) <= GROWTH_TOLERANCE_PP ? Verdict.AGREES : Verdict.DISAGREES;
			return new Comparison(BigDecimal.valueOf(yoy).round(MathContext.DECIMAL64), diff, verdict,
					verdict == Verdict.AGREES ? "within ±" + GROWTH_TOLERANCE_PP + " pp"
							: "differs by " + OneDecimal.signed(diff) + " pp from the data");
		});
		return row(article, f, "GROWTH_PCT", quoted, "%", c.computed(), c.diff(), c.verdict(), c.note());
	}

	/**
	 * A quoted investment amount against the gross inflow of the investment feed: the partner is the
	 * investor, the reporter of the pair the recipient; a span sums every year of it.
	 */
	private ReconciliationRow compareInvestment(Article article, StoredFacts.Figure f) {
		String problem = null;
		BigDecimal value = null;
		if (f.period() == null) {
			problem = "no reference period stated";
		}
		else if (!"USD".equals(f.currency())) {
			problem = "quoted in " + (f.currency() == null ? "an unstated currency" : f.currency())
					+ "; the investment data are in USD";
		}
		else if (f.scope() == null || pair(f.scope()) == null) {
			problem = f.scope() == null ? "no partner stated" : "scope " + f.scope() + " is not a partner in the data";
		}
		else {
			PairAnalysis pair = pair(f.scope());
			try {
				Period last = Period.parse(f.period());
				Period first = f.periodStart() == null ? last : Period.parse(f.periodStart());
				value = this.investment.cumulative(pair.reporter(), pair.partner(), "inflow", first, last);
			}
			catch (IllegalArgumentException ex) {
				problem = "unrecognised period " + f.period();
			}
			if (problem == null && value == null) {
				problem = "no complete investment data for " + span(f).strip() + (f.periodStart() == null ? f.period() : "");
			}
		}
		if (problem != null) {
			return row(article, f, "AMOUNT", f.value(), unit(f), null, null, Verdict.NOT_COMPARABLE, problem);
		}
		double diff = f.value().subtract(value).divide(value, MathContext.DECIMAL64).doubleValue() * 100;
		Verdict verdict = Math.abs(diff) <= AMOUNT_TOLERANCE_PCT ? Verdict.AGREES : Verdict.DISAGREES;
		String what = f.periodStart() == null ? "gross FDI inflow" : "cumulative gross FDI inflow" + span(f);
		return row(article, f, "AMOUNT", f.value(), "USD", value, diff, verdict, what + (verdict == Verdict.AGREES
				? ", within ±" + AMOUNT_TOLERANCE_PCT + " %"
				: ", differs by " + OneDecimal.signed(diff) + " % from the investment data"));
	}

	/** Why a figure cannot be compared at all, or {@code null}. */
	private String notComparable(StoredFacts.Figure f) {
		if (f.cumulative() || f.periodStart() != null) {
			return "cumulative over a span" + span(f) + "; the data give periods";
		}
		if (f.period() == null) {
			return "no reference period stated";
		}
		if (f.scope() == null) {
			return "no partner stated";
		}
		if (pair(f.scope()) == null) {
			return "scope " + f.scope() + " is not a partner in the trade data";
		}
		return period(f.period()).isEmpty() ? "unrecognised period " + f.period() : null;
	}

	private Reference reference(StoredFacts.Figure f) {
		return this.computed.computeIfAbsent(f.scope(), scope -> new ConcurrentHashMap<>())
			.computeIfAbsent(f.period(),
					code -> new Reference(pair(f.scope()).figures(period(code).orElseThrow()), this.kept));
	}

	/** A quoted value of a metric and kind: what the comparison with one partner period depends on. */
	private record Quote(String metric, String kind, BigDecimal value) {
	}

	/** The comparison of a quote with the data: everything of its row that is not the article's. */
	private record Comparison(BigDecimal computed, Double diff, Verdict verdict, String note) {
	}

	/** The computed figures of one partner and period, and the comparisons of quotes with them so far. */
	private static final class Reference {

		/** Comparisons kept per partner period: the values quoted most, in practice all of them. */
		private static final int KEPT = 1_024;

		/** Comparisons kept for all partner periods together: some 40 MB. */
		static final int KEPT_IN_ALL = 250_000;

		final PeriodFigures figures;

		private final AtomicInteger keptInAll;

		private final Map<Quote, Comparison> comparisons = new ConcurrentHashMap<>();

		Reference(PeriodFigures figures, AtomicInteger keptInAll) {
			this.figures = figures;
			this.keptInAll = keptInAll;
		}

		/** The comparison of {@code quote}, made by {@code compare} unless made before (the same either way). */
		Comparison compared(Quote quote, Supplier<Comparison> compare) {
			Comparison c = this.comparisons.get(quote);
			if (c == null) {
				c = compare.get();
				if (this.comparisons.size() < KEPT && this.keptInAll.get() < KEPT_IN_ALL
						&& this.comparisons.putIfAbsent(quote, c) == null) {
					this.keptInAll.incrementAndGet();
				}
			}
			return c;
		}

	}

	/** The period of a code, or empty when it is none; parsed once per code (a regex match each time). */
	private Optional<Period> period(String code) {
		return this.periods.computeIfAbsent(code, c -> {
			try {
				return Optional.of(Period.parse(c));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		});
	}

	private PairAnalysis pair(String partner) {
		return this.pairs.get(partner);
	}

	private static BigDecimal metric(PeriodFigures f, String metric) {
		return switch (metric) {
			case "EXPORTS" -> f.exports();
			case "IMPORTS" -> f.imports();
			default -> f.turnover();
		};
	}

	private static Double growth(PeriodFigures f, String metric) {
		return switch (metric) {
			case "EXPORTS" -> f.exportsYoyPct();
			case "IMPORTS" -> f.importsYoyPct();
			default -> f.turnoverYoyPct();
		};
	}

	private static String unit(StoredFacts.Figure f) {
		return switch (f.kind()) {
			case "GROWTH_PCT" -> "%";
			case "COUNT" -> "count";
			default -> f.currency() == null ? "" : f.currency();
		};
	}

	/** " 2005 – 2024", or " since 2005" when the article names no end ("since 2005, 3,000 companies"). */
	private static String span(StoredFacts.Figure f) {
		if (f.periodStart() == null) {
			return "";
		}
		return f.period() == null ? " since " + f.periodStart() : " " + f.periodStart() + " – " + f.period();
	}

	private static ReconciliationRow row(Article a, StoredFacts.Figure f, String kind, BigDecimal quoted, String unit,
			BigDecimal computed, Double diff, Verdict verdict, String note) {
		return new ReconciliationRow(a.id(), a.published(), a.source(), a.title(), f.metric(), kind, f.period(),
				f.scope(), quoted, unit, computed, diff, verdict, note);
	}

}
