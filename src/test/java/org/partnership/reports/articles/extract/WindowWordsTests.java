package org.partnership.reports.articles.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link WordStems} and {@link TrailingWords} give the answers of the regular expressions they replaced: checked
 * on hand-written windows, then against those expressions on many windows of the sample articles.
 */
class WindowWordsTests {

	private static final Pattern GROWTH = Pattern.compile("(?<![\\p{L}])(?:increas|grow|grew|rose|rise|rising|up(?![\\p{L}])"
			+ "|gain|jump|surg|climb|expand|higher|увелич|выросл|вырос|возрос|рост|прирост|повыс|өсті|өсу|өсім|өскен|артты"
			+ "|артқан|ұлғай)");

	private static final Pattern DECLINE = Pattern.compile("(?<![\\p{L}])(?:decreas|declin|fell|fall|drop|down(?![\\p{L}])"
			+ "|shr[iau]nk|contract|lower|сниз|сократ|сокращ|уменьш|упал|падени|спад|төменде|азай|қысқар)");

	private static final Pattern COMPARISON_BASE = Pattern.compile("(?<![\\p{L}])(?:compared\\s+(?:with|to)"
			+ "|comparison\\s+with|against|versus|from|против|сравнени\\p{L}*\\s+с|с|со)\\s*$");

	private static final TrailingWords TRAILING = TrailingWords.of("compared with", "compared to", "comparison with",
			"against", "versus", "from", "против", "с", "со");

	@Test
	void stemsCountOnlyAtWordStartsAndWithinTheWindow() {
		String text = "exports rose 5%, imports grew; setup upkeep up. выросли на 3,5% «рост» өсті";
		assertThat(FigureScanner.GROWTH.occursIn(text, 0, 7)).isFalse(); // "exports"
		assertThat(FigureScanner.GROWTH.occursIn(text, 8, 12)).isTrue(); // "rose" fits exactly
		assertThat(FigureScanner.GROWTH.occursIn(text, 8, 11)).isFalse(); // "ros": cut by the window
		assertThat(FigureScanner.GROWTH.occursIn(text, 10, 25)).isFalse(); // "se 5%, imports": no word start of a stem
		assertThat(FigureScanner.GROWTH.occursIn(text, 10, 30)).isTrue(); // "grew"
		int setup = text.indexOf("setup");
		assertThat(FigureScanner.GROWTH.occursIn(text, setup, setup + 13)).isFalse(); // "setup upkeep": "up" not alone
		assertThat(FigureScanner.GROWTH.occursIn(text, setup + 2, setup + 5)).isFalse(); // inside "setup"
		int up = text.indexOf(" up.") + 1;
		assertThat(FigureScanner.GROWTH.occursIn(text, up, up + 2)).isTrue(); // the lookahead sees the '.' past the window
		int ru = text.indexOf("выросли");
		assertThat(FigureScanner.GROWTH.occursIn(text, ru, ru + 5)).isTrue(); // «вырос» (Cyrillic)
		assertThat(FigureScanner.GROWTH.occursIn(text, text.indexOf("«рост»"), text.length())).isTrue();
		assertThat(FigureScanner.GROWTH.occursIn(text, text.length() - 4, text.length())).isTrue(); // «өсті» at the end
		assertThat(FigureScanner.DECLINE.occursIn("shrank", 0, 6)).isTrue();
		assertThat(FigureScanner.DECLINE.occursIn("downturn", 0, 8)).isFalse();
		assertThat(FigureScanner.DECLINE.occursIn("slowdown", 0, 8)).isFalse();
		assertThat(FigureScanner.DECLINE.occursIn("x", 1, 1)).isFalse();
	}

	@Test
	void trailingWordsMustEndTheWindow() {
		assertThat(TRAILING.endWindow("up from ", 0, 8)).isTrue();
		assertThat(TRAILING.endWindow("up from", 0, 7)).isTrue();
		assertThat(TRAILING.endWindow("from here ", 0, 10)).isFalse();
		assertThat(TRAILING.endWindow("afrom ", 0, 6)).isFalse(); // not a word start
		assertThat(TRAILING.endWindow("afrom ", 1, 6)).isFalse(); // ... even when the window cuts the word
		assertThat(TRAILING.endWindow("compared  with\n ", 0, 16)).isTrue();
		assertThat(TRAILING.endWindow("comparedwith ", 0, 13)).isFalse(); // \s+ needs a space
		assertThat(TRAILING.endWindow("as compared to ", 5, 15)).isFalse(); // the phrase starts before the window
		assertThat(TRAILING.endWindow("в сравнении с ", 0, 14)).isTrue(); // by «с»
		assertThat(TRAILING.endWindow("выросла со ", 0, 11)).isTrue();
		assertThat(TRAILING.endWindow("против\u0085", 0, 7)).isTrue(); // '$' before a final line terminator
		assertThat(TRAILING.endWindow("против \u0085x", 0, 9)).isFalse();
		assertThat(TRAILING.endWindow("с", 0, 1)).isTrue();
		assertThat(TRAILING.endWindow("", 0, 0)).isFalse();
	}

	@Test
	void agreeWithTheRegularExpressionsOnTheSampleArticles() throws Exception {
		String text = TextNormalizer.normalize(Files.readString(Path.of("input/articles.csv"))
				+ " up from x упал с\u0085 compared to\n против 1 comparison  with со").text();
		SplittableRandom random = new SplittableRandom(11);
		for (int i = 0; i < 200_000; i++) {
			int from = random.nextInt(text.length());
			int to = Math.min(text.length(), from + random.nextInt(80));
			if (random.nextBoolean()) { // end after a word and a space, where a comparison base would be
				int space = text.indexOf(' ', to);
				to = space < 0 ? to : space + 1;
			}
			assertThat(FigureScanner.GROWTH.occursIn(text, from, to)).as("growth %d-%d", from, to)
				.isEqualTo(find(GROWTH, text, from, to));
			assertThat(FigureScanner.DECLINE.occursIn(text, from, to)).as("decline %d-%d", from, to)
				.isEqualTo(find(DECLINE, text, from, to));
			assertThat(TRAILING.endWindow(text, from, to)).as("comparison base %d-%d", from, to)
				.isEqualTo(find(COMPARISON_BASE, text, from, to));
		}
	}

	private static boolean find(Pattern p, String text, int from, int to) {
		return from < to && p.matcher(text).useTransparentBounds(true).region(from, to).find();
	}

}
