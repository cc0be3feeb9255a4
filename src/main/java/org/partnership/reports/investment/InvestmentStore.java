package org.partnership.reports.investment;

import java.util.List;

import org.partnership.reports.ingest.ParsedItemWriter;
import org.partnership.reports.ingest.Reject;
import org.partnership.reports.period.Period;

import org.springframework.jdbc.core.JdbcTemplate;

/** Accepted investment records in the staging database, keyed by file and line. */
public class InvestmentStore {

	private final JdbcTemplate jdbc;

	public InvestmentStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public ParsedItemWriter.Sink<InvestmentRow> sink(String file) {
		return accepted -> {
			if (!accepted.isEmpty()) {
				this.jdbc.batchUpdate("INSERT INTO STG_INVESTMENT (FILE_NAME, LINE, PERIOD, REPORTER, PARTNER, DIRECTION,"
						+ " VALUE_USD) VALUES (?, ?, ?, ?, ?, ?, ?)", accepted, accepted.size(), (ps, a) -> {
							InvestmentRow r = a.value();
							ps.setString(1, file);
							ps.setLong(2, a.line());
							ps.setString(3, r.period().code());
							ps.setString(4, r.reporter());
							ps.setString(5, r.partner());
							ps.setString(6, r.direction());
							ps.setBigDecimal(7, r.valueUsd());
						});
			}
			return List.<Reject>of();
		};
	}

	public long count(String file) {
		Long n = this.jdbc.queryForObject("SELECT COUNT(*) FROM STG_INVESTMENT WHERE FILE_NAME = ?", Long.class, file);
		return n == null ? 0 : n;
	}

	/** The staged rows in input order, later rows replacing earlier ones for the same key. */
	public InvestmentLedger ledger() {
		InvestmentLedger ledger = new InvestmentLedger();
		this.jdbc.query("SELECT PERIOD, REPORTER, PARTNER, DIRECTION, VALUE_USD FROM STG_INVESTMENT ORDER BY FILE_NAME, LINE",
				rs -> {
					ledger.add(new InvestmentRow(Period.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
							rs.getString(4), rs.getBigDecimal(5)));
				});
		return ledger;
	}

}
