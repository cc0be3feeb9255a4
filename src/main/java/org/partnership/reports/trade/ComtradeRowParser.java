package org.partnership.reports.trade;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partnership.reports.ingest.CsvLine;
import org.partnership.reports.period.Period;

/**
 * Maps one record of a UN Comtrade-style export ({@code refYear}/{@code period}, {@code reporterISO},
 * {@code partnerISO}, {@code flowCode}, {@code cmdCode}, {@code primaryValue} in US dollars) to a
 * {@link TradeRow}:
 * <ul>
 * <li>period: {@code period} as {@code 2024} or {@code 202407}; without it {@code refYear} with
 * {@code refMonth} (1–12; 52 or empty = the year, as Comtrade writes annual rows), {@code freqCode}
 * {@code A} always meaning a year;</li>
 * <li>flow: {@code X} → export, {@code M} → import; re-exports {@code RX} and re-imports {@code RM}
 * are rejected because Comtrade's X and M already include them (reading them would count them
 * twice), every other flow code too;</li>
 * <li>partner {@code W00} (Comtrade's World) → {@code WLD}; {@code cmdCode} {@code TOTAL} or an HS
 * code;</li>
 * <li>breakdowns that would be counted twice are rejected when their columns are present: a mode of
 * transport other than 0, a customs procedure other than C00, a second partner other than world,
 * services ({@code typeCode} S) and non-HS classifications ({@code clCode} or
 * {@code classificationCode} not H*).</li>
 * </ul>
 */
class ComtradeRowParser extends LayoutRowParser {

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})(\\d{2})");

	/** Comtrade's code of the world as a partner. */
	private static final String COMTRADE_WORLD = "W00";

	ComtradeRowParser(LocalDate runDate) {
		super(runDate);
	}

	@Override
	TradeRow map(CsvLine line) {
		String periodColumn = line.get("period") != null ? "period" : "refyear";
		Period period = inRange(period(line), periodColumn);
		String reporter = world(party(line, "reporteriso"));
		String partner = world(party(line, "partneriso"));
		Flow flow = flow(required(line, "flowcode"));
		String commodity = commodity(required(line, "cmdcode"));
		if (commodity == null) {
			throw new RowRejected("cmdcode", "not an HS code or TOTAL");
		}
		checkNoBreakdown(line);
		return new TradeRow(period, reporter, partner, flow, commodity,
				amount(required(line, "primaryvalue"), "primaryvalue"));
	}

	private static Period period(CsvLine line) {
		String period = line.get("period");
		if (period != null) {
			if (YEAR.matcher(period).matches()) {
				return Period.year(Integer.parseInt(period));
			}
			Matcher m = YEAR_MONTH.matcher(period);
			if (m.matches() && month(m.group(2)) > 0) {
				return Period.month(Integer.parseInt(m.group(1)), month(m.group(2)));
			}
			throw new RowRejected("period", "not a Comtrade period (expected 2024 or 202407)");
		}
		String year = line.get("refyear");
		if (year == null) {
			throw new RowRejected(line.header().has("refyear") ? "refyear" : "period", "required value missing");
		}
		if (!YEAR.matcher(year).matches()) {
			throw new RowRejected("refyear", "not a year");
		}
		String freq = line.get("freqcode");
		String month = line.get("refmonth");
		boolean annual = "A".equalsIgnoreCase(freq) || month == null || month.equals("52");
		if (annual) {
			if ("M".equalsIgnoreCase(freq)) {
				throw new RowRejected("refmonth", "required value missing (freqCode M is monthly)");
			}
			return Period.year(Integer.parseInt(year));
		}
		int m = month(month);
		if (m == 0) {
			throw new RowRejected("refmonth", "not a month (1 to 12, or 52 for the whole year)");
		}
		return Period.month(Integer.parseInt(year), m);
	}

	/** 1–12, or 0 when the text is not a month number. */
	private static int month(String text) {
		if (text.length() > 2 || !text.chars().allMatch(Character::isDigit)) {
			return 0;
		}
		int m = Integer.parseInt(text);
		return m >= 1 && m <= 12 ? m : 0;
	}

	private static String world(String code) {
		return COMTRADE_WORLD.equals(code) ? TradeLedger.WORLD : code;
	}

	private static Flow flow(String code) {
		return switch (code.toUpperCase(Locale.ROOT)) {
			case "X" -> Flow.EXPORT;
			case "M" -> Flow.IMPORT;
			case "RX" -> throw new RowRejected("flowcode",
					"re-exports (RX) are already part of exports (X); skipped so they are not counted twice");
			case "RM" -> throw new RowRejected("flowcode",
					"re-imports (RM) are already part of imports (M); skipped so they are not counted twice");
			default -> throw new RowRejected("flowcode", "flow code not read (expected X or M)");
		};
	}

	/** Rows of a breakdown would add up to the total row a second time. */
	private static void checkNoBreakdown(CsvLine line) {
		String type = line.get("typecode");
		if (type != null && !type.equalsIgnoreCase("C")) {
			throw new RowRejected("typecode", "not goods trade (typeCode C is read)");
		}
		String clColumn = line.header().has("clcode") ? "clcode" : "classificationcode";
		String classification = line.get(clColumn);
		if (classification != null && !classification.toUpperCase(Locale.ROOT).startsWith("H")) {
			throw new RowRejected(clColumn, "not an HS classification: its commodity codes would be misread");
		}
		String mode = line.get("motcode");
		if (mode != null && !mode.equals("0")) {
			throw new RowRejected("motcode", "a mode-of-transport breakdown (only 0 = all modes is read)");
		}
		String customs = line.get("customscode");
		if (customs != null && !customs.equalsIgnoreCase("C00")) {
			throw new RowRejected("customscode", "a customs-procedure breakdown (only C00 = all is read)");
		}
		String partner2 = line.get("partner2iso");
		if (partner2 != null && !partner2.equalsIgnoreCase(COMTRADE_WORLD) && !partner2.equalsIgnoreCase("WLD")) {
			throw new RowRejected("partner2iso", "a second-partner breakdown (only W00 = world is read)");
		}
		String partner2Code = line.get("partner2code");
		if (partner2 == null && partner2Code != null && !partner2Code.equals("0")) {
			throw new RowRejected("partner2code", "a second-partner breakdown (only 0 = world is read)");
		}
	}

}
