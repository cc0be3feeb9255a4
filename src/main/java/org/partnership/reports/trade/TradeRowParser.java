package org.partnership.reports.trade;

import java.time.LocalDate;
import java.util.Set;

import org.partnership.reports.ingest.CsvLine;
import org.partnership.reports.period.Period;

/**
 * Checks one record of the project's own trade layout ({@code period, reporter, partner, flow,
 * commodity, value_usd}). Every problem becomes a reject naming the column and the reason; nothing
 * is dropped silently.
 */
public class TradeRowParser extends LayoutRowParser {

	public static final Set<String> REQUIRED = Set.of("period", "reporter", "partner", "flow", "value_usd");

	private final java.util.Map<String, Period> periods = new java.util.HashMap<>();

	public TradeRowParser(LocalDate runDate) {
		super(runDate);
	}

	@Override
	TradeRow map(CsvLine line) {
		String periodText = required(line, "period");
		Period period = this.periods.get(periodText);
		if (period == null) {
			try {
				period = Period.parse(periodText);
			}
			catch (IllegalArgumentException ex) {
				throw new RowRejected("period", "not a period (expected 2024, 2024-Q3 or 2024-07)");
			}
			inRange(period, "period");
			remember(this.periods, periodText, period);
		}
		String reporter = party(line, "reporter");
		String partner = party(line, "partner");
		Flow flow = Flow.parse(required(line, "flow"));
		if (flow == null) {
			throw new RowRejected("flow", "unknown flow (expected export or import)");
		}
		String commodity = commodity(line.get("commodity"));
		if (commodity == null) {
			throw new RowRejected("commodity", "not an HS code or TOTAL");
		}
		return new TradeRow(period, reporter, partner, flow, commodity, amount(required(line, "value_usd"), "value_usd"));
	}

}
