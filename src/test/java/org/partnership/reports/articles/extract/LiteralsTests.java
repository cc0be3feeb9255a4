package org.partnership.reports.articles.extract;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Several literals looked for in one pass give the answers of one {@link Anchors#contains} each. */
class LiteralsTests {

	private static final String[] CUES = { "m", "month", "-", "жыл", "жылғы", "тоқсан", "q", "\uD835\uDC00x" };

	private static final Literals LITERALS = Literals.of(CUES);

	@Test
	void findsWhatOccursWhollyWithinTheWindow() {
		String text = "9m2024, 2024 жылғы 1-тоқсан";

		assertThat(names(LITERALS.foundIn(text, 0, text.length()))).isEqualTo("m - жыл жылғы тоқсан");
		assertThat(names(LITERALS.foundIn(text, 13, 17))).isEqualTo("жыл"); // "жылғы" runs past the window
		assertThat(LITERALS.foundIn(text, 5, 5)).isZero();
		assertThat(LITERALS.foundIn("", 0, 0)).isZero();
		assertThat(names(LITERALS.foundIn("a\uD835\uDC00x", 0, 4))).isEqualTo("\uD835\uDC00x"); // beyond the table
	}

	/** A random text of the cues' characters and a window in it. */
	private record Window(String text, int from, int to) {

		static Window random(Random random) {
			String alphabet = "mq-жылғытоқсан onth\uD835\uDC00x";
			StringBuilder s = new StringBuilder();
			for (int i = random.nextInt(30); i > 0; i--) {
				s.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			int from = random.nextInt(s.length() + 1);
			return new Window(s.toString(), from, from + random.nextInt(s.length() - from + 1));
		}

	}

	@Test
	void agreesWithContainsOnRandomWindows() {
		Random random = new Random(3);
		for (int n = 0; n < 50_000; n++) {
			Window w = Window.random(random);
			String text = w.text();
			int from = w.from();
			int to = w.to();
			long expected = 0;
			for (int c = 0; c < CUES.length; c++) {
				expected |= Anchors.contains(text, CUES[c], from, to) ? Literals.bit(c) : 0;
			}
			assertThat(LITERALS.foundIn(text, from, to)).as(text + " [" + from + ", " + to + ")").isEqualTo(expected);
		}
	}

	@Test
	void givesTheSameAnswersOnCopiedCharacters() {
		Random random = new Random(5);
		for (int n = 0; n < 20_000; n++) {
			Window w = Window.random(random);
			String text = w.text();
			int from = w.from();
			int to = w.to();
			assertThat(LITERALS.foundIn(text.toCharArray(), from, to, (1L << CUES.length) - 1)).as(text + " [" + from + ", " + to + ")")
				.isEqualTo(LITERALS.foundIn(text, from, to));
		}
	}

	@Test
	void tellsWhetherOneStartsAtAPlaceOrIsAWordThere() {
		char[] text = "9m2024, 2024 жылғы 1-тоқсан".toCharArray();

		assertThat(LITERALS.startsAt(text, 1, text.length)).isTrue(); // "m"
		assertThat(LITERALS.startsAt(text, 13, text.length)).isTrue(); // "жыл"
		assertThat(LITERALS.startsAt(text, 13, 15)).isFalse(); // runs past the end
		assertThat(LITERALS.startsAt(text, 0, text.length)).isFalse();
		assertThat(LITERALS.wordAt(text, 13, text.length)).isTrue(); // "жылғы", then a space
		assertThat(LITERALS.wordAt(text, 13, 18)).isFalse(); // no room for what follows it
		assertThat(LITERALS.wordAt(text, 1, text.length)).isFalse(); // "m" glued to "2024"
		assertThat(LITERALS.wordAt(text, 21, text.length)).isFalse(); // "тоқсан" ends the text
	}

	private static String names(long bits) {
		StringBuilder s = new StringBuilder();
		for (int c = 0; c < CUES.length; c++) {
			if ((bits & Literals.bit(c)) != 0) {
				s.append(s.length() > 0 ? " " : "").append(CUES[c]);
			}
		}
		return s.toString();
	}

}
