package org.partnership.reports.articles;

/**
 * Extracts the facts of an article and serialises them as JSON for the staging table.
 * Until the extractor is wired in, articles carry no facts ({@code null}).
 */
public class FactExtraction {

	public String toJson(Article article) {
		return null;
	}

}
