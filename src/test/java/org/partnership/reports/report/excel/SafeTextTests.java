package org.partnership.reports.report.excel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeTextTests {

	@Test
	void formulaStartsAreDetected() {
		assertThat(SafeText.looksLikeFormula("=1+1")).isTrue();
		assertThat(SafeText.looksLikeFormula("+7 727")).isTrue();
		assertThat(SafeText.looksLikeFormula("-5")).isTrue();
		assertThat(SafeText.looksLikeFormula("@SUM(A1)")).isTrue();
		assertThat(SafeText.looksLikeFormula("\tx")).isTrue();
		assertThat(SafeText.looksLikeFormula("\rx")).isTrue();
		assertThat(SafeText.looksLikeFormula("Kazakhstan = partner")).isFalse();
		assertThat(SafeText.looksLikeFormula(" =1")).isFalse();
		assertThat(SafeText.looksLikeFormula("")).isFalse();
		assertThat(SafeText.looksLikeFormula(null)).isFalse();
	}

	@Test
	void textAtTheLimitIsKept() {
		String text = "x".repeat(32_767);
		assertThat(SafeText.clip(text)).isSameAs(text);
	}

	@Test
	void textOverTheLimitEndsWithTheMarker() {
		String clipped = SafeText.clip("x".repeat(32_768));
		assertThat(clipped).hasSize(32_767).endsWith("x… [truncated]");
	}

	@Test
	void theCutNeverSplitsASurrogatePair() {
		// an emoji (two chars) straddling the cut position
		int cut = 32_767 - SafeText.TRUNCATED.length();
		String text = "x".repeat(cut - 1) + "😀" + "y".repeat(100);
		String clipped = SafeText.clip(text);
		assertThat(clipped).isEqualTo("x".repeat(cut - 1) + SafeText.TRUNCATED);
	}

	@Test
	void charactersXmlCannotCarryAreReplaced() {
		assertThat(SafeText.xmlSafe("a\u0001b\u000Bc")).isEqualTo("a\uFFFDb\uFFFDc");
		assertThat(SafeText.xmlSafe("tab\tnewline\ncr\r")).isEqualTo("tab\tnewline\ncr\r");
		assertThat(SafeText.xmlSafe("lone \uD800 surrogate")).isEqualTo("lone \uFFFD surrogate");
		assertThat(SafeText.xmlSafe("Қазақстан 😀")).isEqualTo("Қазақстан 😀");
	}

}
