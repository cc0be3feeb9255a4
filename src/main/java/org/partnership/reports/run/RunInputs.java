package org.partnership.reports.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnership.reports.articles.ArticleRowParser;
import org.partnership.reports.investment.InvestmentRowParser;
import org.partnership.reports.ingest.CsvInput;
import org.partnership.reports.trade.TradeFile;
import org.partnership.reports.trade.TradeLayout;

/**
 * The input files of a run, each checked as a whole (encoding, header, required columns, trade
 * layout) before the job starts, and the fingerprint that identifies the run together with its date.
 * {@code trade} lists {@code trade.csv} first, then the other {@code trade*.csv} files by name: the
 * order in which their rows are applied. {@code stamps} holds each file's {@link FileStamp} as it was
 * just before the file was read ({@code null} when it could not be taken).
 */
public record RunInputs(CsvInput articles, List<TradeFile> trade, CsvInput investment, String configurationHash,
		Map<Path, FileStamp> stamps) {

	/** An input file as checked: its stamp before reading and the SHA-256 of its bytes. */
	public record CheckedFile(Path path, FileStamp stamp, String sha256) {
	}

	public RunInputs {
		trade = List.copyOf(trade);
		stamps = Collections.unmodifiableMap(new HashMap<>(stamps));
	}

	/**
	 * Checks every input file, and the reference tables the trade layouts need.
	 * @throws org.partnership.reports.ingest.InputFileException on the first unusable file
	 */
	public static RunInputs check(RunSettings settings) {
		return check(settings, InputHashes.NONE);
	}

	/**
	 * Checks every input file as {@link #check(RunSettings)} does, but takes the SHA-256 of a file
	 * whose path and stamp are unchanged since it last passed the checks from {@code known} instead of
	 * reading the whole file again.
	 * @throws org.partnership.reports.ingest.InputFileException on the first unusable file
	 */
	public static RunInputs check(RunSettings settings, InputHashes known) {
		Map<Path, FileStamp> stamps = new HashMap<>();
		CsvInput articles = open(settings.articlesFile(), ArticleRowParser.REQUIRED, known, stamps);
		List<TradeFile> trade = new ArrayList<>();
		for (Path file : settings.tradeFiles()) {
			// TradeFile.open, with the known hash
			CsvInput csv = open(file, Set.of(), known, stamps);
			TradeFile t = new TradeFile(csv, TradeLayout.detect(csv));
			t.layout().parser(settings.runDate(), settings.reference());
			trade.add(t);
		}
		CsvInput investment = Files.exists(settings.investmentFile())
				? open(settings.investmentFile(), InvestmentRowParser.REQUIRED, known, stamps) : null;
		return new RunInputs(articles, trade, investment, ConfigurationHash.of(settings), stamps);
	}

	private static CsvInput open(Path file, Set<String> required, InputHashes known, Map<Path, FileStamp> stamps) {
		// taken before reading: a file changed while it is read gets a new stamp, so the hash is never reused
		FileStamp stamp = FileStamp.of(file);
		CsvInput in = CsvInput.open(file, required, known.sha256(file, stamp));
		stamps.put(file, stamp);
		return in;
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

	/** Every input file in {@link #all()} order, with its stamp and hash. */
	public List<CheckedFile> files() {
		return all().stream().map(in -> new CheckedFile(in.path(), this.stamps.get(in.path()), in.sha256())).toList();
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
