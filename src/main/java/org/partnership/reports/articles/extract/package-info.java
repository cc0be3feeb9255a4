/**
 * Rule-based extraction of topics, actors, diplomatic events and quoted figures from English, Russian and
 * Kazakh news articles ({@link org.partnership.reports.articles.extract.ArticleExtractor}), and folding of
 * near-duplicate articles into stories ({@link org.partnership.reports.articles.extract.StoryFolder}). Plain
 * Java, no Spring; the keyword lists are in {@code reference/*.csv}, described in {@code reference/README.md}.
 */
package org.partnership.reports.articles.extract;
