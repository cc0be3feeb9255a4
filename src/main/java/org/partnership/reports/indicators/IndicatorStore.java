package org.partnership.reports.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.partnership.reports.period.Period;
import org.partnership.reports.report.IndicatorRow;

import org.springframework.jdbc.core.JdbcTemplate;

/** The computed indicators in long format (period × reporter × partner × indicator). */
public class IndicatorStore {

	private final JdbcTemplate jdbc;

	public IndicatorStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces all indicators (one transaction with the caller's step). */
	public void replaceAll(List<IndicatorRow> rows) {
		this.jdbc.update("DELETE FROM STG_INDICATOR");
		// in key order: each row then goes after the last one in the primary key's tree instead of anywhere in it
		List<IndicatorRow> inKeyOrder = new ArrayList<>(rows);
		inKeyOrder.sort(Comparator.comparing(IndicatorRow::reporter)
			.thenComparing(IndicatorRow::partner)
			.thenComparing(r -> r.period().code())
			.thenComparing(IndicatorRow::indicator));
		this.jdbc.batchUpdate("INSERT INTO STG_INDICATOR (REPORTER, PARTNER, PERIOD, COMPLETE, INDICATOR, VAL, UNIT)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?)", inKeyOrder, 1000, (ps, r) -> {
					ps.setString(1, r.reporter());
					ps.setString(2, r.partner());
					ps.setString(3, r.period().code());
					ps.setBoolean(4, r.complete());
					ps.setString(5, r.indicator());
					ps.setBigDecimal(6, r.value());
					ps.setString(7, r.unit());
				});
	}

	/** All indicators in a stable order: pair, period, indicator. */
	public List<IndicatorRow> findAll() {
		// a few hundred period codes over some 270k rows at 10M trade rows: each parsed once (a regex match)
		Map<String, Period> periods = new HashMap<>();
		List<IndicatorRow> rows = this.jdbc.query(
				"SELECT REPORTER, PARTNER, PERIOD, COMPLETE, INDICATOR, VAL, UNIT FROM STG_INDICATOR",
				(rs, i) -> new IndicatorRow(rs.getString(1), rs.getString(2),
						periods.computeIfAbsent(rs.getString(3), Period::parse), rs.getBoolean(4), rs.getString(5),
						rs.getBigDecimal(6), rs.getString(7)));
		return rows.stream()
			.sorted(java.util.Comparator.comparing(IndicatorRow::reporter)
				.thenComparing(IndicatorRow::partner)
				.thenComparing(IndicatorRow::period)
				.thenComparing(IndicatorRow::indicator))
			.toList();
	}

}
