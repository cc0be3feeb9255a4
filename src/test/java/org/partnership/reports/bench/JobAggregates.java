package org.partnership.reports.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The job's quarterly EXPORTS and IMPORTS as it stored them: table {@code STG_INDICATOR} of the H2 file
 * {@code <state-dir>/partnership.mv.db}, opened read-only after the job's process has ended.
 */
public final class JobAggregates {

	private JobAggregates() {
	}

	public static TradeAggregates read(Path stateDir) throws SQLException {
		TradeAggregates a = new TradeAggregates();
		String url = "jdbc:h2:file:" + stateDir.toAbsolutePath().resolve("partnership") + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
		try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT PARTNER, PERIOD, INDICATOR, VAL FROM STG_INDICATOR"
						+ " WHERE REPORTER = 'KAZ' AND INDICATOR IN ('EXPORTS', 'IMPORTS') AND PERIOD LIKE '____-Q_'"
						+ " AND VAL IS NOT NULL")) {
			while (rs.next()) {
				String flow = rs.getString(3).equals("EXPORTS") ? "export" : "import";
				a.addQuarterly(TradeAggregates.quarterKey(rs.getString(1), flow, rs.getString(2)), rs.getBigDecimal(4));
			}
		}
		return a;
	}

}
