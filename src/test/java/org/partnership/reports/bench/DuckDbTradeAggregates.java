package org.partnership.reports.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * DuckDB computing the benchmark's trade aggregates from the same {@code trade.csv}, as an analyst's script
 * would: load the CSV into a table ({@code value_usd} as {@code DECIMAL(18,2)}, so sums are exact), then
 * two {@code GROUP BY}s. Runs in its own JVM (started by {@link BenchRunner}) and reaches DuckDB only through
 * {@code java.sql}, so the normal build never needs the driver. Prints one line
 * {@code duckdb load_ms=… quarter_ms=… chapter_ms=… query_ms=… version=… threads=…} and writes the aggregates.
 *
 * <p>Usage: {@code DuckDbTradeAggregates <trade.csv> <out.tsv>}
 */
public final class DuckDbTradeAggregates {

	private DuckDbTradeAggregates() {
	}

	public static void main(String[] args) throws Exception {
		Path csv = Path.of(args[0]).toAbsolutePath();
		Path out = Path.of(args[1]);
		long t0 = System.nanoTime();
		TradeAggregates a = new TradeAggregates();
		String version;
		String threads;
		long t1;
		long t2;
		long t3;
		try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("SELECT version(), current_setting('threads')")) {
				rs.next();
				version = rs.getString(1);
				threads = rs.getString(2);
			}
			long tLoad = System.nanoTime();
			s.execute("CREATE TABLE trade AS SELECT * FROM read_csv('" + csv.toString().replace("'", "''")
					+ "', header = true, delim = ',', quote = '\"', columns = {'period': 'VARCHAR', 'reporter': 'VARCHAR',"
					+ " 'partner': 'VARCHAR', 'flow': 'VARCHAR', 'commodity': 'VARCHAR', 'value_usd': 'DECIMAL(18,2)'})");
			t1 = System.nanoTime();
			try (ResultSet rs = s.executeQuery("SELECT partner, flow, substr(period, 1, 4) || '-Q'"
					+ " || CAST((CAST(substr(period, 6, 2) AS INTEGER) + 2) // 3 AS VARCHAR) AS quarter, SUM(value_usd)"
					+ " FROM trade WHERE reporter = 'KAZ' GROUP BY ALL")) {
				while (rs.next()) {
					a.addQuarterly(TradeAggregates.quarterKey(rs.getString(1), rs.getString(2), rs.getString(3)),
							rs.getBigDecimal(4));
				}
			}
			t2 = System.nanoTime();
			try (ResultSet rs = s.executeQuery("SELECT period, substr(commodity, 1, 2) AS chapter, flow, SUM(value_usd)"
					+ " FROM trade GROUP BY ALL")) {
				while (rs.next()) {
					a.addMonthlyChapter(TradeAggregates.chapterKey(rs.getString(1), rs.getString(2), rs.getString(3)),
							rs.getBigDecimal(4));
				}
			}
			t3 = System.nanoTime();
			t0 = tLoad;
		}
		a.write(out);
		System.out.printf("duckdb load_ms=%d quarter_ms=%d chapter_ms=%d query_ms=%d version=%s threads=%s%n",
				(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t3 - t0) / 1_000_000, version,
				threads);
	}

}
