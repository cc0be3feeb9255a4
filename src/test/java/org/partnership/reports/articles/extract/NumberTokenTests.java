package org.partnership.reports.articles.extract;

import java.math.BigDecimal;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written number reader against hand-computed values and against the regular expression it replaced. */
class NumberTokenTests {

	/** The pattern {@link NumberToken} replaces, with its groups as the figure scanner read them. */
	private static final Pattern NUMBER = Pattern
		.compile("(?:(\\d{1,3}(?:[ ,.]\\d{3})+)(?!\\d)([.,]\\d+)?|(\\d+)([.,]\\d+)?)(?!\\p{N})");

	@Test
	void readsGroupedAndDecimalNumbers() {
		assertThat(read("3,000 companies")).isEqualTo("5 3000");
		assertThat(read("3 000 000 евро")).isEqualTo("9 3000000");
		assertThat(read("49.7 billion")).isEqualTo("4 49.7");
		assertThat(read("49,7 млрд")).isEqualTo("4 49.7");
		assertThat(read("1.500")).isEqualTo("5 1500"); // a group of three: thousands
		assertThat(read("1,234,567.89")).isEqualTo("12 1234567.89");
		assertThat(read("12,3456")).isEqualTo("7 12.3456"); // four digits: a fraction
		assertThat(read("2024 2025")).isEqualTo("4 2024");
		assertThat(read("5 000 2024")).isEqualTo("5 5000"); // the last group would run into more digits
		assertThat(read("16,9%-ға")).isEqualTo("4 16.9");
		assertThat(read("7.")).isEqualTo("1 7");
	}

	@Test
	void edgesOfTheRegionAndOtherNumerals() {
		assertThat(read("5²")).isNull(); // followed by another numeral
		assertThat(read("5,5²")).isEqualTo("1 5"); // the fraction is dropped, then ',' follows
		assertThat(read("5\uD835\uDFCE")).isNull(); // U+1D7CE, a digit outside the BMP
		// the region's end cuts the group: "3,0" is a decimal
		assertThat(byHand("3,000", 3)).isEqualTo("3 3.0 1").isEqualTo(byRegex("3,000", 3));
		assertThat(NumberToken.at("3,000", 0, 5).value()).isEqualByComparingTo("3000");
		assertThat(NumberToken.at("x", 0, 1)).isNull();
		assertThat(read("123456789012345678901234.5")).isEqualTo("26 123456789012345678901234.5");
		assertThat(read("١٢")).isNull(); // Arabic-Indic digits are not \d
	}

	@Test
	void agreesWithTheRegularExpressionOnRandomNumbers() {
		Random random = new Random(8);
		String alphabet = "0123456789 ,.%²x-";
		for (int n = 0; n < 200_000; n++) {
			StringBuilder s = new StringBuilder("1");
			for (int i = random.nextInt(14); i > 0; i--) {
				s.append(alphabet.charAt(random.nextInt(random.nextBoolean() ? 10 : alphabet.length())));
			}
			String text = s.toString();
			int to = 1 + random.nextInt(text.length());
			assertThat(byHand(text, to)).as(text + " to " + to).isEqualTo(byRegex(text, to));
		}
	}

	private static String read(String text) {
		String hand = byHand(text, text.length());
		assertThat(hand).as(text).isEqualTo(byRegex(text, text.length()));
		return hand == null ? null : hand.substring(0, hand.lastIndexOf(' ')); // end and value; the scale is checked above
	}

	private static String byHand(String text, int to) {
		NumberToken t = NumberToken.at(text, 0, to);
		return t == null ? null : t.end() + " " + t.value().toPlainString() + " " + t.value().scale();
	}

	private static String byRegex(String text, int to) {
		Matcher m = NUMBER.matcher(text).region(0, to);
		if (!m.lookingAt()) {
			return null;
		}
		String integer = m.group(1) != null ? m.group(1).replaceAll("[ ,.]", "") : m.group(3);
		String fraction = m.group(1) != null ? m.group(2) : m.group(4);
		BigDecimal value = new BigDecimal(fraction == null ? integer : integer + "." + fraction.substring(1));
		return m.end() + " " + value.toPlainString() + " " + value.scale();
	}

}
