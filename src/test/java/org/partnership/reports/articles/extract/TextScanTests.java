package org.partnership.reports.articles.extract;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The words and sentence stops listed while folding, against expectations worked out by hand. */
class TextScanTests {

	@Test
	void wordsAreRunsOfLettersAndDigitsOfTheFoldedText() {
		NormalizedText text = TextNormalizer.normalize("Ёлка  и\u00ADёж — «Қазақстан» 3,000 ЕО");
		// folded: "елка иеж - "қазақстан" 3,000 ео"; the soft hyphen is dropped inside a word

		assertThat(words(text)).containsExactly("елка", "иеж", "қазақстан", "3", "000", "ео");
		assertThat(text.words().hashes()[0]).isEqualTo(fnv("елка"));
		assertThat(text.words().hashes()[2]).isEqualTo(fnv("қазақстан"));
	}

	@Test
	void textEndingMidWordAndEmptyText() {
		assertThat(words(TextNormalizer.normalize("trade grew"))).containsExactly("trade", "grew");
		assertThat(words(TextNormalizer.normalize("x"))).containsExactly("x");
		assertThat(TextNormalizer.normalize("").words().count()).isZero();
		assertThat(TextNormalizer.normalize("– … –").words().count()).isZero();
		assertThat(TextNormalizer.normalize("").stops().count()).isZero();
	}

	@Test
	void surrogatePairsAreNotWordCharacters() {
		// U+1D400 (mathematical bold A) is a letter, but its UTF-16 halves are not: the folding works per char
		NormalizedText text = TextNormalizer.normalize("ab\uD835\uDC00cd 𝐀");

		assertThat(words(text)).containsExactly("ab", "cd");
	}

	@Test
	void stopsAreLineBreaksAndSentencePunctuationWithTheDigitsBefore() {
		NormalizedText text = TextNormalizer.normalize("Up 4.5%! Why?\n\nВ 2024 г… ok");
		// folded: "up 4.5%! why?\nв 2024 г… ok"
		//          01234567890123456789012345
		Stops stops = text.stops();

		assertThat(java.util.Arrays.copyOf(stops.at(), stops.count())).containsExactly(4, 7, 12, 13, 22);
		assertThat(java.util.Arrays.copyOf(stops.digitsBefore(), stops.count())).containsExactly(1, 2, 2, 2, 6);
		assertThat(stops.digits()).isEqualTo(6);
	}

	@Test
	void manyWordsAndStopsGrowTheLists() {
		String text = "a. ".repeat(5000);

		NormalizedText folded = TextNormalizer.normalize(text);

		assertThat(folded.words().count()).isEqualTo(5000);
		assertThat(folded.stops().count()).isEqualTo(5000);
		assertThat(folded.words().starts()[4999]).isEqualTo(3 * 4999);
	}

	@Test
	void keywordsStartingWithPunctuationFallBackToEveryPosition() {
		// "$" is not a word character: the scan cannot start from word starts alone
		Gazetteer gazetteer = new Gazetteer(new ReferenceData(List.of(entry("$bn"), entry("trade")), java.util.Map.of()));

		List<Hit> hits = gazetteer.scan(TextNormalizer.normalize("trade of $bn, x$bn"));

		// not in "x$bn": a keyword never starts right after a word character
		assertThat(hits).extracting(Hit::start, Hit::end)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(0, 5), org.assertj.core.groups.Tuple.tuple(9, 12));
	}

	@Test
	void foldedCharactersMapBackToTheirOriginalPlace() {
		for (String text : List.of("", " ", "a", "  lead\r\n\r\nsoft\u00ADhy\u200Bphen  «ЕС»\u00a0—\tend \n", "Ёлка  и\u00ADёж 3 000",
				"\uFEFF\uFEFFx", "trail  ", "ab\uD835\uDC00cd")) {
			NormalizedText folded = TextNormalizer.normalize(text);
			int[] expected = oldMap(text);
			for (int k = 0; k <= folded.length(); k++) {
				assertThat(folded.toOriginal(k)).as(text + " @" + k).isEqualTo(expected[k]);
			}
		}
	}

	@Test
	void randomTextFoldsAsTheOriginalWhitespaceRules() {
		// whitespace runs, dropped characters between them, at the start and at the end: the folding writes a
		// space like a letter and merges the rest of its run, which must give the same text and map as the rules
		java.util.Random random = new java.util.Random(8);
		char[] alphabet = { 'a', 'Ё', '.', ' ', ' ', '\n', '\r', '\u00a0', '\t', '\u00AD', '\u200B', '«' };
		for (int round = 0; round < 20_000; round++) {
			char[] chars = new char[random.nextInt(24)];
			for (int i = 0; i < chars.length; i++) {
				chars[i] = alphabet[random.nextInt(alphabet.length)];
			}
			String text = new String(chars);
			NormalizedText folded = TextNormalizer.normalize(text);
			int[] expected = oldMap(text);
			assertThat(folded.text()).as(text).isEqualTo(oldText(text));
			assertThat(folded.length()).as(text).isEqualTo(expected.length - 1);
			for (int k = 0; k <= folded.length(); k++) {
				assertThat(folded.toOriginal(k)).as(text + " @" + k).isEqualTo(expected[k]);
			}
		}
	}

	/** The folded text by the rules: a whitespace run between two kept characters is one space, or a paragraph
	 * mark if it holds a line break; whitespace at either end is dropped. */
	private static String oldText(String original) {
		StringBuilder out = new StringBuilder();
		boolean pending = false;
		boolean pendingBreak = false;
		for (int i = 0; i < original.length(); i++) {
			char c = TextNormalizer.folded(original.charAt(i));
			if (c == ' ' || c == '\n') {
				pending = true;
				pendingBreak |= c == '\n';
				continue;
			}
			if (c == TextNormalizer.DROP) {
				continue;
			}
			if (pending && !out.isEmpty()) {
				out.append(pendingBreak ? '\n' : ' ');
			}
			pending = false;
			pendingBreak = false;
			out.append(c);
		}
		return out.toString();
	}

	/** The array of original indexes folding kept before {@link Shifts}: one per folded character, then the end. */
	private static int[] oldMap(String original) {
		int n = original.length();
		int[] map = new int[n + 1];
		int len = 0;
		boolean pending = false;
		int spaceAt = 0;
		for (int i = 0; i < n; i++) {
			char c = TextNormalizer.folded(original.charAt(i));
			if (c == ' ' || c == '\n') {
				spaceAt = pending ? spaceAt : i;
				pending = true;
				continue;
			}
			if (c == TextNormalizer.DROP) {
				continue;
			}
			if (pending && len > 0) {
				map[len++] = spaceAt;
			}
			pending = false;
			map[len++] = i;
		}
		map[len] = n;
		return java.util.Arrays.copyOf(map, len + 1);
	}

	private static ReferenceData.Entry entry(String keyword) {
		return new ReferenceData.Entry(new Term(Layer.TOPIC, "t"), KeywordSyntax.parse(keyword).get(0));
	}

	private static List<String> words(NormalizedText text) {
		List<String> words = new ArrayList<>();
		Words w = text.words();
		for (int i = 0; i < w.count(); i++) {
			words.add(text.text().substring(w.starts()[i], w.ends()[i]));
			assertThat(w.hashes()[i]).isEqualTo(fnv(words.get(i)));
		}
		return words;
	}

	private static long fnv(String word) {
		long h = 0xcbf29ce484222325L;
		for (char c : word.toCharArray()) {
			h = (h ^ c) * 0x100000001b3L;
		}
		return h;
	}

}
