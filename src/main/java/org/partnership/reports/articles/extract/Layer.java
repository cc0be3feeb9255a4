package org.partnership.reports.articles.extract;

import java.util.List;

/** The kinds of keyword the gazetteer knows, one reference file each. */
enum Layer {

	TOPIC("topics.csv", "topic", "keywords"),
	ACTOR("actors.csv", "code", "kind", "name", "role", "country", "aliases"),
	EVENT("events.csv", "type", "keywords"),
	PLACE("places.csv", "place", "aliases"),
	METRIC("metrics.csv", "metric", "keywords"),
	SCOPE("scopes.csv", "scope", "keywords"),
	CUE("cues.csv", "cue", "keywords");

	private final String fileName;

	private final List<String> header;

	Layer(String fileName, String... header) {
		this.fileName = fileName;
		this.header = List.of(header);
	}

	String fileName() {
		return fileName;
	}

	List<String> header() {
		return header;
	}

}
