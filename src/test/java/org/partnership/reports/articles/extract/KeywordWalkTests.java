package org.partnership.reports.articles.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The trie walk from word starts finds exactly the Aho-Corasick matches that start there. */
class KeywordWalkTests {

	@Test
	void walkFromEveryPositionFindsWhatTheFullScanFinds() {
		Random random = new Random(42);
		// many characters after a shared prefix, so that a state has many children
		String alphabet = "abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщыэюяәғқңөұүі -";
		for (int round = 0; round < 200; round++) {
			List<String> keywords = new ArrayList<>(new LinkedHashSet<>(randomWords(random, alphabet, 1 + random.nextInt(60))));
			KeywordAutomaton automaton = new KeywordAutomaton(keywords);
			StringBuilder sb = new StringBuilder();
			while (sb.length() < 300) {
				sb.append(random.nextBoolean() ? keywords.get(random.nextInt(keywords.size()))
						: randomText(random, alphabet, 1 + random.nextInt(3)));
			}
			char[] text = sb.toString().toCharArray();
			List<String> scanned = new ArrayList<>();
			automaton.scan(text, 0, text.length, (start, end, k) -> scanned.add(start + ":" + end + ":" + k));
			List<String> walked = new ArrayList<>();
			automaton.scanFrom(text, 0, text.length, (t, i) -> true, (start, end, k) -> walked.add(start + ":" + end + ":" + k));

			assertThat(walked).containsExactlyInAnyOrderElementsOf(scanned);
		}
	}

	private static List<String> randomWords(Random random, String alphabet, int count) {
		List<String> words = new ArrayList<>();
		String[] prefixes = { "", "a", "ex", "ин" };
		for (int k = 0; k < count; k++) {
			words.add(prefixes[random.nextInt(prefixes.length)] + randomText(random, alphabet, 1 + random.nextInt(4)));
		}
		return words;
	}

	@Test
	void walkStartsOnlyWhereAllowed() {
		KeywordAutomaton automaton = new KeywordAutomaton(List.of("he", "she", "hers", "инвестиц"));
		char[] text = "ushers she инвестиции".toCharArray();
		List<String> found = new ArrayList<>();

		automaton.scanFrom(text, 0, text.length, (t, i) -> i == 0 || t[i - 1] == ' ',
				(start, end, k) -> found.add(new String(text, start, end - start)));

		assertThat(found).containsExactly("she", "инвестиц");
	}

	private static String randomText(Random random, String alphabet, int length) {
		StringBuilder sb = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return sb.toString();
	}

}
