package org.displacementstats.spark;

import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.displacementstats.RejectedRow;
import org.displacementstats.figure.Place;
import org.displacementstats.flowlog.FlowLogSummary;
import org.displacementstats.flowlog.FlowLogSummary.DateTotals;
import org.displacementstats.flowlog.FlowLogSummary.DestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.OriginDestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.Totals;

/**
 * The tables of a {@link SparkFlowLogSummary}: summed by Spark from the ranges' sums, with the local summary's
 * rules for the high bound and the share, and read back into the local summary's records.
 *
 * @param byOriginDestination origin, destination, rows, point, low, high, unbounded_rows
 * @param byDate date, rows, point, low, high, unbounded_rows
 * @param byDestination destination, rows, point, low, high, share_of_point, unbounded_rows
 */
record SparkTables(Dataset<Row> byOriginDestination, Dataset<Row> byDate, Dataset<Row> byDestination) {
    private static final String HIGH_UDF = "displacementstats_high";
    private static final String SHARE_UDF = "displacementstats_share";

    /** The tables summed from the ranges' sums ({@link RangeRows}); computed when used. */
    static SparkTables of(SparkSession spark, Dataset<Row> parts) {
        if (!spark.catalog().functionExists(HIGH_UDF)) {
            // The local summary's own rules, called on each group's sums (not on each row).
            spark.udf()
                    .register(
                            HIGH_UDF,
                            (UDF2<Long, Long, Long>) (boundedHigh, unbounded) -> {
                                OptionalLong high = Totals.of(0, 0, 0, boundedHigh, unbounded)
                                        .high();
                                return high.isPresent() ? high.getAsLong() : null;
                            },
                            DataTypes.LongType);
            spark.udf()
                    .register(
                            SHARE_UDF,
                            (UDF2<Long, Long, Double>) (point, total) -> {
                                OptionalDouble share = DestinationTotals.shareOf(point, total == null ? 0 : total);
                                return share.isPresent() ? share.getAsDouble() : null;
                            },
                            DataTypes.DoubleType);
        }

        // Each table sums the ranges' sums directly: one shuffle of a few rows per range, which adaptive
        // execution reads as one partition (a table summed from another would shuffle all its partitions).
        Dataset<Row> pairParts = parts.filter(col("kind").equalTo(RangeRows.PAIR));
        Dataset<Row> pairs = totals(pairParts, col("origin"), col("destination"));
        Dataset<Row> byOriginDestination = people(pairs, col("origin"), col("destination"));
        Dataset<Row> byDate = people(
                totals(parts.filter(col("kind").equalTo(RangeRows.DATE)), col("day")),
                date_from_unix_date(col("day")).as("date"));
        Dataset<Row> destinations = totals(pairParts, col("destination"));
        Dataset<Row> byDestination = people(
                        destinations.crossJoin(pairParts.agg(sum("point").as("total_point"))), col("destination"))
                .withColumn("share_of_point", call_udf(SHARE_UDF, col("point"), col("total_point")))
                .select("destination", "rows", "point", "low", "high", "share_of_point", "unbounded_rows");
        return new SparkTables(byOriginDestination, byDate, byDestination);
    }

    /** Adds up the sums by the key columns. */
    private static Dataset<Row> totals(Dataset<Row> parts, Column... keys) {
        return parts.groupBy(keys)
                .agg(
                        sum("rows").as("rows"),
                        sum("point").as("point"),
                        sum("low").as("low"),
                        sum("bounded_high").as("bounded_high"),
                        sum("unbounded_rows").as("unbounded_rows"));
    }

    /** The keys, then rows, point, low, high (null when unbounded), unbounded_rows, and any other column. */
    private static Dataset<Row> people(Dataset<Row> sums, Column... keys) {
        List<Column> columns = new ArrayList<>(Arrays.asList(keys));
        columns.add(col("rows"));
        columns.add(col("point"));
        columns.add(col("low"));
        columns.add(
                call_udf(HIGH_UDF, col("bounded_high"), col("unbounded_rows")).as("high"));
        columns.add(col("unbounded_rows"));
        if (Arrays.asList(sums.columns()).contains("total_point")) {
            columns.add(col("total_point"));
        }
        return sums.select(columns.toArray(Column[]::new));
    }

    /**
     * Collects the tables (one row per group, small) into the local summary's records. They are sorted here, with
     * the local summary's orders: a sort in Spark would cost a sampling job and a shuffle more per table.
     */
    FlowLogSummary collect(String file, long rows, List<RejectedRow> rejectedRows) {
        List<OriginDestinationTotals> pairs = new ArrayList<>();
        for (Row r : byOriginDestination.collectAsList()) {
            pairs.add(new OriginDestinationTotals(r.getString(0), r.getString(1), totals(r, 2)));
        }
        pairs.sort(Comparator.comparing(OriginDestinationTotals::origin, Place.NAME_ORDER)
                .thenComparing(OriginDestinationTotals::destination, Place.NAME_ORDER));
        List<DateTotals> dates = new ArrayList<>();
        for (Row r : byDate.withColumn("date", unix_date(col("date"))).collectAsList()) {
            dates.add(new DateTotals(LocalDate.ofEpochDay(r.getInt(0)), totals(r, 1)));
        }
        dates.sort(Comparator.comparing(DateTotals::date));
        List<DestinationTotals> destinations = new ArrayList<>();
        for (Row r : byDestination.collectAsList()) {
            destinations.add(new DestinationTotals(
                    r.getString(0),
                    totals(r, 1),
                    r.isNullAt(5) ? OptionalDouble.empty() : OptionalDouble.of(r.getDouble(5))));
        }
        destinations.sort(Comparator.comparing(DestinationTotals::destination, Place.NAME_ORDER));
        return new FlowLogSummary(file, rows, pairs, dates, destinations, rejectedRows);
    }

    /** Totals from the columns rows, point, low, high starting at {@code at}. */
    private static Totals totals(Row r, int at) {
        return new Totals(
                r.getLong(at),
                r.getLong(at + 1),
                r.getLong(at + 2),
                r.isNullAt(at + 3) ? OptionalLong.empty() : OptionalLong.of(r.getLong(at + 3)));
    }
}
