package org.partnership.reports.report.excel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTests {

	private final Names names = new Names();

	@Test
	void sheetNamesLoseForbiddenCharacters() {
		assertThat(this.names.sheet("Trade [2024]: Q3/Q4 *?\\")).isEqualTo("Trade _2024__ Q3_Q4 ___");
	}

	@Test
	void sheetNamesAreCutTo31Characters() {
		assertThat(this.names.sheet("Reconciliation of quoted figures with indicators"))
			.isEqualTo("Reconciliation of quoted figure");
	}

	@Test
	void sheetNamesAreUniqueIgnoringCase() {
		assertThat(this.names.sheet("Overview")).isEqualTo("Overview");
		assertThat(this.names.sheet("OVERVIEW")).isEqualTo("OVERVIEW (2)");
		assertThat(this.names.sheet("Overview")).isEqualTo("Overview (3)");
		String longName = "A sheet name that is far too long";
		assertThat(this.names.sheet(longName)).isEqualTo("A sheet name that is far too lo");
		assertThat(this.names.sheet(longName)).isEqualTo("A sheet name that is far to (2)").hasSize(31);
	}

	@Test
	void emptyAndReservedSheetNamesAreReplaced() {
		assertThat(this.names.sheet("  ")).isEqualTo("Sheet");
		assertThat(this.names.sheet("History")).isEqualTo("History_");
		assertThat(this.names.sheet("'quoted'")).doesNotStartWith("'").doesNotEndWith("'");
	}

	@Test
	void tableNamesAreIdentifiers() {
		assertThat(this.names.table("Indicators")).isEqualTo("tblIndicators");
		assertThat(this.names.table("Trade 2024/Q3")).isEqualTo("tblTrade_2024_Q3");
		assertThat(this.names.table("A1")).isEqualTo("tblA1");
		assertThat(this.names.table("indicators")).isEqualTo("tblindicators_2");
	}

}
