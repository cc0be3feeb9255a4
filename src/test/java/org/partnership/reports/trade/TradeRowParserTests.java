package org.partnership.reports.trade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.reports.ingest.CsvInput;
import org.partnership.reports.ingest.CsvLine;
import org.partnership.reports.ingest.CsvLineReader;
import org.partnership.reports.ingest.Parsed;
import org.partnership.reports.ingest.Reject;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

class TradeRowParserTests {

	@TempDir
	Path dir;

	private List<Parsed<TradeRow>> parse(String csv) throws Exception {
		Path f = this.dir.resolve("trade.csv");
		Files.writeString(f, csv, StandardCharsets.UTF_8);
		CsvLineReader reader = new CsvLineReader(CsvInput.open(f, TradeRowParser.REQUIRED), "t");
		reader.open(new ExecutionContext());
		TradeRowParser parser = new TradeRowParser(LocalDate.of(2025, 11, 25));
		List<Parsed<TradeRow>> out = new ArrayList<>();
		CsvLine line;
		while ((line = reader.read()) != null) {
			out.add(parser.process(line));
		}
		reader.close();
		return out;
	}

	@Test
	void acceptsAValidRowWithDefaultCommodity() throws Exception {
		Parsed<TradeRow> p = parse("value_usd,flow,partner,reporter,period\n38600000000,Export,eu27,kaz,2024\n").get(0);
		assertThat(p).isInstanceOf(Parsed.Accepted.class);
		TradeRow r = ((Parsed.Accepted<TradeRow>) p).value();
		assertThat(r.reporter()).isEqualTo("KAZ");
		assertThat(r.partner()).isEqualTo("EU27");
		assertThat(r.flow()).isEqualTo(Flow.EXPORT);
		assertThat(r.commodity()).isEqualTo("TOTAL");
		assertThat(r.valueUsd()).isEqualByComparingTo("38600000000");
	}

	@Test
	void everyBadRowIsRejectedWithLineColumnAndReason() throws Exception {
		String csv = """
				period,reporter,partner,flow,commodity,value_usd
				2024,KAZ,EU27,export,TOTAL,-5
				2024,KAZ,EU27,re-export,TOTAL,5
				2024-13,KAZ,EU27,export,TOTAL,5
				2031,KAZ,EU27,export,TOTAL,5
				2024,KAZ,EU27,export,TOTAL,abc
				2024,KAZ,,export,TOTAL,5
				2024,../x,EU27,export,TOTAL,5
				2024,KAZ,EU27,export,27-09,5
				2024,KAZ,EU27,export,TOTAL
				2024,KAZ,EU27,import,27,"1,234"
				""";
		List<Parsed<TradeRow>> out = parse(csv);
		List<String> rejects = out.stream()
			.filter(p -> p instanceof Parsed.Rejected)
			.map(p -> ((Parsed.Rejected<TradeRow>) p).reject())
			.map(TradeRowParserTests::describe)
			.toList();
		assertThat(rejects).containsExactly("2|value_usd|-5|negative value",
				"3|flow|re-export|unknown flow (expected export or import)",
				"4|period|2024-13|not a period (expected 2024, 2024-Q3 or 2024-07)",
				"5|period|2031|out of range (1950 to the run date 2025-11-25)", "6|value_usd|abc|not a number",
				"7|partner|null|required value missing", "8|reporter|../x|not an ISO alpha-3 or group code",
				"9|commodity|27-09|not an HS code or TOTAL", "10|null|null|expected 6 fields, found 5");
		assertThat(out.get(out.size() - 1)).isInstanceOf(Parsed.Accepted.class);
	}

	private static String describe(Reject r) {
		return r.line() + "|" + r.column() + "|" + r.value() + "|" + r.reason();
	}

}
