package org.partnership.reports.articles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * The facts extracted from one article, as stored next to it in the staging table (a compact binary
 * record, {@link FactsCodec}): topics, actors, events and quoted figures. This is the job's own stable
 * shape, independent of the extractor's classes. JSON is its readable form, and the form a state folder
 * of an earlier version holds.
 */
public record StoredFacts(List<String> topics, List<Actor> actors, List<Event> events, List<Figure> figures) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public static final StoredFacts NONE = new StoredFacts(List.of(), List.of(), List.of(), List.of());

	public StoredFacts {
		topics = topics == null ? List.of() : List.copyOf(topics);
		actors = actors == null ? List.of() : List.copyOf(actors);
		events = events == null ? List.of() : List.copyOf(events);
		figures = figures == null ? List.of() : List.copyOf(figures);
	}

	/** A country, organisation or official named in the article. */
	public record Actor(String code, String name, String kind, String role, String country) {
	}

	/** An event the article reports: type, CAMEO code, date (from the text or the publication date). */
	public record Event(String type, String cameo, LocalDate date, boolean dateFromText, List<String> participants,
			String location, String evidence) {
	}

	/**
	 * A figure the article quotes: metric (TURNOVER, EXPORTS, IMPORTS, INVESTMENT, COMPANIES), kind
	 * (AMOUNT, GROWTH_PCT, COUNT), value in full units or percent, currency, attached change, reference
	 * period code, span start, cumulative flag, partner scope and the text it came from.
	 */
	public record Figure(String metric, String kind, BigDecimal value, String currency, BigDecimal changePct,
			String period, String periodStart, boolean cumulative, String scope, String text) {
	}

	public byte[] toBytes() {
		return FactsCodec.encode(this);
	}

	/** The facts of {@link #toBytes()}; none for {@code null}. */
	public static StoredFacts fromBytes(byte[] bytes) {
		return FactsCodec.decode(bytes);
	}

	public String toJson() {
		return JSON.writeValueAsString(this);
	}

	public static StoredFacts fromJson(String json) {
		return json == null ? NONE : JSON.readValue(json, StoredFacts.class);
	}

}
