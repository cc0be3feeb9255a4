package org.partnership.reports.articles;

import java.util.function.Function;

import org.partnership.reports.articles.ArticleStore.StagedArticle;
import org.partnership.reports.ingest.CsvLine;
import org.partnership.reports.ingest.Parsed;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Checks an article record, extracts its facts (stored next to the article) and reduces its text to
 * what story folding needs (its story print), so that the body itself is never staged. Thread-safe when the
 * extraction is (the step processes articles on worker threads).
 */
public class ArticleProcessor implements ItemProcessor<CsvLine, Parsed<StagedArticle>> {

	private final ArticleRowParser parser;

	private final Function<Article, FactExtraction.Extracted> extraction;

	public ArticleProcessor(ArticleRowParser parser, Function<Article, FactExtraction.Extracted> extraction) {
		this.parser = parser;
		this.extraction = extraction;
	}

	@Override
	public Parsed<StagedArticle> process(CsvLine line) {
		Parsed<Article> parsed = this.parser.process(line);
		if (parsed instanceof Parsed.Accepted<Article> a) {
			Article article = a.value();
			FactExtraction.Extracted extracted = this.extraction.apply(article);
			return Parsed.accepted(a.line(),
					new StagedArticle(article.withoutBody(), extracted.facts(), extracted.storyPrint()));
		}
		return Parsed.rejected(((Parsed.Rejected<Article>) parsed).reject());
	}

}
