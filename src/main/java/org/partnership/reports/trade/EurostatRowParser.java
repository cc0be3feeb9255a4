package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partnership.reports.ingest.CsvLine;
import org.partnership.reports.ingest.Fields;
import org.partnership.reports.period.Period;

/**
 * Maps one record of Eurostat's long format (Comext DS-045409 as downloaded from the data browser:
 * {@code period_month} or {@code PERIOD} such as {@code 201901-Jan. 2019}, {@code REPORTER},
 * {@code PARTNER}, {@code PRODUCT} or {@code product_code}, {@code FLOW}, {@code VALUE_IN_EUR} or
 * {@code value_eur}) to a {@link TradeRow}, keeping Eurostat's point of view: the EU member state
 * (or the EU-27 aggregate) is the reporter, the partner country the partner, and the flow is the
 * reporter's (EXPORT = the member state's exports to the partner). Labels become codes through
 * {@link EurostatGeo}; values in euro are converted to US dollars with the rate of the row's own
 * period from {@link EurUsdRates} and rounded to cents.
 * <p>
 * Rejected: {@code :} (not available), a statistical procedure other than Total (a breakdown that
 * would be counted twice), labels without a code, periods without a rate.
 */
class EurostatRowParser extends LayoutRowParser {

	private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-?M?(\\d{2})");

	/** Comext data-browser form: {@code 201901-Jan. 2019}. */
	private static final Pattern COMEXT_MONTH = Pattern.compile("(\\d{4})(\\d{2})(?:\\D.*)?");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern PRODUCT_CODE = Pattern.compile("(\\d{2,10})(?:\\s*-.*)?");

	private final EurUsdRates rates;

	private final EurostatGeo geo;

	EurostatRowParser(LocalDate runDate, EurUsdRates rates, EurostatGeo geo) {
		super(runDate);
		this.rates = rates;
		this.geo = geo;
	}

	@Override
	TradeRow map(CsvLine line) {
		String periodColumn = firstPresent(line, "period_month", "time_period", "period");
		Period period = inRange(period(required(line, periodColumn), periodColumn), periodColumn);
		String reporter = geoCode(line, "reporter");
		String partner = geoCode(line, "partner");
		Flow flow = flow(required(line, "flow"));
		checkTotalProcedure(line);
		String productColumn = firstPresent(line, "product_code", "product");
		String commodity = product(required(line, productColumn), productColumn);
		String valueColumn = firstPresent(line, "value_in_eur", "value_eur");
		BigDecimal eur = euros(line, valueColumn);
		BigDecimal rate = this.rates.rate(period);
		if (rate == null) {
			throw new RowRejected(periodColumn,
					"no EUR/USD rate for " + period.code() + " in " + EurUsdRates.FILE_NAME);
		}
		return new TradeRow(period, reporter, partner, flow, commodity, cents(eur.multiply(rate), valueColumn));
	}

	private static Period period(String text, String column) {
		Matcher m = ISO_MONTH.matcher(text);
		if (!m.matches()) {
			m = COMEXT_MONTH.matcher(text);
		}
		if (m.matches()) {
			int month = Integer.parseInt(m.group(2));
			if (month >= 1 && month <= 12) {
				return Period.month(Integer.parseInt(m.group(1)), month);
			}
		}
		else if ((m = YEAR.matcher(text)).matches()) {
			return Period.year(Integer.parseInt(m.group(1)));
		}
		throw new RowRejected(column, "not a Eurostat period (expected 2019-01, 201901-Jan. 2019 or 2019)");
	}

	private String geoCode(CsvLine line, String column) {
		String label = required(line, column);
		String code = this.geo.code(label);
		if (code == null) {
			throw new RowRejected(column, "no code for Eurostat " + column + " '" + EurostatGeo.key(label) + "' in "
					+ EurostatGeo.FILE_NAME);
		}
		return code;
	}

	/** {@code EXPORT}, {@code IMPORT}, Comext's {@code 2-EXPORT}, {@code 1-IMPORT}, {@code 2}, {@code 1}. */
	private static Flow flow(String text) {
		String t = text.strip().toUpperCase(Locale.ROOT);
		return switch (t) {
			case "EXPORT", "2-EXPORT", "2" -> Flow.EXPORT;
			case "IMPORT", "1-IMPORT", "1" -> Flow.IMPORT;
			default -> throw new RowRejected("flow", "unknown flow (expected EXPORT, IMPORT, 2-EXPORT or 1-IMPORT)");
		};
	}

	/** Comext splits trade by statistical procedure; only the total is read, or parts would count twice. */
	private static void checkTotalProcedure(CsvLine line) {
		String procedure = line.get("stat_procedure");
		if (procedure == null) {
			return;
		}
		String p = procedure.strip().toUpperCase(Locale.ROOT);
		if (!(p.equals("T") || p.equals("TOTAL") || p.startsWith("T-"))) {
			throw new RowRejected("stat_procedure", "a statistical-procedure breakdown (only T-Total is read)");
		}
	}

	/** {@code TOTAL}, {@code TOTAL-Total}, {@code 27} or {@code 27-MINERAL FUELS…}. */
	private static String product(String text, String column) {
		String t = text.strip();
		if (t.equalsIgnoreCase(TradeRow.TOTAL) || t.toUpperCase(Locale.ROOT).startsWith("TOTAL-")) {
			return TradeRow.TOTAL;
		}
		Matcher m = PRODUCT_CODE.matcher(t);
		if (m.matches()) {
			return m.group(1);
		}
		throw new RowRejected(column, "not an HS/CN code or TOTAL");
	}

	private static BigDecimal euros(CsvLine line, String column) {
		String text = line.get(column);
		String flag = line.get("flag");
		if ((text == null && ":".equals(flag)) || ":".equals(text)) {
			throw new RowRejected(column, "not available (Eurostat ':')");
		}
		if (text == null) {
			throw new RowRejected(column, "required value missing");
		}
		BigDecimal value = Fields.decimal(text);
		if (value == null) {
			throw new RowRejected(column, "not a number");
		}
		if (value.signum() < 0) {
			throw new RowRejected(column, "negative value");
		}
		return value;
	}

}
