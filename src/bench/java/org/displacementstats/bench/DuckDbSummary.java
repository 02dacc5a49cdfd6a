package org.displacementstats.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The comparison system: DuckDB (in-process, JDBC) computing the same three summaries of the same file in one
 * pass (GROUPING SETS), with the same integer interval formulas, and writing them as CSV.
 * Usage: {@code java -cp ... DuckDbSummary FILE OUTDIR}. It validates less than ours: an unknown quantifier
 * counts as exact, and a bad date or count aborts the query.
 */
public final class DuckDbSummary {
    private DuckDbSummary() {}

    public static void main(String[] args) throws Exception {
        String file = args[0].replace("'", "''");
        Path out = Files.createDirectories(Path.of(args[1]));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE g AS "
                    + "WITH r AS (SELECT date, origin, destination, count AS v, lower(coalesce(quantifier, '')) AS q"
                    + " FROM read_csv('" + file + "', header = true, quote = '\"', escape = '\"', columns = {"
                    + "'date': 'DATE', 'origin': 'VARCHAR', 'destination': 'VARCHAR', 'count': 'BIGINT',"
                    + " 'quantifier': 'VARCHAR', 'source': 'VARCHAR'})),"
                    + " b AS (SELECT date, origin, destination, v,"
                    + " CASE q WHEN 'about' THEN v * 90 // 100 WHEN 'nearly' THEN v * 90 // 100"
                    + " WHEN 'more_than' THEN v + 1 WHEN 'up_to' THEN 0 WHEN 'less_than' THEN 0 ELSE v END AS low,"
                    + " CASE q WHEN 'about' THEN (v * 110 + 99) // 100 WHEN 'at_least' THEN NULL"
                    + " WHEN 'more_than' THEN NULL WHEN 'less_than' THEN v - 1 ELSE v END AS high FROM r)"
                    + " SELECT GROUPING(origin, destination, date) AS gid, origin, destination, date, count(*) AS rows,"
                    + " sum(v) AS point, sum(low) AS low,"
                    + " CASE WHEN count(*) > count(high) THEN NULL ELSE sum(high) END AS high FROM b"
                    + " GROUP BY GROUPING SETS ((origin, destination), (date), (destination))");
            s.execute("COPY (SELECT origin, destination, rows, point, low, high FROM g WHERE origin IS NOT NULL"
                    + " ORDER BY origin, destination) TO '" + out.resolve("flows-by-origin-destination.csv")
                    + "' (HEADER)");
            s.execute("COPY (SELECT date, rows, point, low, high FROM g WHERE date IS NOT NULL ORDER BY date) TO '"
                    + out.resolve("flows-by-date.csv") + "' (HEADER)");
            s.execute("COPY (SELECT destination, rows, point, low, high, round(point / sum(point) OVER (), 6)"
                    + " AS share_of_point FROM g WHERE origin IS NULL AND date IS NULL ORDER BY destination) TO '"
                    + out.resolve("flows-by-destination.csv") + "' (HEADER)");
        }
    }
}
