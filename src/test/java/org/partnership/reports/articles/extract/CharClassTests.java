package org.partnership.reports.articles.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CharClassTests {

	@Test
	void answersLikeCharacterForEveryChar() {
		for (int i = 0; i < 65536; i++) {
			char c = (char) i;
			assertThat(CharClass.isLetter(c)).as("isLetter U+%04X", i).isEqualTo(Character.isLetter(c));
			assertThat(CharClass.isLetterOrDigit(c)).as("isLetterOrDigit U+%04X", i)
				.isEqualTo(Character.isLetterOrDigit(c));
			assertThat(CharClass.isUpperCase(c)).as("isUpperCase U+%04X", i).isEqualTo(Character.isUpperCase(c));
			assertThat(CharClass.isDigit(c)).as("isDigit U+%04X", i).isEqualTo(Character.isDigit(c));
		}
	}

}
