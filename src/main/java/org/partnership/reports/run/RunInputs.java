package org.partnership.reports.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.partnership.reports.articles.ArticleRowParser;
import org.partnership.reports.ingest.CsvInput;
import org.partnership.reports.trade.TradeRowParser;

/**
 * The input files of a run, each checked as a whole (encoding, header, required columns) before the
 * job starts, and the fingerprint that identifies the run together with its date.
 */
public record RunInputs(CsvInput articles, CsvInput trade, String configurationHash) {

	/**
	 * Checks every input file.
	 * @throws org.partnership.reports.ingest.InputFileException on the first unusable file
	 */
	public static RunInputs check(RunSettings settings) {
		CsvInput articles = CsvInput.open(settings.articlesFile(), ArticleRowParser.REQUIRED);
		CsvInput trade = CsvInput.open(settings.tradeFile(), TradeRowParser.REQUIRED);
		return new RunInputs(articles, trade, ConfigurationHash.of(settings));
	}

	public List<CsvInput> all() {
		return List.of(this.articles, this.trade);
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
