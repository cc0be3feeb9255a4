package org.partnership.reports.articles.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Shared test inputs. */
final class Fixtures {

	static final LocalDate FOUNDING_DATE = LocalDate.of(2025, 4, 1);

	static final String FOUNDING_TITLE = "Kazakhstan, EU discuss strengthening bilateral ties and regional cooperation";

	/** One extractor for all tests: building it is the expensive part, and it is immutable. */
	static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaults();

	private Fixtures() {
	}

	static String foundingBody() {
		return resource("founding-article.txt");
	}

	static ArticleText foundingArticle() {
		return new ArticleText("000_0ee431db555a654d", FOUNDING_DATE, "en", FOUNDING_TITLE, foundingBody());
	}

	static ArticleFacts extract(String language, LocalDate published, String body) {
		return EXTRACTOR.extract(new ArticleText("t", published, language, null, body));
	}

	static String resource(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
