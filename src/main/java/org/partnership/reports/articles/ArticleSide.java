package org.partnership.reports.articles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.TreeMap;
import java.util.TreeSet;

import org.partnership.reports.investment.InvestmentLedger;
import org.partnership.reports.period.Period;
import org.partnership.reports.report.ArticleRow;
import org.partnership.reports.report.EventRow;
import org.partnership.reports.report.IndicatorRow;
import org.partnership.reports.report.ReconciliationRow;
import org.partnership.reports.report.RowSource;
import org.partnership.reports.report.TopicRow;
import org.partnership.reports.trade.PairAnalysis;

/**
 * The article side of the report model: articles with their facts, topic counts and shares per period (by
 * unique story), distinct events and the reconciliation of quoted figures with the trade data; and the
 * article indicators (counts of articles, stories, events, high-level contacts and topics per period).
 * Topics and events are counted in one pass and held; the articles and their quoted figures are read
 * again from the store whenever a report goes through them, so memory does not grow with the feed.
 */
public record ArticleSide(RowSource<ArticleRow> articles, List<TopicRow> topics, List<EventRow> events,
		RowSource<ReconciliationRow> reconciliation) {

	/** Event types that count as a high-level contact when an official takes part. */
	private static final Set<String> CONTACTS = Set.of("MEETING", "VISIT", "SUMMIT", "PHONE_CALL");

	/**
	 * Builds the article side of the report model. {@code stories} maps article id to story id
	 * (near-duplicates share one; an article missing from it is a story of its own). The topic and event lists
	 * come {@code counted} in the fold's pass over the same spool ({@link CountedLists}), or, when null, are
	 * counted here in a pass of their own.
	 */
	public static ArticleSide build(ArticleStore store, Map<String, String> stories, List<PairAnalysis> pairs,
			InvestmentLedger investment, Lists counted) {
		Lists lists = counted != null ? counted : count(store, stories);
		RowSource<ArticleRow> articles = action -> store.forEach(s -> action.accept(
				articleRow(s.article(), s.facts(), stories)));
		Reconciler reconciler = new Reconciler(pairs, investment);
		RowSource<ReconciliationRow> reconciliation = action -> store
			.forEachFigures(s -> reconciler.reconcile(s.article(), s.facts()).forEach(action));
		return new ArticleSide(articles, lists.topics(), lists.events(), reconciliation);
	}

	/** The topics per period and the distinct events of the feed, in the order the reports list them. */
	public record Lists(List<TopicRow> topics, List<EventRow> events) {
	}

	private static Lists count(ArticleStore store, Map<String, String> stories) {
		List<EventRow> eventRows = new ArrayList<>();
		Counts counts = new Counts();
		store.forEachWithoutFigures(s -> {
			Article a = s.article();
			addEvents(a, s.facts(), counts.add(a, stories.getOrDefault(a.id(), a.id()), s.facts()), eventRows);
		});
		return new Lists(counts.topicRows(), sortedEvents(eventRows));
	}

	/** Rows for an article's events not counted before; participants by name where the article names them. */
	private static void addEvents(Article a, StoredFacts facts, List<StoredFacts.Event> newEvents, List<EventRow> out) {
		if (newEvents.isEmpty()) {
			return;
		}
		Map<String, String> names = new HashMap<>();
		facts.actors().forEach(actor -> names.put(actor.code(), actor.name()));
		for (StoredFacts.Event e : newEvents) {
			List<String> participants = e.participants().stream().map(p -> names.getOrDefault(p, p)).toList();
			out.add(new EventRow(e.date(), e.type(), e.cameo(), participants, e.location(), a.id(), a.source(),
					a.title()));
		}
	}

	private static List<EventRow> sortedEvents(List<EventRow> rows) {
		rows.sort(Comparator.comparing(EventRow::date).thenComparing(EventRow::type).thenComparing(EventRow::articleId));
		return rows;
	}

	private static ArticleRow articleRow(Article a, StoredFacts facts, Map<String, String> stories) {
		return new ArticleRow(a.id(), a.published(), a.source(), a.url(), a.language(), a.title(),
				stories.getOrDefault(a.id(), a.id()), facts.topics(),
				facts.actors().stream().map(StoredFacts.Actor::name).toList(),
				facts.events().stream().map(StoredFacts.Event::type).distinct().toList(),
				facts.figures().stream().map(ArticleSide::describe).toList());
	}

	/**
	 * Counts the feed for the article indicators article by article, before the stories are known, so that the
	 * fold hands the articles over as it reads them ({@link ArticleStore#foldStories(org.partnership.reports.articles.extract.StoryFolder, Consumer)}):
	 * distinct stories are kept as sets of article numbers (the order handed over), and {@link #finish} turns them
	 * into sets of stories; the counts only use the sizes of those sets. Needs no trade data: the pairs come in
	 * afterwards ({@link FeedCounts#indicators}).
	 */
	public static final class Counting implements Consumer<ArticleStore.StagedArticle> {

		private final Counts counts = new Counts();

		private final Set<String> named = new HashSet<>();

		private final List<EventRow> events = new ArrayList<>();

		private int articles;

		@Override
		public void accept(ArticleStore.StagedArticle s) {
			StoredFacts facts = s.facts();
			addEvents(s.article(), facts, this.counts.add(s.article(), this.articles++, facts), this.events);
			facts.actors().forEach(actor -> {
				if (actor.country() != null) {
					this.named.add(actor.country());
				}
			});
		}

		/** The counts by story; {@code stories} maps every article handed over, in that order, to its story id. */
		public FeedCounts finish(Map<String, String> stories) {
			int[] storyOf = new int[this.articles];
			Map<String, Integer> numbers = new HashMap<>();
			int i = 0;
			for (Map.Entry<String, String> e : stories.entrySet()) {
				if (i == this.articles) {
					throw new IllegalStateException("more stories than articles counted: " + stories.size() + " > "
							+ this.articles);
				}
				storyOf[i++] = numbers.computeIfAbsent(e.getValue(), k -> numbers.size());
			}
			if (i != this.articles) {
				throw new IllegalStateException(this.articles + " articles counted, " + i + " with a story");
			}
			this.counts.renumber(storyOf);
			return new FeedCounts(this.counts, this.named, sortedEvents(this.events));
		}

	}

	/** The feed's counts per period and the countries its articles name. */
	public static final class FeedCounts {

		private final Counts counts;

		private final Set<String> named;

		private final List<EventRow> events;

		private FeedCounts(Counts counts, Set<String> named, List<EventRow> events) {
			this.counts = counts;
			this.named = named;
			this.events = events;
		}

		/** The topics and events as the report model lists them: only the sizes of the story sets count, so
		 * numbering articles before their stories gives the same rows. */
		public Lists lists() {
			return new Lists(this.counts.topicRows(), this.events);
		}

		/**
		 * The article indicators, the same rows for every pair the feed is about, with the pair's codes (the
		 * counts are the feed's, they do not depend on the pair). A pair is one the feed is about when an
		 * article names its partner: an actor of that country, or of a member of that group (an EU
		 * commissioner or a German minister names EU27). A feed that names no partner at all is counted for
		 * every pair, as before. Copying the feed's counts to partners it never mentions (all 60 of a
		 * ministry's partners) would fill the Indicators sheet with figures that say nothing about them.
		 */
		public List<IndicatorRow> indicators(List<PairAnalysis> pairs) {
			List<PairAnalysis> about = pairs.stream()
				.filter(p -> this.named.stream().anyMatch(p::partnerIncludes))
				.toList();
			List<IndicatorRow> indicators = new ArrayList<>();
			for (PairAnalysis p : about.isEmpty() ? pairs : about) {
				indicators.addAll(this.counts.indicators(p.reporter(), p.partner()));
			}
			return indicators;
		}

	}

	static String describe(StoredFacts.Figure f) {
		StringBuilder sb = new StringBuilder(f.metric() == null ? "FIGURE" : f.metric()).append(' ');
		BigDecimal v = f.value();
		switch (f.kind()) {
			case "AMOUNT" -> sb.append(scaled(v)).append(f.currency() == null ? "" : " " + f.currency());
			case "GROWTH_PCT" -> sb.append(v.signum() > 0 ? "+" : "").append(v.stripTrailingZeros().toPlainString()).append('%');
			default -> sb.append(v.stripTrailingZeros().toPlainString());
		}
		if (f.changePct() != null) {
			sb.append(" (").append(f.changePct().signum() > 0 ? "+" : "")
				.append(f.changePct().stripTrailingZeros().toPlainString()).append("%)");
		}
		if (f.period() != null) {
			sb.append(' ').append(f.periodStart() == null ? "" : f.periodStart() + "–").append(f.period());
		}
		if (f.scope() != null) {
			sb.append(' ').append(f.scope());
		}
		return sb.toString();
	}

	private static String scaled(BigDecimal v) {
		double d = v.doubleValue();
		if (Math.abs(d) >= 1e9) {
			return OneDecimal.of(d / 1e9) + " bn";
		}
		if (Math.abs(d) >= 1e6) {
			return OneDecimal.of(d / 1e6) + " m";
		}
		return v.stripTrailingZeros().toPlainString();
	}

	/** Counts per period (month, quarter, year): articles, unique stories, topics, events, contacts. */
	private static final class Counts {

		/** Events already counted: the same date, type, participants and place reported again is one event. */
		private final Set<String> eventKeys = new HashSet<>();

		/**
		 * What is counted, per period. Each publication day's three periods (month, quarter, year) are looked up
		 * once and then reached through {@link #periodsOfDay}; an article adds to them without hashing a period.
		 */
		private final Map<Period, PeriodCounts> byPeriod = new HashMap<>();

		/** Story ids as consecutive numbers, so that a period's distinct stories fit in an {@link IntSet}. */
		private final Map<String, Integer> storyNumbers = new HashMap<>();

		/** The month, quarter and year of each publication day. */
		private final Map<java.time.LocalDate, PeriodCounts[]> periodsOfDay = new HashMap<>();

		/** The last day looked up and its periods: the fold hands the articles over day by day. */
		private java.time.LocalDate lastDay;

		private PeriodCounts[] lastPeriods;

		/** Counts an article and those of its events not counted before, which it returns. */
		List<StoredFacts.Event> add(Article a, String story, StoredFacts facts) {
			return add(a, this.storyNumbers.computeIfAbsent(story, k -> this.storyNumbers.size()), facts);
		}

		/** As {@link #add(Article, String, StoredFacts)}, with the story given by a number of the caller's. */
		List<StoredFacts.Event> add(Article a, int story, StoredFacts facts) {
			List<StoredFacts.Event> newEvents = new ArrayList<>();
			for (StoredFacts.Event e : facts.events()) {
				String key = e.date() + "|" + e.type() + "|" + participants(e.participants()) + "|" + e.location();
				if (this.eventKeys.add(key)) {
					newEvents.add(e);
					boolean official = facts.actors()
						.stream()
						.anyMatch(act -> "OFFICIAL".equals(act.kind()) && e.participants().contains(act.code()));
					event(e.date(), e.type(), official && CONTACTS.contains(e.type()));
				}
			}
			article(a.published(), story, facts.topics());
			return newEvents;
		}

		/** The participants as a sorted set prints them, without building one for none or one. */
		private static String participants(List<String> codes) {
			return codes.size() <= 1 ? codes.toString() : new TreeSet<>(codes).toString();
		}

		/** Replaces every story number {@code n} by {@code renumbered[n]} (articles numbered, then their stories). */
		void renumber(int[] renumbered) {
			for (PeriodCounts c : this.byPeriod.values()) {
				c.stories = c.stories.mapped(renumbered);
				c.topics.values().forEach(t -> t.stories = t.stories.mapped(renumbered));
			}
		}

		private void article(java.time.LocalDate date, int number, List<String> topics) {
			for (PeriodCounts c : periodsOf(date)) {
				c.articles++;
				c.stories.add(number);
				for (String t : topics) {
					TopicCounts topic = c.topics.get(t);
					if (topic == null) {
						topic = new TopicCounts();
						c.topics.put(t, topic);
					}
					topic.articles++;
					topic.stories.add(number);
				}
			}
		}

		private void event(java.time.LocalDate date, String type, boolean highLevel) {
			for (PeriodCounts c : periodsOf(date)) {
				if (c.events == null) {
					c.events = new HashMap<>();
				}
				c.events.merge(type, 1L, Long::sum);
				c.contacts += highLevel ? 1 : 0;
			}
		}

		List<TopicRow> topicRows() {
			List<TopicRow> rows = new ArrayList<>();
			sorted().forEach((p, c) -> {
				double all = c.stories.size();
				new TreeMap<>(c.topics).forEach((topic, t) -> rows.add(new TopicRow(p, topic, TopicNames.name(topic),
						t.articles, t.stories.size(), t.stories.size() / all * 100)));
			});
			return rows;
		}

		/** Articles and stories of every period, then its events, contacts and topics (each in period order). */
		List<IndicatorRow> indicators(String reporter, String partner) {
			List<IndicatorRow> rows = new ArrayList<>();
			Map<Period, PeriodCounts> sorted = sorted();
			sorted.forEach((p, c) -> {
				if (c.articles > 0) {
					rows.add(row(reporter, partner, p, "ARTICLES", c.articles, "COUNT"));
					rows.add(row(reporter, partner, p, "STORIES", c.stories.size(), "COUNT"));
				}
			});
			sorted.forEach((p, c) -> {
				if (c.events != null) {
					new TreeMap<>(c.events)
						.forEach((type, n) -> rows.add(row(reporter, partner, p, "EVENTS_" + type, n, "COUNT")));
				}
			});
			sorted.forEach((p, c) -> {
				if (c.events != null) {
					rows.add(row(reporter, partner, p, "HIGH_LEVEL_CONTACTS", c.contacts, "COUNT"));
				}
			});
			sorted.forEach((p, c) -> new TreeMap<>(c.topics).forEach((topic, t) -> {
				rows.add(row(reporter, partner, p, "TOPIC_" + topic.toUpperCase(Locale.ROOT) + "_STORIES",
						t.stories.size(), "COUNT"));
				rows.add(new IndicatorRow(reporter, partner, p, true,
						"TOPIC_" + topic.toUpperCase(Locale.ROOT) + "_SHARE",
						BigDecimal.valueOf(t.stories.size() * 100.0 / c.stories.size())
							.setScale(6, java.math.RoundingMode.HALF_EVEN),
						"PCT"));
			}));
			return rows;
		}

		private static IndicatorRow row(String reporter, String partner, Period p, String indicator, long n,
				String unit) {
			return new IndicatorRow(reporter, partner, p, true, indicator, BigDecimal.valueOf(n), unit);
		}

		private Map<Period, PeriodCounts> sorted() {
			return new TreeMap<>(this.byPeriod);
		}

		private PeriodCounts[] periodsOf(java.time.LocalDate d) {
			if (d == null) {
				return NO_PERIODS;
			}
			if (!d.equals(this.lastDay)) {
				this.lastPeriods = this.periodsOfDay.computeIfAbsent(d, day -> new PeriodCounts[] {
						counts(Period.month(day.getYear(), day.getMonthValue())),
						counts(Period.quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1)),
						counts(Period.year(day.getYear())) });
				this.lastDay = d;
			}
			return this.lastPeriods;
		}

		private PeriodCounts counts(Period p) {
			return this.byPeriod.computeIfAbsent(p, k -> new PeriodCounts());
		}

		private static final PeriodCounts[] NO_PERIODS = {};

		/**
		 * One period's counts. A period is only here once an article or an event falls in it; the indicators
		 * list its articles and stories only when it has articles, its events and contacts only when it has
		 * events.
		 */
		private static final class PeriodCounts {

			long articles;

			IntSet stories = new IntSet();

			final Map<String, TopicCounts> topics = new HashMap<>();

			/** Events by type; null until the first. */
			Map<String, Long> events;

			long contacts;

		}

		private static final class TopicCounts {

			long articles;

			IntSet stories = new IntSet();

		}

	}

}
