package org.partnership.reports.articles;

import java.nio.file.Path;

import org.partnership.reports.articles.extract.ActorMention;
import org.partnership.reports.articles.extract.ArticleExtractor;
import org.partnership.reports.articles.extract.ArticleFacts;
import org.partnership.reports.articles.extract.ArticleText;
import org.partnership.reports.articles.extract.ExtractedEvent;
import org.partnership.reports.articles.extract.QuotedFigure;
import org.partnership.reports.articles.extract.StoryPrint;

/**
 * Extracts the facts of an article with the rule-based {@link ArticleExtractor} (reference data from
 * the jar, or from {@code --reference}) and stores them in the job's own {@link StoredFacts} shape.
 */
public class FactExtraction {

	private final ArticleExtractor extractor;

	public FactExtraction(Path referenceDir) {
		this.extractor = referenceDir == null ? ArticleExtractor.withDefaults()
				: ArticleExtractor.fromDirectory(referenceDir);
	}

	/** An article's facts and its story print ({@link StoryPrint#toBytes()}), its text read once: what is staged. */
	public record Extracted(StoredFacts facts, byte[] storyPrint) {
	}

	public StoredFacts extract(Article a) {
		return stored(this.extractor.extract(text(a)));
	}

	public Extracted read(Article a) {
		ArticleExtractor.Reading reading = this.extractor.read(text(a));
		return new Extracted(stored(reading.facts()), reading.print().toBytes());
	}

	private static StoredFacts stored(ArticleFacts f) {
		return new StoredFacts(f.topics(),
				f.actors().stream().map(FactExtraction::actor).toList(),
				f.events().stream().map(FactExtraction::event).toList(),
				f.figures().stream().map(FactExtraction::figure).toList());
	}

	static ArticleText text(Article a) {
		return new ArticleText(a.id(), a.published(), a.language(), a.title(), a.body());
	}

	private static StoredFacts.Actor actor(ActorMention m) {
		return new StoredFacts.Actor(m.code(), m.name(), m.kind(), m.role(), m.country());
	}

	private static StoredFacts.Event event(ExtractedEvent e) {
		return new StoredFacts.Event(e.type(), e.cameo(), e.date(), e.dateFromText(), e.participants(), e.location(),
				e.evidence());
	}

	private static StoredFacts.Figure figure(QuotedFigure q) {
		return new StoredFacts.Figure(q.metric(), q.kind(), q.value(), q.currency(), q.changePct(), q.period(),
				q.periodStart(), q.cumulative(), q.scope(), q.text());
	}

}
