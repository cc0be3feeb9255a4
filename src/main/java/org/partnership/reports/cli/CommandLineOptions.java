package org.partnership.reports.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line of {@code run.sh}; every option also works as {@code --name=value}. */
@Command(name = "run.sh", mixinStandardHelpOptions = true, versionProvider = CommandLineOptions.Version.class,
		sortOptions = false, usageHelpAutoWidth = true,
		description = "Builds the partnership workbook and briefings from the article and trade feeds.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:reports written, or already up to date", "1:the job failed (previous reports untouched)",
				"2:bad usage, configuration or input file", "3:another run holds the lock on the state folder" })
public class CommandLineOptions {

	@Option(names = "--input", paramLabel = "DIR", description = "folder with articles.csv and trade.csv (default: input/)")
	Path input;

	@Option(names = "--output", paramLabel = "DIR", description = "folder for the reports (default: output/)")
	Path output;

	@Option(names = "--state-dir", paramLabel = "DIR",
			description = "folder for the H2 job repository, the lock and the logs (default: data/)")
	Path stateDir;

	@Option(names = "--run-date", paramLabel = "YYYY-MM-DD", description = "run date (default: today)")
	String runDate;

	@Option(names = "--lang", paramLabel = "en|ru", description = "language of the briefings (default: en)")
	String lang = "en";

	@Option(names = "--templates", paramLabel = "DIR",
			description = "briefing templates folder (default: templates/, else the copy in the jar)")
	Path templates;

	@Option(names = "--reference", paramLabel = "DIR",
			description = "folder overriding the reference data (topics, events, actors)")
	Path reference;

	@Option(names = "--pairs", paramLabel = "R-P", split = ",",
			description = "reporter–partner pairs to brief, e.g. KAZ-EU27 (default: every pair in the data)")
	List<String> pairs = new ArrayList<>();

	@Option(names = "--issuing-unit", paramLabel = "TEXT", description = "author printed on the briefings")
	String issuingUnit = "Partnership Analysis Unit";

	@Option(names = "--sources", paramLabel = "TEXT", description = "source line printed under every report")
	String sources = "Trade: national statistics as supplied in trade.csv; press: articles.csv";

	@Option(names = "--group-composition", paramLabel = "fixed|as-of",
			description = "partner groups from member rows: fixed composition back-cast (default) or as of each period")
	String composition = "fixed";

	@Option(names = "--workbook-compression", paramLabel = "small|fast",
			description = "small: zlib's default level (default); fast: about three times less deflating, a workbook about a fifth larger")
	String workbookCompression = "small";

	@Option(names = "--force", description = "rebuild even when the reports are up to date")
	boolean force;

	@Option(names = "--validate", description = "check the inputs and print what would be rejected; write nothing")
	boolean validate;

	static class Version implements picocli.CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String v = CommandLineOptions.class.getPackage().getImplementationVersion();
			return new String[] { "partnership-reports " + (v == null ? "dev" : v) };
		}

	}

}
