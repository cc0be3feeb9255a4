package org.partnership.reports.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.partnership.reports.ingest.CsvLine;
import org.partnership.reports.ingest.Fields;
import org.partnership.reports.ingest.Parsed;
import org.partnership.reports.ingest.Reject;
import org.partnership.reports.period.Period;
import org.partnership.reports.period.PeriodType;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Checks one {@code investment.csv} record: {@code period, reporter, partner, direction, value_usd},
 * direction {@code inflow} or {@code outflow}, a non-negative gross flow in US dollars.
 */
public class InvestmentRowParser implements ItemProcessor<CsvLine, Parsed<InvestmentRow>> {

	public static final Set<String> REQUIRED = Set.of("period", "reporter", "partner", "direction", "value_usd");

	private final LocalDate runDate;

	public InvestmentRowParser(LocalDate runDate) {
		this.runDate = runDate;
	}

	@Override
	public Parsed<InvestmentRow> process(CsvLine line) {
		if (line.fields().size() != line.header().width()) {
			return reject(line, null, "expected " + line.header().width() + " fields, found " + line.fields().size());
		}
		if (Fields.hasNul(line)) {
			return reject(line, null, "contains a NUL character");
		}
		Period period;
		try {
			period = Period.parse(require(line, "period"));
		}
		catch (IllegalArgumentException ex) {
			return reject(line, "period", line.get("period") == null ? "required value missing"
					: "not a period (expected 2024, 2024-Q3 or 2024-07)");
		}
		if (period.type() != PeriodType.YEAR && period.type() != PeriodType.QUARTER && period.type() != PeriodType.MONTH) {
			return reject(line, "period", "not a period (expected 2024, 2024-Q3 or 2024-07)");
		}
		if (period.year() < 1950 || period.start().isAfter(this.runDate)) {
			return reject(line, "period", "out of range (1950 to the run date " + this.runDate + ")");
		}
		String reporter = Fields.partyCode(line.get("reporter"));
		if (reporter == null) {
			return reject(line, "reporter", line.get("reporter") == null ? "required value missing"
					: "not an ISO alpha-3 or group code");
		}
		String partner = Fields.partyCode(line.get("partner"));
		if (partner == null) {
			return reject(line, "partner", line.get("partner") == null ? "required value missing"
					: "not an ISO alpha-3 or group code");
		}
		String direction = line.get("direction") == null ? null : line.get("direction").toLowerCase(Locale.ROOT);
		if (!InvestmentRow.INFLOW.equals(direction) && !InvestmentRow.OUTFLOW.equals(direction)) {
			return reject(line, "direction", direction == null ? "required value missing"
					: "unknown direction (expected inflow or outflow)");
		}
		if (line.get("value_usd") == null) {
			return reject(line, "value_usd", "required value missing");
		}
		BigDecimal value = Fields.decimal(line.get("value_usd"));
		if (value == null) {
			return reject(line, "value_usd", "not a number");
		}
		if (value.signum() < 0) {
			return reject(line, "value_usd", "negative value (gross flows are never negative)");
		}
		return Parsed.accepted(line.line(), new InvestmentRow(period, reporter, partner, direction, value));
	}

	private static String require(CsvLine line, String column) {
		String v = line.get(column);
		if (v == null) {
			throw new IllegalArgumentException(column);
		}
		return v;
	}

	private static Parsed<InvestmentRow> reject(CsvLine line, String column, String reason) {
		return Parsed.rejected(Reject.of(line, column, reason));
	}

}
