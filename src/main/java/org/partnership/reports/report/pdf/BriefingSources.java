package org.partnership.reports.report.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.partnership.reports.report.EventRow;
import org.partnership.reports.report.KeyFigures;
import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.ReconciliationRow;
import org.partnership.reports.report.ReconciliationRow.Verdict;
import org.partnership.reports.report.ReportModel;

/**
 * The report model's article lists in the order briefings read them, sorted once per model rather than
 * once per briefing: a run with 60 pairs writes about 180 briefings, each tried at up to five list lengths,
 * over event and reconciliation lists that grow with the articles (100k articles quote some 500k
 * figures). The quoted figures are read once for all pairs and only what a briefing can show is kept.
 * Not thread-safe; briefings are rendered one after the other.
 */
final class BriefingSources {

	/** Newest first, then by metric. */
	static final Comparator<ReconciliationRow> PRESS_ORDER = Comparator
		.comparing(ReconciliationRow::published, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(r -> Objects.toString(r.metric(), ""));

	/** The most rows of one verdict a briefing lists (the longest of the list lengths it tries). */
	static final int PRESS_ROWS = BriefingContent.Limits.LEVELS.stream()
		.mapToInt(l -> Math.max(l.disagrees(), l.agrees()))
		.max()
		.orElse(0);

	private final ReportModel model;

	/** Newest first, then by title. */
	private final List<EventRow> events;

	/** Per pair, the SHA-256 state after the run and the pair: its three briefings differ only in their period. */
	private final Map<PairReport, MessageDigest> pairDigests = new IdentityHashMap<>();

	/** What each pair's briefings show of the quoted figures, by pair key. */
	private final Map<String, Press> pressByPair = new HashMap<>();

	private BriefingSources(ReportModel model) {
		this.model = model;
		this.events = model.events()
			.stream()
			.sorted(Comparator.comparing(EventRow::date, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(e -> Objects.toString(e.title(), "")))
			.toList();
		summarisePress(model.pairs());
	}

	static BriefingSources of(ReportModel model) {
		return new BriefingSources(Objects.requireNonNull(model, "model"));
	}

	ReportModel model() {
		return this.model;
	}

	/**
	 * SHA-256 of what the briefing is made from: the run (date, language, input files with their sha256), the
	 * pair and the headline panel. Not the whole model: with every partner and every article its text runs to
	 * hundreds of megabytes, and the input hashes already identify it.
	 */
	byte[] inputsHash(PairReport pair, KeyFigures figures) {
		MessageDigest base = this.pairDigests.computeIfAbsent(pair, p -> {
			MessageDigest sha = BriefingWriter.sha256();
			sha.update(String.valueOf(this.model.run()).getBytes(StandardCharsets.UTF_8));
			sha.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
			return sha;
		});
		try {
			MessageDigest sha = (MessageDigest) base.clone();
			sha.update(String.valueOf(figures).getBytes(StandardCharsets.UTF_8));
			return sha.digest();
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException("the JDK's SHA-256 can be cloned", ex);
		}
	}

	List<EventRow> eventsNewestFirst() {
		return this.events;
	}

	/**
	 * Index of the first event (newest first) dated on or before {@code day}, events without a date counting as
	 * the oldest: the events of a stretch of days are a range of the list, found by halving it instead of going
	 * through the whole feed's events for each of the 186 briefings.
	 */
	int firstOnOrBefore(LocalDate day) {
		int low = 0;
		int high = this.events.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			LocalDate date = this.events.get(mid).date();
			if (date == null || !date.isAfter(day)) {
				high = mid;
			}
			else {
				low = mid + 1;
			}
		}
		return low;
	}

	/** The quoted figures that concern this pair: counts by verdict and the newest rows of each. */
	Press press(PairReport pair) {
		Press press = this.pressByPair.get(pair.key());
		if (press == null) {
			summarisePress(List.of(pair));
			press = this.pressByPair.get(pair.key());
		}
		return press;
	}

	/**
	 * One pass over the quoted figures for all these pairs. A figure concerns a pair when its scope is
	 * blank or names the partner (code or name); other pairs' figures stay out of its briefing. Scopes
	 * are few, so each is judged once per pair.
	 */
	private void summarisePress(List<PairReport> pairs) {
		List<Press> presses = pairs.stream().map(p -> new Press()).toList();
		Map<String, boolean[]> concerns = new HashMap<>();
		this.model.reconciliation().forEach(r -> {
			boolean[] which = concerns.computeIfAbsent(Objects.toString(r.scope(), "").trim(), scope -> {
				boolean[] w = new boolean[pairs.size()];
				for (int i = 0; i < w.length; i++) {
					w[i] = concernsPair(scope, pairs.get(i));
				}
				return w;
			});
			for (int i = 0; i < which.length; i++) {
				if (which[i]) {
					presses.get(i).add(r);
				}
			}
		});
		for (int i = 0; i < pairs.size(); i++) {
			this.pressByPair.put(pairs.get(i).key(), presses.get(i));
		}
	}

	static boolean concernsPair(String scope, PairReport pair) {
		if (scope.isEmpty()) {
			return true;
		}
		String s = scope.toUpperCase(Locale.ROOT);
		return (pair.partner() != null && s.contains(pair.partner().toUpperCase(Locale.ROOT)))
				|| (pair.partnerName() != null && s.contains(pair.partnerName().toUpperCase(Locale.ROOT)));
	}

	/**
	 * The quoted figures of one pair: how many agree, disagree or are not comparable, and the newest
	 * {@link #PRESS_ROWS} that agree and that disagree (ties in model order).
	 */
	static final class Press {

		final List<ReconciliationRow> disagrees = new ArrayList<>();

		final List<ReconciliationRow> agrees = new ArrayList<>();

		int disagreeCount;

		int agreeCount;

		int notComparable;

		void add(ReconciliationRow r) {
			if (r.verdict() == Verdict.DISAGREES) {
				this.disagreeCount++;
				keepNewest(this.disagrees, r);
			}
			else if (r.verdict() == Verdict.AGREES) {
				this.agreeCount++;
				keepNewest(this.agrees, r);
			}
			else if (r.verdict() == Verdict.NOT_COMPARABLE) {
				this.notComparable++;
			}
		}

		private static void keepNewest(List<ReconciliationRow> rows, ReconciliationRow r) {
			int at = rows.size();
			while (at > 0 && PRESS_ORDER.compare(r, rows.get(at - 1)) < 0) {
				at--;
			}
			if (at < PRESS_ROWS) {
				rows.add(at, r);
				if (rows.size() > PRESS_ROWS) {
					rows.remove(rows.size() - 1);
				}
			}
		}

	}

}
