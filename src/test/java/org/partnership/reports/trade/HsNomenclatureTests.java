package org.partnership.reports.trade;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnership.reports.trade.HsNomenclature.Section;

import static org.assertj.core.api.Assertions.assertThat;

class HsNomenclatureTests {

	private final HsNomenclature hs = HsNomenclature.load();

	@Test
	void shipsTheTwentyOneSectionsInOrderThenOther() {
		List<String> codes = this.hs.sections().stream().map(Section::code).toList();
		assertThat(codes).containsExactly("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
				"XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "OTHER");
		assertThat(this.hs.sections().get(4)).isEqualTo(new Section("V", "Mineral products", "25–27"));
		assertThat(this.hs.sections().get(2).chapters()).isEqualTo("15");
		assertThat(this.hs.sections().get(21).name()).isEqualTo(HsNomenclature.OTHER);
	}

	@Test
	void everyChapterFromOneToNinetySevenButSeventySevenHasASectionAndOnlyOne() {
		for (int c = 1; c <= 97; c++) {
			String chapter = String.format("%02d", c);
			assertThat(this.hs.section(chapter).code()).as(chapter)
				.isEqualTo(c == 77 ? HsNomenclature.OTHER_SECTION : expectedSection(c));
		}
	}

	/** The WCO table written out once more, by hand. */
	private static String expectedSection(int chapter) {
		int[] firstChapters = { 1, 6, 15, 16, 25, 28, 39, 41, 44, 47, 50, 64, 68, 71, 72, 84, 86, 90, 93, 94, 97 };
		String[] numerals = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
				"XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI" };
		int i = firstChapters.length - 1;
		while (firstChapters[i] > chapter) {
			i--;
		}
		return numerals[i];
	}

	@Test
	void finerCodesFollowTheirChapter() {
		assertThat(this.hs.section("270900").code()).isEqualTo("V");
		assertThat(this.hs.section("8471").code()).isEqualTo("XVI");
		assertThat(this.hs.name("2709")).isEqualTo("Mineral fuels, mineral oils and products (HS 2709)");
	}

	@Test
	void headingsOfTheShippedLabelListAreNamedSubheadingsOnlyThroughTheirHeading() {
		assertThat(this.hs.name("2203")).isEqualTo("Beer made from malt");
		assertThat(this.hs.name("220300")).isEqualTo("Heading 2203: Beer made from malt (HS 220300)");
		assertThat(this.hs.name("22030010")).isEqualTo("Heading 2203: Beer made from malt (HS 22030010)");
		// 2204 is not in the list: chapter name, never an invented one
		assertThat(this.hs.name("220421")).isEqualTo("Beverages, spirits and vinegar (HS 220421)");
	}

	@Test
	void chaptersNinetyEightAndNinetyNineReservedAndUnknownCodesAreOtherNotClassified() {
		for (String code : List.of("98", "99", "9999", "77", "00", "X")) {
			assertThat(this.hs.section(code).code()).as(code).isEqualTo(HsNomenclature.OTHER_SECTION);
			assertThat(this.hs.name(code)).as(code).isEqualTo(HsNomenclature.OTHER);
		}
		assertThat(this.hs.section("99").chapters()).isEqualTo("98–99, other");
	}

}
