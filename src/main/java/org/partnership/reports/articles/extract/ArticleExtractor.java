package org.partnership.reports.articles.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rule-based fact extractor for articles in English, Russian and Kazakh: topics, actors, diplomatic events
 * and quoted figures.
 *
 * <p>
 * The keyword lists live in editable CSV files ({@code reference/*.csv}, described in
 * {@code reference/README.md}); they are compiled once into a single automaton, so each article is folded
 * once and scanned once whatever the number of keywords. Regular expressions run only on the few sentences
 * that need them (sentences with a digit for figures, sentences with an event trigger for dates).
 * Immutable and thread-safe.
 */
public final class ArticleExtractor {

	private final Gazetteer gazetteer;

	private final Map<String, ActorMention> actors;

	private final EventExtractor events;

	private ArticleExtractor(ReferenceData data) {
		this.gazetteer = new Gazetteer(data);
		this.actors = data.actors();
		this.events = new EventExtractor(actors);
	}

	/** Extractor with the reference data shipped in the jar under {@code reference/}. */
	public static ArticleExtractor withDefaults() {
		return new ArticleExtractor(ReferenceData.defaults());
	}

	/**
	 * Extractor whose reference files are read from {@code dir}; a file missing there falls back to the
	 * shipped default.
	 * @throws IllegalArgumentException naming the file and line of a malformed entry
	 */
	public static ArticleExtractor fromDirectory(Path dir) {
		return new ArticleExtractor(ReferenceData.fromDirectory(dir));
	}

	/** The facts of an article. */
	public ArticleFacts extract(ArticleText article) {
		return facts(article, TextNormalizer.normalize(joined(article), SCRATCH.get()));
	}

	/** An article's facts and its story print ({@link StoryFolder#print(String, String)}), its text read once. */
	public Reading read(ArticleText article) {
		NormalizedText text = TextNormalizer.normalize(joined(article), SCRATCH.get());
		return new Reading(facts(article, text), print(article, text));
	}

	/**
	 * Each thread folds its articles one after the other into the same arrays: nothing the facts or the print
	 * keep refers to the folded text.
	 */
	private static final ThreadLocal<TextScan.Scratch> SCRATCH = ThreadLocal.withInitial(TextScan.Scratch::new);

	/** What the import keeps of an article's text. */
	public record Reading(ArticleFacts facts, StoryPrint print) {
	}

	private ArticleFacts facts(ArticleText article, NormalizedText text) {
		List<Hit> hits = gazetteer.scan(text);
		List<Sentence> sentences = SentenceSplitter.split(text);
		return new ArticleFacts(topics(hits), actors(hits), events.extract(text, sentences, hits, article.published()),
				figures(text, sentences, hits, article));
	}

	private static String joined(ArticleText article) {
		String title = article.title() == null ? "" : article.title();
		String body = article.body() == null ? "" : article.body();
		// the blank line makes the title a paragraph of its own
		return title.isBlank() ? body : title + "\n\n" + body;
	}

	/**
	 * The story print of the article is made of the words of its body, or of its title without a body: the words
	 * folding listed, from the first one of the body.
	 */
	static StoryPrint print(ArticleText article, NormalizedText text) {
		Words words = text.words();
		int first = 0;
		String title = article.title();
		String body = article.body();
		if (title != null && !title.isBlank() && body != null && !body.isBlank()) {
			int bodyStart = title.length() + 2; // see joined: the body's words follow the title's
			while (first < words.count() && text.toOriginal(words.starts()[first]) < bodyStart) {
				first++;
			}
		}
		return StoryFolder.print(words.hashes(), first, words.count());
	}

	private static List<String> topics(List<Hit> hits) {
		TreeSet<String> topics = new TreeSet<>();
		for (Hit hit : hits) {
			if (hit.layer() == Layer.TOPIC) {
				topics.add(hit.code());
			}
		}
		return List.copyOf(topics);
	}

	private List<ActorMention> actors(List<Hit> hits) {
		Map<String, ActorMention> found = new TreeMap<>();
		for (Hit hit : hits) {
			if (hit.layer() == Layer.ACTOR) {
				found.putIfAbsent(hit.code(), actors.get(hit.code()));
			}
		}
		return List.copyOf(found.values());
	}

	private static List<QuotedFigure> figures(NormalizedText text, List<Sentence> sentences, List<Hit> hits,
			ArticleText article) {
		List<QuotedFigure> figures = new ArrayList<>();
		FigureExtractor extractor = new FigureExtractor(text, article.published());
		int h = 0;
		for (Sentence sentence : sentences) {
			while (h < hits.size() && hits.get(h).start() < sentence.start()) {
				h++;
			}
			int first = h;
			while (h < hits.size() && hits.get(h).start() < sentence.end()) {
				h++;
			}
			extractor.extract(sentence, hits.subList(first, h), figures);
		}
		return FigureExtractor.withoutDuplicates(figures);
	}

}
