package org.partnership.reports.trade;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.partnership.reports.ingest.CsvInput;
import org.partnership.reports.ingest.CsvLine;
import org.partnership.reports.ingest.InputFileException;
import org.partnership.reports.ingest.Parsed;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The trade-feed layouts read as they are, each recognised from its header (column names compared
 * without regard to case): the first layout whose required columns are all present is used, in the
 * order below. The one place that decides how a trade file is read: the run's input check, the job
 * and {@code --validate} all ask it.
 */
public enum TradeLayout {

	/** The project's own layout, values in US dollars. */
	NATIVE("native", List.of(List.of("period"), List.of("reporter"), List.of("partner"), List.of("flow"),
			List.of("value_usd"))),

	/** A UN Comtrade-style export, values in US dollars. */
	COMTRADE("UN Comtrade", List.of(List.of("refYear", "period"), List.of("reporterISO"), List.of("partnerISO"),
			List.of("flowCode"), List.of("cmdCode"), List.of("primaryValue"))),

	/** Eurostat's long format (Comext), values in euro. */
	EUROSTAT("Eurostat", List.of(List.of("period_month", "time_period", "period"), List.of("reporter"),
			List.of("partner"), List.of("flow"), List.of("product", "product_code"),
			List.of("value_in_eur", "value_eur")));

	/** A layout is named in the error when at most this many of its columns are missing. */
	private static final int CLOSE = 2;

	private final String label;

	/** Required columns; each entry lists alternatives, any one of which will do. */
	private final List<List<String>> required;

	TradeLayout(String label, List<List<String>> required) {
		this.label = label;
		this.required = required;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The layout of a checked file.
	 * @throws InputFileException naming the file and the columns expected when no layout matches
	 */
	public static TradeLayout detect(CsvInput input) {
		TradeLayout closest = null;
		List<String> closestMissing = null;
		for (TradeLayout layout : values()) {
			List<String> missing = layout.missing(input);
			if (missing.isEmpty()) {
				return layout;
			}
			if (closestMissing == null || missing.size() < closestMissing.size()) {
				closest = layout;
				closestMissing = missing;
			}
		}
		String header = String.join(",", input.headerNames());
		if (closestMissing.size() <= CLOSE) {
			String columns = closestMissing.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "));
			throw new InputFileException(input.path(), "required column" + (closestMissing.size() > 1 ? "s " : " ")
					+ columns + " missing" + (closest == NATIVE ? "" : " for the " + closest.label + " layout")
					+ " (header: " + header + ")");
		}
		throw new InputFileException(input.path(), "the header matches no trade layout: expected "
				+ NATIVE.describe() + "; or " + COMTRADE.label + " " + COMTRADE.describe() + "; or " + EUROSTAT.label
				+ " " + EUROSTAT.describe() + " (header: " + header + ")");
	}

	/** The row parser of this layout; reference tables it needs are read (and checked) here. */
	public ItemProcessor<CsvLine, Parsed<TradeRow>> parser(LocalDate runDate, Path referenceDir) {
		return switch (this) {
			case NATIVE -> new TradeRowParser(runDate);
			case COMTRADE -> new ComtradeRowParser(runDate);
			case EUROSTAT -> new EurostatRowParser(runDate, EurUsdRates.load(referenceDir), EurostatGeo.load(referenceDir));
		};
	}

	private List<String> missing(CsvInput input) {
		List<String> missing = new ArrayList<>();
		for (List<String> alternatives : this.required) {
			if (alternatives.stream().noneMatch(c -> input.header().has(c.toLowerCase(Locale.ROOT)))) {
				missing.add(String.join("' or '", alternatives));
			}
		}
		return missing;
	}

	private String describe() {
		return this.required.stream().map(a -> String.join(" or ", a)).collect(Collectors.joining(", "));
	}

}
