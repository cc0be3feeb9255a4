package org.partnership.reports.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.reports.report.excel.WorkbookCompression;
import org.partnership.reports.trade.PartnerGroups;

import static org.assertj.core.api.Assertions.assertThat;

class TradeFileOrderTests {

	@TempDir
	Path dir;

	private RunSettings settings() {
		return new RunSettings(this.dir, this.dir.resolve("out"), this.dir.resolve("state"), LocalDate.of(2025, 11, 25),
				Locale.ENGLISH, null, null, List.of(), "", "", PartnerGroups.Composition.FIXED,
					WorkbookCompression.SMALL, false);
	}

	@Test
	void tradeCsvComesFirstThenTheOtherTradeFilesByName() throws Exception {
		for (String name : new String[] { "trade_revised.csv", "trade.csv", "trade-2025-03.csv", "trade-2024-12.csv",
				"articles.csv", "trade.csv.bak", "old-trade.csv", "Trade-x.csv" }) {
			Files.writeString(this.dir.resolve(name), "x\n");
		}
		Files.createDirectories(this.dir.resolve("trade-folder.csv"));

		assertThat(settings().tradeFiles()).extracting(p -> p.getFileName().toString())
			.containsExactly("trade.csv", "trade-2024-12.csv", "trade-2025-03.csv", "trade_revised.csv");
	}

	@Test
	void tradeCsvIsListedEvenWhenMissingSoTheRunStopsOnIt() {
		assertThat(settings().tradeFiles()).containsExactly(this.dir.resolve("trade.csv"));
	}

}
