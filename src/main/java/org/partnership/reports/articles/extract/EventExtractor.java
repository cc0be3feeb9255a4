package org.partnership.reports.articles.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds events sentence by sentence: a trigger keyword gives the type, the sentence gives participants,
 * place and date. Mentions of the same event in later sentences ("During the meeting, ...") are merged
 * into one.
 */
final class EventExtractor {

	private final Map<String, ActorMention> actors;

	EventExtractor(Map<String, ActorMention> actors) {
		this.actors = actors;
	}

	List<ExtractedEvent> extract(NormalizedText text, List<Sentence> sentences, List<Hit> hits, LocalDate published) {
		List<ExtractedEvent> events = new ArrayList<>();
		int h = 0;
		for (Sentence sentence : sentences) {
			while (h < hits.size() && hits.get(h).start() < sentence.start()) {
				h++;
			}
			int first = h;
			while (h < hits.size() && hits.get(h).start() < sentence.end()) {
				h++;
			}
			List<Hit> inSentence = hits.subList(first, h);
			for (ExtractedEvent event : eventsOf(text, sentence, inSentence, published)) {
				merge(events, event);
			}
		}
		return events;
	}

	private List<ExtractedEvent> eventsOf(NormalizedText text, Sentence sentence, List<Hit> hits, LocalDate published) {
		if (!hasTrigger(hits)) {
			return List.of(); // most sentences: nothing to collect
		}
		Set<EventType> types = new LinkedHashSet<>();
		Set<String> officials = new TreeSet<>();
		Set<String> others = new TreeSet<>();
		String location = null;
		boolean future = false;
		for (Hit hit : hits) {
			switch (hit.layer()) {
				case EVENT -> types.add(EventType.valueOf(hit.code()));
				case ACTOR -> ("OFFICIAL".equals(actors.get(hit.code()).kind()) ? officials : others).add(hit.code());
				case PLACE -> location = location == null ? hit.code() : location;
				case CUE -> future |= hit.code().equals("FUTURE");
				default -> {
				}
			}
		}
		if (types.isEmpty()) {
			return List.of();
		}
		if (types.contains(EventType.PHONE_CALL)) {
			types.remove(EventType.MEETING); // «телефон арқылы келіссөз»: talks by phone are not a meeting
		}
		// officials are the participants; "EU" in "EU Special Representative" is part of a title, not a party
		List<String> participants = List.copyOf(officials.isEmpty() ? others : officials);
		LocalDate stated = EventDates.find(text.text(), sentence.start(), sentence.end(), published, future);
		LocalDate date = stated != null ? stated : published;
		String evidence = text.originalSlice(sentence.start(), sentence.end()).strip();
		List<ExtractedEvent> events = new ArrayList<>();
		for (EventType type : types) {
			events.add(new ExtractedEvent(type.name(), type.cameo(), date, stated != null, participants, location, evidence));
		}
		return events;
	}

	private static boolean hasTrigger(List<Hit> hits) {
		for (int i = 0; i < hits.size(); i++) {
			if (hits.get(i).layer() == Layer.EVENT) {
				return true;
			}
		}
		return false;
	}

	/** Folds {@code event} into an earlier mention of the same event, or appends it. */
	private void merge(List<ExtractedEvent> events, ExtractedEvent event) {
		for (int i = 0; i < events.size(); i++) {
			ExtractedEvent known = events.get(i);
			if (sameEvent(known, event)) {
				events.set(i, combine(known, event));
				return;
			}
		}
		events.add(event);
	}

	private boolean sameEvent(ExtractedEvent a, ExtractedEvent b) {
		boolean nested = covers(a.participants(), b.participants()) || covers(b.participants(), a.participants());
		boolean datesAgree = !(a.dateFromText() && b.dateFromText()) || a.date().equals(b.date());
		boolean placesAgree = a.location() == null || b.location() == null || a.location().equals(b.location());
		return a.type().equals(b.type()) && nested && datesAgree && placesAgree;
	}

	/**
	 * Whether every participant of {@code inner} is in {@code outer} or is represented there by one of its
	 * officials: "Kazakhstan and the EU" in a later sentence are the parties of Nurtleu's meeting with
	 * Stiprais.
	 */
	private boolean covers(List<String> outer, List<String> inner) {
		for (String code : inner) {
			if (!outer.contains(code) && outer.stream().noneMatch(o -> represents(o, code))) {
				return false;
			}
		}
		return true;
	}

	private boolean represents(String official, String party) {
		ActorMention o = actors.get(official);
		String country = actors.get(party).country();
		return o.kind().equals("OFFICIAL") && country != null && country.equals(o.country());
	}

	private ExtractedEvent combine(ExtractedEvent a, ExtractedEvent b) {
		ExtractedEvent main = richness(b) > richness(a) ? b : a;
		List<String> participants = covers(a.participants(), b.participants()) ? a.participants() : b.participants();
		String location = a.location() != null ? a.location() : b.location();
		ExtractedEvent dated = a.dateFromText() ? a : b;
		return new ExtractedEvent(main.type(), main.cameo(), dated.date(), dated.dateFromText(), participants, location,
				main.evidence());
	}

	private static int richness(ExtractedEvent e) {
		return (e.dateFromText() ? 100 : 0) + e.participants().size() * 10 + (e.location() != null ? 1 : 0);
	}

}
