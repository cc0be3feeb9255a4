package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.partnership.reports.ingest.CsvLine;
import org.partnership.reports.ingest.Fields;
import org.partnership.reports.ingest.Parsed;
import org.partnership.reports.ingest.Reject;
import org.partnership.reports.period.Period;
import org.partnership.reports.period.PeriodType;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Checks one {@code trade.csv} record. Every problem becomes a {@link Reject} naming the column and
 * the reason; nothing is dropped silently.
 */
public class TradeRowParser implements ItemProcessor<CsvLine, Parsed<TradeRow>> {

	public static final Set<String> REQUIRED = Set.of("period", "reporter", "partner", "flow", "value_usd");

	/** ISO alpha-3 or a group code such as EU27 or CENTRAL_ASIA; safe in file names by construction. */
	private static final Pattern PARTY = Pattern.compile("[A-Z][A-Z0-9_]{1,15}");

	private static final Pattern HS_CODE = Pattern.compile("\\d{2,10}");

	private static final int EARLIEST_YEAR = 1950;

	private final LocalDate runDate;

	public TradeRowParser(LocalDate runDate) {
		this.runDate = runDate;
	}

	@Override
	public Parsed<TradeRow> process(CsvLine line) {
		if (line.fields().size() != line.header().width()) {
			return reject(line, null, "expected " + line.header().width() + " fields, found " + line.fields().size());
		}
		if (Fields.hasNul(line)) {
			return reject(line, null, "contains a NUL character");
		}
		String periodText = line.get("period");
		if (periodText == null) {
			return missing(line, "period");
		}
		Period period;
		try {
			period = Period.parse(periodText);
		}
		catch (IllegalArgumentException ex) {
			return reject(line, "period", "not a period (expected 2024, 2024-Q3 or 2024-07)");
		}
		if (period.type() != PeriodType.YEAR && period.type() != PeriodType.QUARTER
				&& period.type() != PeriodType.MONTH) {
			return reject(line, "period", "not a period (expected 2024, 2024-Q3 or 2024-07)");
		}
		if (period.year() < EARLIEST_YEAR || period.start().isAfter(this.runDate)) {
			return reject(line, "period", "out of range (" + EARLIEST_YEAR + " to the run date " + this.runDate + ")");
		}
		String reporter = party(line.get("reporter"));
		if (reporter == null) {
			return line.get("reporter") == null ? missing(line, "reporter")
					: reject(line, "reporter", "not an ISO alpha-3 or group code");
		}
		String partner = party(line.get("partner"));
		if (partner == null) {
			return line.get("partner") == null ? missing(line, "partner")
					: reject(line, "partner", "not an ISO alpha-3 or group code");
		}
		if (line.get("flow") == null) {
			return missing(line, "flow");
		}
		Flow flow = Flow.parse(line.get("flow"));
		if (flow == null) {
			return reject(line, "flow", "unknown flow (expected export or import)");
		}
		String commodity = commodity(line.get("commodity"));
		if (commodity == null) {
			return reject(line, "commodity", "not an HS code or TOTAL");
		}
		String valueText = line.get("value_usd");
		if (valueText == null) {
			return missing(line, "value_usd");
		}
		BigDecimal value = Fields.decimal(valueText);
		if (value == null) {
			return reject(line, "value_usd", "not a number");
		}
		if (value.signum() < 0) {
			return reject(line, "value_usd", "negative value");
		}
		if (value.scale() > 2) {
			value = value.setScale(2, java.math.RoundingMode.HALF_EVEN);
		}
		if (value.precision() - value.scale() > 18) {
			return reject(line, "value_usd", "implausibly large value");
		}
		return Parsed.accepted(line.line(), new TradeRow(period, reporter, partner, flow, commodity, value));
	}

	private static String party(String text) {
		if (text == null) {
			return null;
		}
		String code = text.toUpperCase(Locale.ROOT);
		return PARTY.matcher(code).matches() ? code : null;
	}

	private static String commodity(String text) {
		if (text == null) {
			return TradeRow.TOTAL;
		}
		if (text.equalsIgnoreCase(TradeRow.TOTAL)) {
			return TradeRow.TOTAL;
		}
		String code = text.replace(".", "").replace(" ", "");
		return HS_CODE.matcher(code).matches() ? code : null;
	}

	private static Parsed<TradeRow> missing(CsvLine line, String column) {
		return reject(line, column, "required value missing");
	}

	private static Parsed<TradeRow> reject(CsvLine line, String column, String reason) {
		return Parsed.rejected(Reject.of(line, column, reason));
	}

}
