package org.partnership.reports.trade;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.reports.ingest.InputFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TradeLayoutTests {

	@TempDir
	Path dir;

	private TradeLayout layout(String header) throws Exception {
		return TradeFile.open(LayoutFixtures.write(this.dir, "trade.csv", header + "\n")).layout();
	}

	@Test
	void eachLayoutIsRecognisedFromItsHeaderWhateverTheCaseAndOrder() throws Exception {
		assertThat(layout("value_usd,flow,partner,reporter,period,commodity")).isEqualTo(TradeLayout.NATIVE);
		assertThat(layout("refYear,reporterISO,partnerISO,flowCode,cmdCode,primaryValue")).isEqualTo(TradeLayout.COMTRADE);
		assertThat(layout("PERIOD,REPORTERISO,PARTNERISO,FLOWCODE,CMDCODE,PRIMARYVALUE")).isEqualTo(TradeLayout.COMTRADE);
		assertThat(layout("period_month,REPORTER,PARTNER,PRODUCT,FLOW,STAT_PROCEDURE,PERIOD,VALUE_IN_EUR,source_file"))
			.isEqualTo(TradeLayout.EUROSTAT);
		assertThat(layout("period_month,reporter,partner,product_code,product_label,flow,value_eur,flag"))
			.isEqualTo(TradeLayout.EUROSTAT);
		assertThat(layout("period;reporter;partner;flow;value_usd")).isEqualTo(TradeLayout.NATIVE);
	}

	@Test
	void theSharedFilesAreRecognisedAsEurostat() throws Exception {
		assertThat(TradeFile.open(Path.of("src/test/resources/layouts/eurostat-exports-2021-06.csv")).layout())
			.isEqualTo(TradeLayout.EUROSTAT);
		assertThat(TradeFile.open(Path.of("src/test/resources/layouts/eurostat-imports-2021-06.csv")).layout())
			.isEqualTo(TradeLayout.EUROSTAT);
		assertThat(TradeFile.open(Path.of("src/test/resources/layouts/comtrade-kaz-2023.csv")).layout())
			.isEqualTo(TradeLayout.COMTRADE);
	}

	@Test
	void aHeaderCloseToOneLayoutNamesItsMissingColumns() {
		assertThatThrownBy(() -> layout("period,reporter,partner,flow,commodity")).isInstanceOf(InputFileException.class)
			.hasMessage("trade.csv: required column 'value_usd' missing (header: period,reporter,partner,flow,commodity)");
		assertThatThrownBy(() -> layout("refYear,reporterISO,partnerISO,flowCode,primaryValue"))
			.hasMessage("trade.csv: required column 'cmdCode' missing for the UN Comtrade layout"
					+ " (header: refYear,reporterISO,partnerISO,flowCode,primaryValue)");
		assertThatThrownBy(() -> layout("period_month,reporter,partner,flow,value_eur"))
			.hasMessage("trade.csv: required column 'product' or 'product_code' missing for the Eurostat layout"
					+ " (header: period_month,reporter,partner,flow,value_eur)");
	}

	@Test
	void aHeaderMatchingNoLayoutNamesTheColumnsOfEach() {
		assertThatThrownBy(() -> layout("date,country,amount")).isInstanceOf(InputFileException.class)
			.hasMessage("trade.csv: the header matches no trade layout: expected period, reporter, partner, flow,"
					+ " value_usd; or UN Comtrade refYear or period, reporterISO, partnerISO, flowCode, cmdCode,"
					+ " primaryValue; or Eurostat period_month or time_period or period, reporter, partner, flow,"
					+ " product or product_code, value_in_eur or value_eur (header: date,country,amount)");
	}

}
