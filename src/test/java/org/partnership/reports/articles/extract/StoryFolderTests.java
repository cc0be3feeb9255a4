package org.partnership.reports.articles.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.reports.bench.BenchArticleFeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
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

	@Test
	void foldsFromStoredPrintsExactlyAsTheFoldingOfWholeTextsDid(@TempDir Path dir) throws IOException {
		// given: generated articles (5 % reposts) plus edited copies around every threshold of the rule
		List<ArticleText> articles = variedFeed(dir, 1_500);
		Map<String, String> expected = LegacyStoryFolder.withDefaults().fold(articles);

		// when: each article is reduced to its stored print, and the prints are folded in publication order
		List<ArticleText> byDate = new ArrayList<>(articles);
		byDate.sort(Comparator.comparing(ArticleText::published));
		StoryFolder.Folding folding = FOLDER.folding();
		for (ArticleText a : byDate) {
			byte[] stored = FOLDER.print(a.title(), a.body()).toBytes();
			folding.add(a.id(), a.published(), a.language(), StoryPrint.fromBytes(stored));
		}
		Map<String, String> stories = folding.stories();

		// then: the same story for every article; copies fold or not depending on the rule, as before
		assertThat(stories).isEqualTo(expected);
		assertThat(FOLDER.fold(articles)).containsExactlyEntriesOf(expected);
		long copies = expected.keySet().stream().filter(id -> id.startsWith("copy-")).count();
		long foldedCopies = expected.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith("copy-") && !e.getKey().equals(e.getValue()))
			.count();
		assertThat(copies).isEqualTo(375);
		assertThat(foldedCopies).isBetween(100L, 300L);
		assertThat(expected.values().stream().distinct().count()).isLessThan(expected.size() - 200L);
	}

	@Test
	void aPrintKeepsBandKeysAndShinglesThroughItsBytes() {
		StoryPrint print = FOLDER.print(Fixtures.FOUNDING_TITLE, BODY);

		StoryPrint read = StoryPrint.fromBytes(print.toBytes());

		assertThat(read.bands()).hasSize(64).containsExactly(print.bands());
		assertThat(read.shingles()).containsExactly(Shingles.of(BODY, 4));
		assertThat(print.toBytes()).hasSize((64 + read.shingles().length) * 8);
		// without a body the title is folded; without any word nothing is stored
		assertThat(FOLDER.print("Kazakhstan, EU discuss ties", " \n").shingles())
			.containsExactly(Shingles.of("Kazakhstan, EU discuss ties", 4));
		assertThat(FOLDER.print(null, "– … –").toBytes()).isEmpty();
		assertThat(StoryPrint.fromBytes(new byte[0]).isEmpty()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> StoryPrint.fromBytes(new byte[12]));
	}

	@Test
	void shinglesAreThoseOfTheNormalizedText(@TempDir Path dir) throws IOException {
		// words hashed in one pass over the original text are the words of the folded text
		List<String> texts = new ArrayList<>(List.of(BODY, RESENT.body(), OTHER_MEETING.body(), "", " \n ", "– … –",
				"Ёлка  и\u00ADёж — «Қазақстан» ЕО, ÉTÉ çà; 2025-Q3 $1.5bn", "word", "two words", "three words here",
				"ends with a word"));
		for (ArticleText a : variedFeed(dir, 300)) {
			texts.add(a.title());
			texts.add(a.body());
		}
		for (String text : texts) {
			assertThat(Shingles.of(text, 4)).as(text).containsExactly(shinglesOfNormalized(text, 4));
		}
	}

	@Test
	void theExtractorsPrintFromItsOwnWordsIsThePrintOfTheText(@TempDir Path dir) throws IOException {
		ArticleExtractor extractor = ArticleExtractor.withDefaults();
		List<ArticleText> articles = new ArrayList<>(variedFeed(dir, 300));
		articles.add(new ArticleText("t", null, "en", "Headline only", " "));
		articles.add(new ArticleText("b", null, "en", null, "Body only, no title at all here"));
		articles.add(new ArticleText("n", null, "en", null, null));
		articles.add(new ArticleText("s", null, "en", "  ", "Blank title and a body"));
		for (ArticleText a : articles) {
			ArticleExtractor.Reading reading = extractor.read(a);
			assertThat(reading.print().toBytes()).as(a.id()).isEqualTo(FOLDER.print(a.title(), a.body()).toBytes());
			assertThat(reading.facts()).as(a.id()).isEqualTo(extractor.extract(a));
		}
	}

	/** The shingles as computed before the one-pass version: words of {@link TextNormalizer#normalize}. */
	private static long[] shinglesOfNormalized(String text, int size) {
		NormalizedText folded = TextNormalizer.normalize(text);
		char[] c = folded.chars();
		List<Long> words = new ArrayList<>();
		long h = 0;
		boolean inWord = false;
		for (int i = 0; i <= folded.length(); i++) {
			boolean letter = i < folded.length() && Character.isLetterOrDigit(c[i]);
			if (letter) {
				h = ((inWord ? h : 0xcbf29ce484222325L) ^ c[i]) * 0x100000001b3L;
				inWord = true;
			}
			else if (inWord) {
				words.add(h);
				inWord = false;
			}
		}
		if (words.isEmpty()) {
			return new long[0];
		}
		int n = Math.max(1, words.size() - size + 1);
		long[] shingles = new long[n];
		for (int i = 0; i < n; i++) {
			long s = 0x9E3779B97F4A7C15L;
			for (int j = i; j < Math.min(words.size(), i + size); j++) {
				s = Shingles.mix(s ^ words.get(j)) + j - i;
			}
			shingles[i] = s;
		}
		return java.util.Arrays.stream(shingles).sorted().distinct().toArray();
	}

	@Test
	void nearDuplicatesShareABandAndUnrelatedTextsDoNot() {
		// the share of pairs of shingle sets that become candidates (share at least one band key), by similarity
		Random random = new Random(5);
		assertThat(candidateRate(random, 400, 1.0)).isEqualTo(1.0);
		assertThat(candidateRate(random, 400, 0.8)).isEqualTo(1.0);
		assertThat(candidateRate(random, 400, 0.5)).isGreaterThanOrEqualTo(0.995); // 1 - (1 - 0.5²)^64 > 0.99999
		assertThat(candidateRate(random, 30, 0.5)).isGreaterThanOrEqualTo(0.99); // a short text: bins densified
		assertThat(candidateRate(random, 3, 0.5)).isGreaterThanOrEqualTo(0.99); // a headline
		assertThat(candidateRate(random, 400, 0.05)).isBetween(0.05, 0.3); // 1 - (1 - 0.05²)^64 = 0.15
		assertThat(candidateRate(random, 400, 0.0)).isZero();
		assertThat(candidateRate(random, 2, 0.0)).isZero();
	}

	@Test
	void foldsEveryPairAtTheThresholdAsComparingAllPairsWould() {
		// texts of 40 to 400 shingles and copies of them at similarities from 0.45 to 1, published on one day:
		// the folding (candidates from band keys) finds every pair that the exact similarity of all pairs folds
		Random random = new Random(17);
		List<long[]> sets = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			long[] a = randomSet(random, 40 + random.nextInt(361));
			sets.add(a);
			sets.add(similar(random, a, 0.45 + random.nextDouble() * 0.55));
		}
		StoryFolder.Folding folding = FOLDER.folding();
		for (int i = 0; i < sets.size(); i++) {
			folding.add("a" + (1000 + i), LocalDate.of(2025, 4, 1), "en", StoryFolder.print(sets.get(i)));
		}
		Map<String, String> stories = folding.stories();
		int folded = 0;
		for (int i = 0; i < sets.size(); i += 2) {
			boolean same = Shingles.jaccard(sets.get(i), sets.get(i + 1)) >= StoryFolder.THRESHOLD;
			assertThat(stories.get("a" + (1001 + i))).isEqualTo(same ? "a" + (1000 + i) : "a" + (1001 + i));
			folded += same ? 1 : 0;
		}
		assertThat(folded).isBetween(200, 290);
	}

	/** The share of 400 pairs of sets of about {@code size} shingles with similarity {@code jaccard} that share a band. */
	private static double candidateRate(Random random, int size, double jaccard) {
		int trials = 400;
		int candidates = 0;
		for (int t = 0; t < trials; t++) {
			long[] a = randomSet(random, size);
			long[] b = similar(random, a, jaccard);
			long[] ka = StoryFolder.print(a).bands();
			long[] kb = StoryFolder.print(b).bands();
			for (int band = 0; band < ka.length; band++) {
				if (ka[band] == kb[band]) {
					candidates++;
					break;
				}
			}
		}
		return (double) candidates / trials;
	}

	private static long[] randomSet(Random random, int size) {
		return random.longs(size).sorted().distinct().toArray();
	}

	/**
	 * A set with Jaccard similarity {@code jaccard} to {@code a} (as near as whole shingles allow): it keeps
	 * {@code c} of a's shingles and adds as many new ones as it drops, so that c / (2n - c) = jaccard.
	 */
	private static long[] similar(Random random, long[] a, double jaccard) {
		int n = a.length;
		int keep = (int) Math.round(2 * n * jaccard / (1 + jaccard));
		List<Long> shuffled = new ArrayList<>();
		for (long s : a) {
			shuffled.add(s);
		}
		java.util.Collections.shuffle(shuffled, random);
		long[] b = new long[n];
		for (int i = 0; i < n; i++) {
			b[i] = i < keep ? shuffled.get(i) : random.nextLong();
		}
		return java.util.Arrays.stream(b).sorted().distinct().toArray();
	}

	@Test
	void aFoldingTakesArticlesInPublicationOrderOnly() {
		StoryFolder.Folding folding = FOLDER.folding();
		folding.add("b", LocalDate.of(2025, 4, 2), "en", FOLDER.print(null, BODY));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> folding.add("a", LocalDate.of(2025, 4, 1), "en", FOLDER.print(null, BODY)))
			.withMessageContaining("article a published before");
	}

	/**
	 * {@code n} generated articles and, for every fourth one, a copy with some of its paragraphs dropped
	 * (similarity from about 0.3 to 1), published 0 to 5 days later, sometimes without a language or without
	 * a body (its title is then folded), so that pairs fall on both sides of every condition.
	 */
	private static List<ArticleText> variedFeed(Path dir, int n) throws IOException {
		Path csv = BenchArticleFeed.write(dir.resolve("articles.csv"), n, 7);
		List<ArticleText> articles = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
			for (CsvRecord r : reader) {
				if (r.getStartingLineNumber() > 1) {
					articles.add(new ArticleText(r.getField(0), LocalDate.parse(r.getField(1).substring(0, 10)),
							r.getField(4), r.getField(5), r.getField(6)));
				}
			}
		}
		Random random = new Random(11);
		List<ArticleText> copies = new ArrayList<>();
		for (int i = 0; i < articles.size(); i += 4) {
			ArticleText a = articles.get(i);
			List<String> paragraphs = new ArrayList<>(List.of(a.body().split("\n\n")));
			int drop = random.nextInt(paragraphs.size() / 2 + 1);
			for (int d = 0; d < drop && paragraphs.size() > 1; d++) {
				paragraphs.remove(random.nextInt(paragraphs.size()));
			}
			String language = random.nextInt(8) == 0 ? null : a.language();
			String body = random.nextInt(10) == 0 ? "" : String.join("\n\n", paragraphs);
			copies.add(new ArticleText("copy-" + i, a.published().plusDays(random.nextInt(6)), language, a.title(),
					body));
		}
		articles.addAll(copies);
		return articles;
	}

}
