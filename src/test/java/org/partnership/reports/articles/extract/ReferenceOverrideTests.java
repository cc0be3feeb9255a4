package org.partnership.reports.articles.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Analysts' copies of the reference files in a directory. */
class ReferenceOverrideTests {

	private static final ArticleText ARTICLE = new ArticleText("a", LocalDate.of(2025, 4, 1), "en", null,
			"Tokayev and Costa discussed trade, hydropower and water diplomacy.");

	@TempDir
	Path dir;

	@Test
	void aCustomTopicsFileAddsATopicAndKeepsTheOtherDefaults() throws IOException {
		String topics = Fixtures.resource("/reference/topics.csv") + "hydropower,hydropower|water diplomacy|гидроэнерг*\n";
		Files.writeString(dir.resolve("topics.csv"), topics, StandardCharsets.UTF_8);

		ArticleFacts facts = ArticleExtractor.fromDirectory(dir).extract(ARTICLE);

		assertThat(facts.topics()).containsExactly("hydropower", "trade");
		assertThat(facts.actors()).extracting(ActorMention::code).containsExactly("KAZ-TOKAYEV");
	}

	@Test
	void aFileReplacesItsDefaultWhileMissingFilesFallBack() throws IOException {
		Files.writeString(dir.resolve("actors.csv"),
				"code,kind,name,role,country,aliases\nEU-COSTA,OFFICIAL,António Costa,President of the European Council,EU27,Costa\n",
				StandardCharsets.UTF_8);

		ArticleFacts facts = ArticleExtractor.fromDirectory(dir).extract(ARTICLE);

		assertThat(facts.actors()).containsExactly(new ActorMention("EU-COSTA", "António Costa", "OFFICIAL",
				"President of the European Council", "EU27"));
		assertThat(facts.topics()).containsExactly("trade");
	}

	@Test
	void aMalformedLineIsReportedWithFileAndLine() throws IOException {
		Path topics = dir.resolve("topics.csv");
		Files.writeString(topics, "# my topics\ntopic,keywords\ntrade,trade\nhydropower\n", StandardCharsets.UTF_8);

		assertThatIllegalArgumentException().isThrownBy(() -> ArticleExtractor.fromDirectory(dir))
			.withMessage(topics + " line 4: expected 2 fields (topic,keywords) but found 1");
	}

	@Test
	void badKeywordsAndCodesAreReportedWithFileAndLine() throws IOException {
		Path events = dir.resolve("events.csv");
		Files.writeString(events, "type,keywords\nMEETING,met\nBRIEFING,briefed\n", StandardCharsets.UTF_8);
		Path metrics = dir.resolve("metrics.csv");

		assertThatIllegalArgumentException().isThrownBy(() -> ArticleExtractor.fromDirectory(dir))
			.withMessageStartingWith(events + " line 3: invalid type 'BRIEFING'");

		Files.delete(events);
		Files.writeString(metrics, "metric,keywords\nEXPORTS,exp*orts\n", StandardCharsets.UTF_8);
		assertThatIllegalArgumentException().isThrownBy(() -> ArticleExtractor.fromDirectory(dir))
			.withMessage(metrics + " line 2: '*' is allowed only at the end of keyword 'exp*orts'");

		Files.writeString(metrics, "metric,keywords\nEXPORTS,export{s/ed\n", StandardCharsets.UTF_8);
		assertThatIllegalArgumentException().isThrownBy(() -> ArticleExtractor.fromDirectory(dir))
			.withMessage(metrics + " line 2: unbalanced braces in keyword 'export{s/ed'");
	}

	@Test
	void aWrongHeaderIsReported() throws IOException {
		Path places = dir.resolve("places.csv");
		Files.writeString(places, "name,aliases\nAstana,Astana\n", StandardCharsets.UTF_8);

		assertThatIllegalArgumentException().isThrownBy(() -> ArticleExtractor.fromDirectory(dir))
			.withMessage(places + " line 1: expected header place,aliases but found name,aliases");
	}

}
