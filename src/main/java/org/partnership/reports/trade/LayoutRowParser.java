package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.partnership.reports.ingest.CsvLine;
import org.partnership.reports.ingest.Fields;
import org.partnership.reports.ingest.Parsed;
import org.partnership.reports.ingest.Reject;
import org.partnership.reports.period.Period;
import org.partnership.reports.period.PeriodType;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Checks shared by the row parsers of every trade layout: field count, NUL characters, period range,
 * party codes, commodity codes, amounts and the optional {@code vintage} column. A layout maps one
 * record to a {@link TradeRow} or rejects it with the column and the reason; nothing is dropped
 * silently.
 */
abstract class LayoutRowParser implements ItemProcessor<CsvLine, Parsed<TradeRow>> {

	/** The optional column that orders revisions of the same key (ISO date or any text that sorts). */
	static final String VINTAGE = "vintage";

	static final int MAX_VINTAGE = 64;

	static final int EARLIEST_YEAR = 1950;

	/** ISO alpha-3 or a group code such as EU27 or CENTRAL_ASIA; safe in file names by construction. */

	private static final Pattern HS_CODE = Pattern.compile("\\d{2,10}");

	private final LocalDate runDate;

	LayoutRowParser(LocalDate runDate) {
		this.runDate = runDate;
	}

	@Override
	public final Parsed<TradeRow> process(CsvLine line) {
		if (line.fields().size() != line.header().width()) {
			return reject(line, null, "expected " + line.header().width() + " fields, found " + line.fields().size());
		}
		if (Fields.hasNul(line)) {
			return reject(line, null, "contains a NUL character");
		}
		TradeRow row;
		try {
			row = map(line);
		}
		catch (RowRejected ex) {
			return reject(line, ex.column, ex.getMessage());
		}
		String vintage = line.get(VINTAGE);
		if (vintage != null) {
			if (vintage.length() > MAX_VINTAGE) {
				return reject(line, VINTAGE, "longer than " + MAX_VINTAGE + " characters");
			}
			row = row.withVintage(vintage);
		}
		return Parsed.accepted(line.line(), row);
	}

	/**
	 * Maps one record of the layout.
	 * @throws RowRejected naming the column and the reason
	 */
	abstract TradeRow map(CsvLine line);

	/** A year, quarter or month between 1950 and the run date. */
	final Period inRange(Period period, String column) {
		if (period.type() != PeriodType.YEAR && period.type() != PeriodType.QUARTER
				&& period.type() != PeriodType.MONTH) {
			throw new RowRejected(column, "not a period (expected 2024, 2024-Q3 or 2024-07)");
		}
		if (period.year() < EARLIEST_YEAR || period.start().isAfter(this.runDate)) {
			throw new RowRejected(column,
					"out of range (" + EARLIEST_YEAR + " to the run date " + this.runDate + ")");
		}
		return period;
	}

	/**
	 * Checked codes by their text: a feed repeats the same few hundred parties, periods and HS codes
	 * millions of times, so each text is checked once per parser (one parser per slice and thread).
	 */
	private final java.util.Map<String, String> parties = new java.util.HashMap<>();

	private final java.util.Map<String, String> commodities = new java.util.HashMap<>();

	private static final int MEMO_LIMIT = 100_000;

	/** An ISO alpha-3 or group code, upper-cased. */
	final String party(CsvLine line, String column) {
		String text = required(line, column);
		String code = this.parties.get(text);
		if (code == null) {
			code = Fields.partyCode(text);
			if (code == null) {
				throw new RowRejected(column, "not an ISO alpha-3 or group code");
			}
			remember(this.parties, text, code);
		}
		return code;
	}

	/** {@link #commodityOrNull(String)}, remembered. */
	final String commodity(String text) {
		if (text == null) {
			return TradeRow.TOTAL;
		}
		String code = this.commodities.get(text);
		if (code == null) {
			code = commodityOrNull(text);
			if (code != null) {
				remember(this.commodities, text, code);
			}
		}
		return code;
	}

	static <V> void remember(java.util.Map<String, V> memo, String text, V value) {
		if (memo.size() < MEMO_LIMIT) {
			memo.put(text, value);
		}
	}

	/** {@code TOTAL} or an HS code of 2–10 digits (dots and spaces removed); {@code null} if neither. */
	static String commodityOrNull(String text) {
		if (text == null || text.equalsIgnoreCase(TradeRow.TOTAL)) {
			return TradeRow.TOTAL;
		}
		String code = text.replace(".", "").replace(" ", "");
		return HS_CODE.matcher(code).matches() ? code : null;
	}

	/** A non-negative amount, rounded to cents. */
	static BigDecimal amount(String text, String column) {
		BigDecimal value = Fields.decimal(text);
		if (value == null) {
			throw new RowRejected(column, "not a number");
		}
		if (value.signum() < 0) {
			throw new RowRejected(column, "negative value");
		}
		return cents(value, column);
	}

	static BigDecimal cents(BigDecimal value, String column) {
		BigDecimal v = value.scale() > 2 ? value.setScale(2, RoundingMode.HALF_EVEN) : value;
		// 16 integer digits (10^16 USD, 300 times world trade) keep every cent amount within a long
		if (v.precision() - v.scale() > 16) {
			throw new RowRejected(column, "implausibly large value");
		}
		return v;
	}

	static String required(CsvLine line, String column) {
		String text = line.get(column);
		if (text == null) {
			throw new RowRejected(column, "required value missing");
		}
		return text;
	}

	/** The first of the columns the header has, or {@code null}. */
	static String firstPresent(CsvLine line, String... columns) {
		for (String c : columns) {
			if (line.header().has(c)) {
				return c;
			}
		}
		return null;
	}

	private static Parsed<TradeRow> reject(CsvLine line, String column, String reason) {
		return Parsed.rejected(Reject.of(line, column, reason));
	}

	/** A record that cannot be used, with the column at fault and the reason. */
	static final class RowRejected extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final String column;

		RowRejected(String column, String reason) {
			super(reason, null, false, false);
			this.column = column;
		}

	}

}
