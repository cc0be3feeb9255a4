package org.partnership.reports.articles;

import java.util.function.Function;

import org.partnership.reports.articles.ArticleStore.StagedArticle;
import org.partnership.reports.ingest.CsvLine;
import org.partnership.reports.ingest.Parsed;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Checks an article record and extracts its facts (stored as JSON next to the article). */
public class ArticleProcessor implements ItemProcessor<CsvLine, Parsed<StagedArticle>> {

	private final ArticleRowParser parser;

	private final Function<Article, String> facts;

	public ArticleProcessor(ArticleRowParser parser, Function<Article, String> facts) {
		this.parser = parser;
		this.facts = facts;
	}

	@Override
	public Parsed<StagedArticle> process(CsvLine line) {
		Parsed<Article> parsed = this.parser.process(line);
		if (parsed instanceof Parsed.Accepted<Article> a) {
			return Parsed.accepted(a.line(), new StagedArticle(a.value(), this.facts.apply(a.value())));
		}
		return Parsed.rejected(((Parsed.Rejected<Article>) parsed).reject());
	}

}
