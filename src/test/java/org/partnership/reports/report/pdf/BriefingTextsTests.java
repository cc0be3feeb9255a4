package org.partnership.reports.report.pdf;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BriefingTextsTests {

	@Test
	void parsesKeyEqualsTextLinesWithIndentedContinuations() {
		Map<String, String> texts = BriefingTexts.parse("""
				# a comment
				title = Kazakhstan – European Union (EU27)
				highlight.1 = Turnover reached 49.7 bn USD in 2024 ,
				    up 16.9% on 2023 .

				empty =
				footer.page = Page {0} of {1}
				kf.coverage = Coverage ratio: 347.7% = exports / imports
				""");
		assertThat(texts).containsEntry("title", "Kazakhstan – European Union (EU27)")
			.containsEntry("highlight.1", "Turnover reached 49.7 bn USD in 2024, up 16.9% on 2023.")
			.containsEntry("empty", "")
			.containsEntry("footer.page", "Page {0} of {1}")
			.containsEntry("kf.coverage", "Coverage ratio: 347.7% = exports / imports");
	}

	@Test
	void aSentenceEndingInAnAbbreviationGetsOneFullStop() {
		assertThat(BriefingTexts.parse("a = больше, чем за 2023 г..\nb = and so on...\n"))
			.containsEntry("a", "больше, чем за 2023 г.")
			.containsEntry("b", "and so on...");
	}

}
