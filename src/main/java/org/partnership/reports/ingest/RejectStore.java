package org.partnership.reports.ingest;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Rejected records in the staging database, one per file and line. */
public class RejectStore {

	private final JdbcTemplate jdbc;

	public RejectStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void save(List<Reject> rejects) {
		if (rejects.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(
				"MERGE INTO STG_REJECT (FILE_NAME, LINE, COLUMN_NAME, RAW_VALUE, REASON) KEY (FILE_NAME, LINE) VALUES (?, ?, ?, ?, ?)",
				rejects, rejects.size(), (ps, r) -> {
					ps.setString(1, r.file());
					ps.setLong(2, r.line());
					ps.setString(3, r.column());
					ps.setString(4, r.value());
					ps.setString(5, r.reason());
				});
	}

	/** All rejects ordered by file and line, as reported in rejects.csv. */
	public List<Reject> findAll() {
		return this.jdbc.query(
				"SELECT FILE_NAME, LINE, COLUMN_NAME, RAW_VALUE, REASON FROM STG_REJECT ORDER BY FILE_NAME, LINE",
				(rs, i) -> new Reject(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						rs.getString(5)));
	}

	public long count(String file) {
		Long n = this.jdbc.queryForObject("SELECT COUNT(*) FROM STG_REJECT WHERE FILE_NAME = ?", Long.class, file);
		return n == null ? 0 : n;
	}

}
