package org.partnership.reports.articles;

import java.util.Map;

/** Display names of the topic codes of {@code reference/topics.csv}; a new code shows as itself, humanised. */
public final class TopicNames {

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("trade", "Trade"),
			Map.entry("investment", "Investment"), Map.entry("energy", "Energy"),
			Map.entry("transport", "Transport & logistics"),
			Map.entry("titr", "Trans-Caspian route (TITR / Middle Corridor)"), Map.entry("digital", "Digitalization"),
			Map.entry("climate", "Climate"), Map.entry("green", "Green transition"),
			Map.entry("sustainable_development", "Sustainable development"), Map.entry("security", "Regional security"),
			Map.entry("raw_materials", "Critical raw materials"), Map.entry("education", "Education & mobility"),
			Map.entry("visas", "Visas"), Map.entry("epca", "EPCA (Enhanced Partnership and Cooperation Agreement)"),
			Map.entry("summit", "Summits"), Map.entry("eu_strategy", "EU Strategy for Central Asia"),
			Map.entry("global_gateway", "Global Gateway"), Map.entry("agriculture", "Agriculture"),
			Map.entry("human_rights", "Human rights"), Map.entry("water", "Water"));

	private TopicNames() {
	}

	public static String name(String code) {
		String name = NAMES.get(code);
		if (name != null) {
			return name;
		}
		String words = code.replace('_', ' ');
		return words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
