package org.partnership.reports.articles.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads quoted figures from the sentences that contain a digit. Each number is classified by the words
 * around it (currency and scale → amount, % or «в N раза» → growth, "companies" → count); a growth right
 * next to an amount becomes the amount's {@code changePct}. Then every figure is bound to the metric,
 * period and partner scope of its sentence. A figure whose sentence states no period takes the last
 * reference period stated by an earlier figure sentence («Экспорт составил 38,6 млрд долларов» after a
 * sentence about 2024): any figure within the same paragraph, and a trade figure (turnover, exports,
 * imports) also across paragraphs, since the lead paragraph usually names the period once for the whole
 * article. A sentence about the future (a {@code FUTURE} cue) neither takes nor passes on a period. Scope is
 * inherited within the paragraph only.
 *
 * <p>
 * Implicit period: an amount or growth of turnover, exports or imports with no period in its sentence or
 * before it, stated in the past tense (a {@code PAST} cue: "reached", «составил», «болды») in an article
 * published before July of year Y, is taken to be year Y-1: the press quotes the last complete year's trade
 * statistics in the first half of the next year (the founding article, 2025-04-01, quotes 2024 turnover
 * without saying so). Not applied to investment (an announced package is not last year's result), counts,
 * cumulative figures, sentences about the future, or articles published from July on.
 */
final class FigureExtractor {

	private static final Set<String> TRADE = Set.of("TURNOVER", "EXPORTS", "IMPORTS");

	/** Matchers are costly to make and to throw away; each thread keeps one set and re-aims it per article. */
	private static final ThreadLocal<FigureScanner> SCANNERS = ThreadLocal.withInitial(() -> new FigureScanner(""));

	private static final ThreadLocal<PeriodFinder> PERIOD_FINDERS = ThreadLocal.withInitial(() -> new PeriodFinder(""));

	/**
	 * Words right before a figure that make it a comparison base ("up from $30 billion"). «сравнении с» needs no
	 * entry of its own: it ends with «с».
	 */
	private static final TrailingWords COMPARISON_BASE = TrailingWords.of("compared with", "compared to",
			"comparison with", "against", "versus", "from", "против", "с", "со");

	/** Words that start a new clause for metric binding. */
	private static final String[] CONJUNCTIONS = { "and", "while", "whereas", "but", "и", "а", "но", "және", "ал",
			"бірақ" };

	private final LocalDate published;

	private final NormalizedText text;

	private FigureScanner scanner;

	private PeriodFinder periodFinder;

	private String inheritedPeriod;

	private String inheritedScope;

	private int paragraph = -1;

	/** Paragraph of the sentence that stated {@link #inheritedPeriod}. */
	private int periodParagraph = -1;

	FigureExtractor(NormalizedText text, LocalDate published) {
		this.text = text;
		this.published = published;
	}

	/** Figures of one sentence; call for every sentence in order so that inheritance works. */
	void extract(Sentence sentence, List<Hit> hits, List<QuotedFigure> out) {
		if (sentence.paragraph() != paragraph) {
			paragraph = sentence.paragraph();
			inheritedScope = null;
		}
		String sentenceScope = lastScope(hits);
		boolean future = hasCue(hits, "FUTURE");
		if (future) {
			inheritedPeriod = null; // an announcement breaks the thread of reported results
		}
		if (!sentence.hasDigit()) {
			inheritedScope = sentenceScope != null ? sentenceScope : inheritedScope;
			return;
		}
		if (scanner == null) {
			// most articles have few figure sentences: aim the thread's matchers at this text on demand
			scanner = SCANNERS.get().reset(text.text());
			periodFinder = PERIOD_FINDERS.get().reset(text.text());
		}
		List<FigureScanner.Candidate> figures = scanner.scan(sentence.start(), sentence.end(), hits);
		if (figures.isEmpty()) {
			inheritedScope = sentenceScope != null ? sentenceScope : inheritedScope;
			return;
		}
		List<PeriodMention> periods = periodFinder.find(sentence.start(), sentence.end(), published);
		boolean cumulativeCue = hasCue(hits, "CUMULATIVE");
		boolean past = hasCue(hits, "PAST");
		int n = figures.size();
		PeriodMention[] own = new PeriodMention[n];
		boolean[] base = new boolean[n];
		List<PeriodMention> basePeriods = List.of();
		for (int i = 0; i < n; i++) {
			FigureScanner.Candidate c = figures.get(i);
			own[i] = ownPeriod(periods, c, i == 0 ? null : figures.get(i - 1), segmentStart(figures, i, sentence),
					segmentEnd(figures, i, sentence));
			base[i] = !c.kind.equals("COUNT") && isComparisonBase(c, segmentStart(figures, i, sentence));
			if (base[i] && own[i] != null) {
				basePeriods = basePeriods.isEmpty() ? new ArrayList<>() : basePeriods;
				basePeriods.add(own[i]);
			}
		}
		String previousMetric = null;
		for (int i = 0; i < n; i++) {
			FigureScanner.Candidate c = figures.get(i);
			int segmentStart = segmentStart(figures, i, sentence);
			int segmentEnd = segmentEnd(figures, i, sentence);
			String metric = c.kind.equals("COUNT") ? "COMPANIES" : metric(c, hits, segmentStart, segmentEnd);
			if (metric == null && !c.kind.equals("COUNT")) {
				metric = previousMetric; // "... trade was $25bn; in July 2024 it was $4 billion"
			}
			previousMetric = c.kind.equals("COUNT") ? previousMetric : metric;
			PeriodMention period = own[i] != null || base[i] ? own[i] : nearestPeriod(periods, c, basePeriods);
			boolean cumulative = (period != null && period.cumulative()) || cumulativeCue;
			String periodCode = period != null ? period.period() : null;
			if (period == null && !c.kind.equals("COUNT") && !base[i]) {
				periodCode = inherited(metric);
				if (periodCode == null && !cumulative && !future && past && isTrade(metric)) {
					periodCode = implicitPeriod();
				}
			}
			String scope = nearestScope(hits, c);
			out.add(new QuotedFigure(metric, c.kind, c.value, c.currency, c.change, periodCode,
					period != null ? period.periodStart() : null, cumulative, scope != null ? scope : inheritedScope,
					text.originalSlice(c.snippetStart, c.snippetEnd)));
		}
		if (!future) {
			for (PeriodMention p : periods) {
				if (!p.cumulative() && !basePeriods.contains(p)) {
					inheritedPeriod = p.period();
					periodParagraph = paragraph;
				}
			}
		}
		inheritedScope = sentenceScope != null ? sentenceScope : inheritedScope;
	}

	private static boolean isTrade(String metric) {
		return metric != null && TRADE.contains(metric); // Set.of(...).contains(null) throws
	}

	/** The period carried from an earlier sentence: within the paragraph, or across paragraphs for trade. */
	private String inherited(String metric) {
		if (inheritedPeriod == null || (periodParagraph != paragraph && !isTrade(metric))) {
			return null;
		}
		return inheritedPeriod;
	}

	/**
	 * One record per figure of an article: a figure quoted twice (title and body, or lead and later
	 * paragraph) is kept once, at its first position, with the details either occurrence gives (period, scope,
	 * change). Two occurrences are the same figure when metric, kind, value, currency and cumulative flag are
	 * equal and period, span start, scope and change do not contradict each other (equal, or stated by one
	 * only). A growth that is already the change of an amount of the same metric ("trade up 17.1%" in the
	 * title, "$36.7 billion ..., 17.1% more" in the body) is dropped.
	 */
	static List<QuotedFigure> withoutDuplicates(List<QuotedFigure> figures) {
		if (figures.size() < 2) {
			return figures;
		}
		List<QuotedFigure> kept = new ArrayList<>(figures.size());
		for (QuotedFigure f : figures) {
			int same = -1;
			for (int i = 0; i < kept.size() && same < 0; i++) {
				if (isSameFigure(kept.get(i), f)) {
					same = i;
				}
			}
			if (same < 0) {
				kept.add(f);
			}
			else {
				kept.set(same, merged(kept.get(same), f));
			}
		}
		List<QuotedFigure> result = new ArrayList<>(kept.size());
		for (QuotedFigure f : kept) {
			if (!isChangeOfAnAmount(f, kept)) {
				result.add(f);
			}
		}
		return result;
	}

	private static boolean isSameFigure(QuotedFigure a, QuotedFigure b) {
		return Objects.equals(a.metric(), b.metric()) && a.kind().equals(b.kind()) && a.value().compareTo(b.value()) == 0
				&& Objects.equals(a.currency(), b.currency()) && a.cumulative() == b.cumulative()
				&& fits(a.period(), b.period()) && fits(a.periodStart(), b.periodStart()) && fits(a.scope(), b.scope())
				&& (a.changePct() == null || b.changePct() == null || a.changePct().compareTo(b.changePct()) == 0);
	}

	private static boolean isChangeOfAnAmount(QuotedFigure growth, List<QuotedFigure> figures) {
		if (!growth.kind().equals("GROWTH_PCT") || growth.metric() == null) {
			return false;
		}
		for (QuotedFigure f : figures) {
			if (f.kind().equals("AMOUNT") && f.changePct() != null && f.changePct().compareTo(growth.value()) == 0
					&& growth.metric().equals(f.metric()) && fits(growth.period(), f.period())
					&& fits(growth.scope(), f.scope())) {
				return true;
			}
		}
		return false;
	}

	private static boolean fits(Object a, Object b) {
		return a == null || b == null || a.equals(b);
	}

	private static QuotedFigure merged(QuotedFigure first, QuotedFigure later) {
		return new QuotedFigure(first.metric(), first.kind(), first.value(), first.currency(),
				first.changePct() != null ? first.changePct() : later.changePct(),
				first.period() != null ? first.period() : later.period(),
				first.periodStart() != null ? first.periodStart() : later.periodStart(), first.cumulative(),
				first.scope() != null ? first.scope() : later.scope(), first.text());
	}

	private String implicitPeriod() {
		if (published == null || published.getMonthValue() > 6) {
			return null;
		}
		return String.valueOf(published.getYear() - 1);
	}

	/**
	 * The metric named before the figure in its own clause ("exports to the EU amounted to $32.2 billion"),
	 * else one right after it within the clause ("$38.6 billion in exports"), else the nearest one before it
	 * since the previous figure ("turnover between Kazakhstan and the EU reached $49.7 billion"), else the
	 * first one after it. A comma, a semicolon or a conjunction ("and", «и», «және», "while") starts a new
	 * clause, so "$32.2 billion and imports ..." does not bind the amount to imports.
	 */
	private String metric(FigureScanner.Candidate c, List<Hit> hits, int segmentStart, int segmentEnd) {
		int clauseStart = clauseStart(segmentStart, c.spanStart);
		String before = null;
		String inClause = null;
		for (Hit hit : hits) {
			if (isFigureMetric(hit) && hit.end() <= c.spanStart && hit.start() >= segmentStart) {
				before = hit.code();
				inClause = hit.start() >= clauseStart ? hit.code() : inClause;
			}
		}
		if (inClause != null) {
			return inClause;
		}
		for (Hit hit : hits) {
			if (isFigureMetric(hit) && hit.start() >= c.end && hit.start() < segmentEnd
					&& isShortWordGap(c.end, hit.start()) && clauseStart(c.end, hit.start()) == c.end) {
				return hit.code();
			}
		}
		if (before != null) {
			return before;
		}
		for (Hit hit : hits) {
			if (isFigureMetric(hit) && hit.start() >= c.spanEnd && hit.end() <= segmentEnd) {
				return hit.code();
			}
		}
		return null;
	}

	private static boolean isFigureMetric(Hit hit) {
		return hit.layer() == Layer.METRIC && !hit.code().equals("COMPANIES");
	}

	/**
	 * Start of the clause that ends at {@code to}: just after the last comma, semicolon or clause conjunction
	 * in {@code [from, to)}, else {@code from}.
	 */
	private int clauseStart(int from, int to) {
		char[] chars = text.chars();
		int start = from;
		int i = from;
		while (i < to) {
			char ch = chars[i];
			if (ch == ',' || ch == ';') {
				start = i + 1;
				i++;
			}
			else if (CharClass.isLetter(ch)) {
				int w = i;
				while (i < to && CharClass.isLetter(chars[i])) {
					i++;
				}
				if ((w == 0 || !CharClass.isLetterOrDigit(chars[w - 1])) && (i == text.length()
						|| !CharClass.isLetterOrDigit(chars[i])) && isConjunction(w, i - w)) {
					start = i;
				}
			}
			else {
				i++;
			}
		}
		return start;
	}

	private boolean isConjunction(int at, int length) {
		for (String word : CONJUNCTIONS) {
			if (word.length() == length && text.text().startsWith(word, at)) {
				return true;
			}
		}
		return false;
	}

	/** At most two words and no punctuation between a figure and its metric. */
	private boolean isShortWordGap(int from, int to) {
		int words = 0;
		boolean inWord = false;
		for (int i = from; i < to; i++) {
			char ch = text.chars()[i];
			if (CharClass.isLetter(ch)) {
				if (!inWord) {
					words++;
				}
				inWord = true;
			}
			else if (ch == ' ') {
				inWord = false;
			}
			else {
				return false;
			}
		}
		return words <= 2;
	}

	/**
	 * The period right after the figure ("$38.6bn in 2024, up from $30bn in 2023"), else the last one before
	 * it since the previous figure (other than the one right after that figure), else the first one after it
	 * up to the next figure, else null.
	 */
	private PeriodMention ownPeriod(List<PeriodMention> periods, FigureScanner.Candidate c,
			FigureScanner.Candidate previous, int segmentStart, int segmentEnd) {
		PeriodMention before = null;
		PeriodMention after = null;
		for (PeriodMention p : periods) {
			if (p.start() >= c.end && isShortWordGap(c.end, p.start())) {
				return p;
			}
			if (p.end() <= c.spanStart && p.start() >= segmentStart
					&& (previous == null || !isShortWordGap(previous.end, p.start()))) {
				before = p;
			}
			if (after == null && p.start() >= c.spanEnd && p.end() <= segmentEnd) {
				after = p;
			}
		}
		return before != null ? before : after;
	}

	/** The period of the sentence nearest to the figure, leaving out those of comparison bases. */
	private static PeriodMention nearestPeriod(List<PeriodMention> periods, FigureScanner.Candidate c,
			List<PeriodMention> basePeriods) {
		PeriodMention nearest = null;
		int nearestDistance = Integer.MAX_VALUE;
		for (PeriodMention p : periods) {
			int d = distance(p.start(), p.end(), c);
			if (d < nearestDistance && !basePeriods.contains(p)) {
				nearest = p;
				nearestDistance = d;
			}
		}
		return nearest;
	}

	/**
	 * Whether the figure is introduced as a comparison base: "up from $30 billion", "compared with $40
	 * billion", «против 40 млрд», «с 40 млрд до 49,7 млрд». Such a figure keeps the period stated with it but
	 * takes none from elsewhere, and its period is neither lent to other figures nor carried.
	 */
	private boolean isComparisonBase(FigureScanner.Candidate c, int segmentStart) {
		int from = Math.max(segmentStart, c.spanStart - 40);
		if (from >= c.spanStart) {
			return false;
		}
		return COMPARISON_BASE.endWindow(text.text(), from, c.spanStart);
	}

	private static int segmentStart(List<FigureScanner.Candidate> figures, int i, Sentence sentence) {
		return i == 0 ? sentence.start() : figures.get(i - 1).spanEnd;
	}

	private static int segmentEnd(List<FigureScanner.Candidate> figures, int i, Sentence sentence) {
		return i == figures.size() - 1 ? sentence.end() : figures.get(i + 1).spanStart;
	}

	private static String nearestScope(List<Hit> hits, FigureScanner.Candidate c) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (Hit hit : hits) {
			if (hit.layer() == Layer.SCOPE) {
				int d = distance(hit.start(), hit.end(), c);
				if (d < bestDistance) {
					best = hit.code();
					bestDistance = d;
				}
			}
		}
		return best;
	}

	private static int distance(int start, int end, FigureScanner.Candidate c) {
		if (end <= c.spanStart) {
			return c.spanStart - end;
		}
		return start >= c.spanEnd ? start - c.spanEnd : 0;
	}

	private static String lastScope(List<Hit> hits) {
		String scope = null;
		for (Hit hit : hits) {
			if (hit.layer() == Layer.SCOPE) {
				scope = hit.code();
			}
		}
		return scope;
	}

	private static boolean hasCue(List<Hit> hits, String cue) {
		for (Hit hit : hits) {
			if (hit.layer() == Layer.CUE && hit.code().equals(cue)) {
				return true;
			}
		}
		return false;
	}

}
