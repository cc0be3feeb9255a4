package org.partnership.reports.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.partnership.reports.articles.ArticleRowParser;
import org.partnership.reports.investment.InvestmentRowParser;
import org.partnership.reports.ingest.CsvInput;
import org.partnership.reports.trade.TradeFile;

/**
 * The input files of a run, each checked as a whole (encoding, header, required columns, trade
 * layout) before the job starts, and the fingerprint that identifies the run together with its date.
 * {@code trade} lists {@code trade.csv} first, then the other {@code trade*.csv} files by name: the
 * order in which their rows are applied.
 */
public record RunInputs(CsvInput articles, List<TradeFile> trade, CsvInput investment, String configurationHash) {

	public RunInputs {
		trade = List.copyOf(trade);
	}

	/**
	 * Checks every input file, and the reference tables the trade layouts need.
	 * @throws org.partnership.reports.ingest.InputFileException on the first unusable file
	 */
	public static RunInputs check(RunSettings settings) {
		CsvInput articles = CsvInput.open(settings.articlesFile(), ArticleRowParser.REQUIRED);
		List<TradeFile> trade = new ArrayList<>();
		for (Path file : settings.tradeFiles()) {
			TradeFile t = TradeFile.open(file);
			t.layout().parser(settings.runDate(), settings.reference());
			trade.add(t);
		}
		CsvInput investment = java.nio.file.Files.exists(settings.investmentFile())
				? CsvInput.open(settings.investmentFile(), InvestmentRowParser.REQUIRED) : null;
		return new RunInputs(articles, trade, investment, ConfigurationHash.of(settings));
	}

	public List<CsvInput> all() {
		List<CsvInput> all = new ArrayList<>();
		all.add(this.articles);
		this.trade.forEach(t -> all.add(t.csv()));
		if (this.investment != null) {
			all.add(this.investment);
		}
		return all;
	}

	/** Names of the trade files in the order their rows are applied. */
	public List<String> tradeFileNames() {
		return this.trade.stream().map(TradeFile::fileName).toList();
	}

	/** SHA-256 over the input files' names and contents and everything else that shapes the reports. */
	public String fingerprint() {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (CsvInput in : all()) {
				sha.update((in.fileName() + "=" + in.sha256() + "\n").getBytes(StandardCharsets.UTF_8));
			}
			sha.update(this.configurationHash.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
