package org.partnership.reports.trade;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.partnership.reports.ingest.CsvLine;
import org.partnership.reports.ingest.CsvLineReader;
import org.partnership.reports.ingest.Parsed;
import org.partnership.reports.ingest.Reject;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Reads a trade file the way the job does: whole-file check, layout from the header, its row parser. */
final class LayoutFixtures {

	static final LocalDate RUN_DATE = LocalDate.of(2025, 11, 25);

	private LayoutFixtures() {
	}

	static Path write(Path dir, String name, String csv) throws Exception {
		return Files.writeString(dir.resolve(name), csv, StandardCharsets.UTF_8);
	}

	static List<Parsed<TradeRow>> parse(Path file) throws Exception {
		return parse(file, null);
	}

	static List<Parsed<TradeRow>> parse(Path file, Path reference) throws Exception {
		TradeFile trade = TradeFile.open(file);
		ItemProcessor<CsvLine, Parsed<TradeRow>> parser = trade.layout().parser(RUN_DATE, reference);
		CsvLineReader reader = new CsvLineReader(trade.csv(), "t");
		reader.open(new ExecutionContext());
		List<Parsed<TradeRow>> out = new ArrayList<>();
		try {
			CsvLine line;
			while ((line = reader.read()) != null) {
				out.add(parser.process(line));
			}
		}
		finally {
			reader.close();
		}
		return out;
	}

	static List<TradeRow> accepted(List<Parsed<TradeRow>> parsed) {
		return parsed.stream()
			.filter(p -> p instanceof Parsed.Accepted<TradeRow>)
			.map(p -> ((Parsed.Accepted<TradeRow>) p).value())
			.toList();
	}

	static List<Reject> rejected(List<Parsed<TradeRow>> parsed) {
		return parsed.stream()
			.filter(p -> p instanceof Parsed.Rejected<TradeRow>)
			.map(p -> ((Parsed.Rejected<TradeRow>) p).reject())
			.toList();
	}

}
