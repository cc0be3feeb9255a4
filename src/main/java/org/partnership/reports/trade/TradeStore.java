package org.partnership.reports.trade;

import java.util.List;
import java.util.function.Consumer;

import org.partnership.reports.ingest.Parsed;
import org.partnership.reports.ingest.Reject;
import org.partnership.reports.period.Period;

import org.springframework.jdbc.core.JdbcTemplate;

/** Accepted trade records in the staging database, keyed by file and line. */
public class TradeStore {

	private final JdbcTemplate jdbc;

	public TradeStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A sink for one input file. */
	public org.partnership.reports.ingest.ParsedItemWriter.Sink<TradeRow> sink(String file) {
		return accepted -> {
			save(file, accepted);
			return List.<Reject>of();
		};
	}

	void save(String file, List<Parsed.Accepted<TradeRow>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		// plain INSERT: the chunk transaction is atomic, so a restart never replays a committed chunk
		this.jdbc.batchUpdate("INSERT INTO STG_TRADE (FILE_NAME, LINE, PERIOD, REPORTER, PARTNER, FLOW, COMMODITY, VALUE_USD, VINTAGE)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, rows.size(), (ps, a) -> {
					TradeRow r = a.value();
					ps.setString(1, file);
					ps.setLong(2, a.line());
					ps.setString(3, r.period().code());
					ps.setString(4, r.reporter());
					ps.setString(5, r.partner());
					ps.setString(6, r.flow().code());
					ps.setString(7, r.commodity());
					ps.setBigDecimal(8, r.valueUsd());
					ps.setString(9, r.vintage());
				});
	}

	public long count(String file) {
		Long n = this.jdbc.queryForObject("SELECT COUNT(*) FROM STG_TRADE WHERE FILE_NAME = ?", Long.class, file);
		return n == null ? 0 : n;
	}

	/**
	 * Every staged row in input order (file order as given, then line), so later files come last; an
	 * explicit {@code vintage} is weighed by the ledger.
	 */
	public void forEach(List<String> fileOrder, Consumer<StagedTradeRow> action) {
		for (String file : fileOrder) {
			this.jdbc.query("SELECT LINE, PERIOD, REPORTER, PARTNER, FLOW, COMMODITY, VALUE_USD, VINTAGE FROM STG_TRADE"
					+ " WHERE FILE_NAME = ? ORDER BY LINE", rs -> {
						action.accept(new StagedTradeRow(file, rs.getLong(1),
								new TradeRow(Period.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
										Flow.parse(rs.getString(5)), rs.getString(6), rs.getBigDecimal(7), rs.getString(8))));
					}, file);
		}
	}

	/** A staged row with where it came from. */
	public record StagedTradeRow(String file, long line, TradeRow row) {
	}

}
