package org.partnership.reports.run;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

import org.partnership.reports.articles.Article;
import org.partnership.reports.articles.ArticleRowParser;
import org.partnership.reports.ingest.CsvInput;
import org.partnership.reports.ingest.CsvLine;
import org.partnership.reports.ingest.CsvLineReader;
import org.partnership.reports.ingest.Parsed;
import org.partnership.reports.ingest.Reject;
import org.partnership.reports.trade.TradeFile;
import org.partnership.reports.trade.TradeLayout;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * {@code --validate}: applies the same checks as the job to every record and prints what would be
 * rejected, without touching the state folder or writing any report.
 */
public final class InputValidation {

	private final PrintStream out;

	public InputValidation(PrintStream out) {
		this.out = out;
	}

	/** Returns the number of records that would be rejected. */
	public long run(RunSettings settings, RunInputs inputs) throws Exception {
		Map<String, Long> ids = new HashMap<>();
		ItemProcessor<CsvLine, Parsed<Article>> articles = new ArticleRowParser(settings.runDate());
		long rejected = check(inputs.articles(), inputs.articles().fileName(), line -> {
			Parsed<Article> p = articles.process(line);
			if (p instanceof Parsed.Accepted<Article> a) {
				Long first = ids.putIfAbsent(a.value().id(), a.line());
				if (first != null) {
					return Parsed.rejected(new Reject(line.file(), line.line(), "id", a.value().id(),
							"duplicate id (first seen on line " + first + ")"));
				}
			}
			return p;
		});
		for (TradeFile trade : inputs.trade()) {
			String name = trade.layout() == TradeLayout.NATIVE ? trade.fileName()
					: trade.fileName() + " (" + trade.layout().label() + " layout)";
			rejected += check(trade.csv(), name, trade.layout().parser(settings.runDate(), settings.reference()));
		}
		return rejected;
	}

	private long check(CsvInput input, String name, ItemProcessor<CsvLine, ? extends Parsed<?>> parser)
			throws Exception {
		CsvLineReader reader = new CsvLineReader(input, "validate");
		reader.open(new ExecutionContext());
		long read = 0;
		long rejected = 0;
		try {
			CsvLine line;
			while ((line = reader.read()) != null) {
				read++;
				if (parser.process(line) instanceof Parsed.Rejected<?> r) {
					rejected++;
					Reject j = r.reject();
					this.out.println(j.file() + ":" + j.line() + ": " + (j.column() == null ? "" : j.column() + ": ")
							+ j.reason() + (j.value() == null ? "" : " ('" + j.value() + "')"));
				}
			}
		}
		finally {
			reader.close();
		}
		this.out.println(name + ": read " + read + ", would accept " + (read - rejected) + ", would reject "
				+ rejected);
		return rejected;
	}

}
