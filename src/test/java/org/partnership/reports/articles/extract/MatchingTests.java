package org.partnership.reports.articles.extract;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Folding and the keyword automaton underneath the gazetteer. */
class MatchingTests {

	@Test
	void foldsCaseDiacriticsDashesQuotesAndWhitespace() {
		NormalizedText text = TextNormalizer.normalize("Ёлка  «ЕС»\u00a0—\tAntónio Síkela’s\n\n Trans‑Caspian");

		assertThat(text.text()).isEqualTo("елка \"ес\" - antonio sikela's\ntrans-caspian");
		assertThat(text.originalSlice(5, 9)).isEqualTo("«ЕС»");
		assertThat(text.originalSlice(12, 28)).isEqualTo("António Síkela’s");
	}

	@Test
	void automatonReportsOverlappingKeywordsInOnePass() {
		KeywordAutomaton automaton = new KeywordAutomaton(List.of("he", "she", "his", "hers", "инвестиц"));
		List<String> found = new ArrayList<>();
		char[] text = "ushers инвестиции".toCharArray();

		automaton.scan(text, 0, text.length, (start, end, k) -> found.add(new String(text, start, end - start)));

		assertThat(found).containsExactly("she", "he", "hers", "инвестиц");
	}

	@Test
	void stemsMatchAtWordStartOnlyAndWordsMatchWhole() {
		Gazetteer gazetteer = new Gazetteer(new ReferenceData(List.of(entry("инвестиц*"), entry("trade"), entry("=ЕС")),
				java.util.Map.of()));

		List<Hit> hits = gazetteer
			.scan(TextNormalizer.normalize("Инвестициями и реинвестиции; trade, trademark, ЕС, ес, весной"));

		assertThat(hits).extracting(Hit::start, Hit::end)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(0, 12), org.assertj.core.groups.Tuple.tuple(29, 34),
					org.assertj.core.groups.Tuple.tuple(47, 49));
	}

	@Test
	void expandsBracesIntoVariants() {
		assertThat(KeywordSyntax.parse("Европейск{ий/ого} союз*")).containsExactly(
				new KeywordSyntax.Spec("европейский союз", true, null), new KeywordSyntax.Spec("европейского союз", true, null));
		assertThat(KeywordSyntax.parse("=ЕС")).containsExactly(new KeywordSyntax.Spec("ес", false, "ЕС"));
	}

	private static ReferenceData.Entry entry(String keyword) {
		return new ReferenceData.Entry(new Term(Layer.TOPIC, "t"), KeywordSyntax.parse(keyword).get(0));
	}

}
