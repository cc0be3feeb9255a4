package org.partnership.reports.articles.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The parsed reference files: every keyword with the term it stands for, and the actor attributes.
 *
 * @param entries keywords in file order
 * @param actors actor attributes by code
 */
record ReferenceData(List<Entry> entries, Map<String, ActorMention> actors) {

	record Entry(Term term, KeywordSyntax.Spec spec) {
	}

	/** A reference file's content and the name to quote in error messages. */
	record Source(String name, String content) {
	}

	static final Set<String> METRICS = Set.of("TURNOVER", "EXPORTS", "IMPORTS", "INVESTMENT", "COMPANIES");

	static final Set<String> CUES = Set.of("FUTURE", "CUMULATIVE", "PAST");

	private static final Set<String> KINDS = Set.of("COUNTRY", "ORGANISATION", "OFFICIAL");

	private static final Pattern TOPIC_CODE = Pattern.compile("[a-z][a-z0-9_]*");

	private static final Pattern UPPER_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]*");

	static ReferenceData defaults() {
		return load(ReferenceData::classpath);
	}

	/** Files present in {@code dir} replace the default of the same name; missing ones fall back. */
	static ReferenceData fromDirectory(Path dir) {
		return load(layer -> {
			Path file = dir.resolve(layer.fileName());
			if (!Files.isRegularFile(file)) {
				return classpath(layer);
			}
			try {
				return new Source(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + file, ex);
			}
		});
	}

	static ReferenceData load(Function<Layer, Source> sources) {
		List<Entry> entries = new ArrayList<>();
		Map<String, ActorMention> actors = new LinkedHashMap<>();
		for (Layer layer : Layer.values()) {
			Source source = sources.apply(layer);
			for (ReferenceCsv.Row row : ReferenceCsv.read(source.name(), source.content(), layer.header())) {
				String code = row.get(0);
				if (layer == Layer.ACTOR) {
					addActor(row, actors);
				}
				else {
					validateCode(layer, code, row);
				}
				String keywords = row.get(row.fields().size() - 1);
				addKeywords(new Term(layer, code), keywords, row, entries);
			}
		}
		return new ReferenceData(List.copyOf(entries), Map.copyOf(actors));
	}

	private static void addActor(ReferenceCsv.Row row, Map<String, ActorMention> actors) {
		String code = row.get(0);
		String kind = row.get(1);
		if (!UPPER_CODE.matcher(code).matches()) {
			throw row.error("actor code '" + code + "' must be upper case letters, digits, '_', '.' or '-'");
		}
		if (!KINDS.contains(kind)) {
			throw row.error("kind '" + kind + "' must be one of COUNTRY, ORGANISATION, OFFICIAL");
		}
		if (row.get(2).isEmpty()) {
			throw row.error("actor " + code + " has no name");
		}
		if (!row.get(3).isEmpty() && !kind.equals("OFFICIAL")) {
			throw row.error("only an OFFICIAL has a role");
		}
		ActorMention actor = new ActorMention(code, row.get(2), kind, emptyToNull(row.get(3)), emptyToNull(row.get(4)));
		if (actors.putIfAbsent(code, actor) != null) {
			throw row.error("duplicate actor code " + code);
		}
	}

	private static void validateCode(Layer layer, String code, ReferenceCsv.Row row) {
		boolean ok = switch (layer) {
			case TOPIC -> TOPIC_CODE.matcher(code).matches();
			case EVENT -> Arrays.stream(EventType.values()).anyMatch(t -> t.name().equals(code));
			case METRIC -> METRICS.contains(code);
			case CUE -> CUES.contains(code);
			case SCOPE -> UPPER_CODE.matcher(code).matches();
			default -> !code.isEmpty();
		};
		if (!ok) {
			throw row.error("invalid " + layer.header().get(0) + " '" + code + "'" + allowed(layer));
		}
	}

	private static String allowed(Layer layer) {
		return switch (layer) {
			case TOPIC -> " (lower case letters, digits, '_')";
			case EVENT -> " (one of " + Arrays.toString(EventType.values()) + ")";
			case METRIC -> " (one of " + METRICS.stream().sorted().toList() + ")";
			case CUE -> " (one of " + CUES.stream().sorted().toList() + ")";
			case SCOPE -> " (upper case letters, digits, '_', '.', '-')";
			default -> "";
		};
	}

	private static void addKeywords(Term term, String keywords, ReferenceCsv.Row row, List<Entry> entries) {
		if (keywords.isBlank()) {
			throw row.error("no keywords");
		}
		for (String keyword : keywords.split("\\|", -1)) {
			if (keyword.isBlank()) {
				throw row.error("empty keyword in '" + keywords + "'");
			}
			try {
				for (KeywordSyntax.Spec spec : KeywordSyntax.parse(keyword)) {
					entries.add(new Entry(term, spec));
				}
			}
			catch (IllegalArgumentException ex) {
				throw row.error(ex.getMessage());
			}
		}
	}

	private static Source classpath(Layer layer) {
		String name = "reference/" + layer.fileName();
		try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing default reference file " + name + " on the classpath");
			}
			return new Source(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + name, ex);
		}
	}

	private static String emptyToNull(String s) {
		return s.isEmpty() ? null : s;
	}

}
