package org.partnership.reports.articles.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Near-duplicate folding. */
class StoryFolderTests {

	private static final StoryFolder FOLDER = StoryFolder.withDefaults();

	private static final String BODY = Fixtures.foundingBody();

	/** The same wire copy re-sent by another outlet: new headline, one sentence reworded. */
	private static final ArticleText RESENT = new ArticleText("kazinform-1", LocalDate.of(2025, 4, 2), "en",
			"Nurtleu, Stiprais talk EU–Central Asia ties ahead of Samarkand summit",
			BODY.replace("Nurtleu reaffirmed the country’s commitment to deepening its partnership with the EU",
					"Kazakhstan's top diplomat once again confirmed that Astana is committed to a deeper partnership with Brussels"));

	/** Another meeting, reported with the same press-service template. */
	private static final ArticleText OTHER_MEETING = new ArticleText("mfa-2", LocalDate.of(2025, 4, 2), "en",
			"Kazakhstan, EU discuss cooperation", "ASTANA – Kazakh Deputy Prime Minister and Foreign Minister Murat "
					+ "Nurtleu met with EU Commissioner for International Partnerships Jozef Síkela on April 1 to discuss "
					+ "the Global Gateway programme and critical raw materials.\n\nDuring the meeting, the officials "
					+ "discussed financing of projects in water management, the launch of a regional hub for green "
					+ "hydrogen, and the training of engineers under Erasmus+, reported the Foreign Ministry’s press "
					+ "service.\n\nSíkela noted that the European Union is ready to support Kazakhstan in diversifying "
					+ "its economy. The sides agreed to hold the next round of consultations in Brussels in autumn.");

	@Test
	void foldsAReSentCopyIntoTheEarlierArticle() {
		Map<String, String> stories = FOLDER.fold(List.of(RESENT, Fixtures.foundingArticle()));

		assertThat(stories).containsExactly(entry("kazinform-1", "000_0ee431db555a654d"),
				entry("000_0ee431db555a654d", "000_0ee431db555a654d"));
	}

	@Test
	void keepsADifferentMeetingWithSimilarWordingApart() {
		Map<String, String> stories = FOLDER.fold(List.of(Fixtures.foundingArticle(), OTHER_MEETING));

		assertThat(stories).containsExactly(entry("000_0ee431db555a654d", "000_0ee431db555a654d"),
				entry("mfa-2", "mfa-2"));
	}

	@Test
	void keepsACopyTenDaysLaterApart() {
		ArticleText late = new ArticleText("late", LocalDate.of(2025, 4, 11), "en", "Archive", BODY);

		assertThat(FOLDER.fold(List.of(Fixtures.foundingArticle(), late))).containsEntry("late", "late");
	}

	@Test
	void requiresTheSameLanguage() {
		ArticleText untagged = new ArticleText("untagged", LocalDate.of(2025, 4, 1), null, null, BODY);

		assertThat(FOLDER.fold(List.of(Fixtures.foundingArticle(), untagged))).containsEntry("untagged", "untagged");
	}

	@Test
	void namesTheStoryAfterItsEarliestArticleWhateverTheInputOrder() {
		ArticleText sameDay = new ArticleText("000_aaa", Fixtures.FOUNDING_DATE, "en", "Copy", BODY);
		List<ArticleText> articles = List.of(RESENT, sameDay, Fixtures.foundingArticle(), OTHER_MEETING);

		Map<String, String> stories = FOLDER.fold(articles);

		assertThat(stories).containsExactly(entry("kazinform-1", "000_0ee431db555a654d"),
				entry("000_aaa", "000_0ee431db555a654d"), entry("000_0ee431db555a654d", "000_0ee431db555a654d"),
				entry("mfa-2", "mfa-2"));
		assertThat(FOLDER.fold(List.of(OTHER_MEETING, Fixtures.foundingArticle(), sameDay, RESENT))).isEqualTo(stories);
	}

	@Test
	void measuresSimilarityOnFourWordShingles() {
		long[] original = Shingles.of(BODY, 4);
		long[] resent = Shingles.of(RESENT.body(), 4);
		long[] other = Shingles.of(OTHER_MEETING.body(), 4);

		assertThat(Shingles.jaccard(original, resent)).isGreaterThan(0.8);
		assertThat(Shingles.jaccard(original, other)).isLessThan(0.2);
		assertThat(Shingles.jaccard(original, original)).isEqualTo(1.0);
	}

}
