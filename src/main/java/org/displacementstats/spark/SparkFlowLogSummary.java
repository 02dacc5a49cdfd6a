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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.RejectedRow;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.flowlog.FlowLogSlice;
import org.displacementstats.flowlog.FlowLogSummary;
import org.displacementstats.flowlog.FlowLogSummary.DateTotals;
import org.displacementstats.flowlog.FlowLogSummary.DestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.Options;
import org.displacementstats.flowlog.FlowLogSummary.OriginDestinationTotals;
import org.displacementstats.flowlog.FlowLogSummary.Totals;

/**
 * The summary of {@link FlowLogSummary} computed by Apache Spark, for logs larger than one machine.
 *
 * <p>Each log is cut into byte ranges as Spark cuts the files of its own sources (at most {@code
 * spark.sql.files.maxPartitionBytes}, 128 MiB by default; smaller so that each task slot gets one, but not under
 * {@code spark.sql.files.openCostInBytes}, 4 MiB), one task each; a task parses its range with the local
 * summary's own parser, row rules and quantifier bounds ({@link FlowLogSlice}) into sums by origin × destination and by date, so the shuffle
 * carries about (groups × tasks) rows, never the log's rows. The driver checks bad rows in log order, with
 * their line numbers, before the tables are built.
 *
 * <pre>{@code
 * SparkFlowLogSummary s = SparkFlowLogSummary.summarize(spark, "flows.csv");   // or hdfs://..., a directory
 * s.byDestination().show();
 * }</pre>
 *
 * <p>The tables have the local summary's columns in its order ({@code high} null when unbounded), plus
 * {@code unbounded_rows}: the rows without an upper bound, so that a sum over these tables (which skips
 * nulls) still knows when its high is unbounded.
 */
public final class SparkFlowLogSummary {
    private static final String HIGH_UDF = "displacementstats_high";
    private static final String SHARE_UDF = "displacementstats_share";
    private static final StructType REJECTED = new StructType()
            .add("line", DataTypes.LongType, false)
            .add("column", DataTypes.IntegerType, false)
            .add("field", DataTypes.StringType, false)
            .add("value", DataTypes.StringType, false)
            .add("reason", DataTypes.StringType, false);

    private final String file;
    private final long rows;
    private final Dataset<Row> byOriginDestination;
    private final Dataset<Row> byDate;
    private final Dataset<Row> byDestination;
    private final Dataset<Row> rejected;
    private final List<RejectedRow> rejectedRows;

    private SparkFlowLogSummary(
            String file,
            long rows,
            Dataset<Row> byOriginDestination,
            Dataset<Row> byDate,
            Dataset<Row> byDestination,
            Dataset<Row> rejected,
            List<RejectedRow> rejectedRows) {
        this.file = file;
        this.rows = rows;
        this.byOriginDestination = byOriginDestination;
        this.byDate = byDate;
        this.byDestination = byDestination;
        this.rejected = rejected;
        this.rejectedRows = rejectedRows;
    }

    /**
     * Summarises flow logs with the default options (stop at the first bad row, 10 % margin).
     *
     * @param spark the session
     * @param paths logs, or directories of logs, in any file system Spark reads
     * @return the summary; its tables are computed when used
     * @throws DisplacementDataException as {@link FlowLogSummary#summarize} does
     */
    public static SparkFlowLogSummary summarize(SparkSession spark, String... paths) {
        return summarize(spark, Options.defaults(), paths);
    }

    /**
     * Summarises flow logs. The logs are read, and their bad rows checked, before this returns; the tables
     * are computed from the sums of each range (kept by Spark) when used.
     *
     * @param spark the session
     * @param options bad-row handling and the margin of "about" and "nearly" ({@link Options#threads()} is
     *     not used: Spark's tasks are the threads)
     * @param paths logs, or directories of logs, in any file system Spark reads
     * @return the summary
     * @throws DisplacementDataException as {@link FlowLogSummary#summarize} does, naming the log's file name,
     *     line and column, the field, the value and the rule
     */
    public static SparkFlowLogSummary summarize(SparkSession spark, Options options, String... paths) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(options, "options");
        List<String> inputs = List.of(paths);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("summarize needs at least one path");
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Map<String, String> conf = LogSlices.configuration(spark.sparkContext().hadoopConfiguration());
        long maxBytes = JavaUtils.byteStringAsBytes(spark.conf().get("spark.sql.files.maxPartitionBytes", "128m"));
        long openCost = JavaUtils.byteStringAsBytes(spark.conf().get("spark.sql.files.openCostInBytes", "4m"));
        int parallelism = spark.sparkContext().defaultParallelism();
        int margin = options.policy().marginPercent();
        boolean skip = options.skipBadRows();

        Set<Integer> whole = new HashSet<>();
        while (true) {
            List<LogSlices.Slice> slices = LogSlices.of(
                    spark.sparkContext().hadoopConfiguration(), inputs, maxBytes, openCost, parallelism, whole);
            JavaRDD<Row> rdd = jsc.parallelize(slices, slices.size())
                    .flatMap(s -> RangeRows.of(
                                    s,
                                    s.read(
                                            conf,
                                            Options.defaults()
                                                    .threads(1)
                                                    .skipBadRows(skip)
                                                    .policy(new QuantifierPolicy(margin))))
                            .iterator());
            Dataset<Row> parts = spark.createDataFrame(rdd, RangeRows.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
            List<Row> checks = parts.filter(col("kind").geq(RangeRows.SLICE)).collectAsList();
            Set<Integer> misaligned = RangeRows.misaligned(checks);
            if (!misaligned.isEmpty()) {
                parts.unpersist();
                whole.addAll(misaligned);
                continue;
            }
            try {
                return build(spark, slices, parts, checks, skip);
            } catch (RuntimeException e) {
                parts.unpersist();
                throw e;
            }
        }
    }

    /** Checks the bad rows in log order, then builds the tables. */
    private static SparkFlowLogSummary build(
            SparkSession spark, List<LogSlices.Slice> slices, Dataset<Row> parts, List<Row> checks, boolean skip) {
        RangeRows.Checked checked = RangeRows.check(slices, checks, skip);
        long rows = checked.rows();
        List<RejectedRow> rejected = checked.rejected();

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
        List<Row> rejectedRows = rejected.stream()
                .map(b -> RowFactory.create(b.line(), b.column(), b.field(), b.value(), b.reason()))
                .toList();
        String file = slices.get(0).name();
        return new SparkFlowLogSummary(
                file,
                rows,
                byOriginDestination,
                byDate,
                byDestination,
                spark.createDataFrame(rejectedRows, REJECTED),
                rejected);
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

    /** @return the rows summed (bad rows excluded) */
    public long rows() {
        return rows;
    }

    /**
     * @return columns origin, destination, rows, point, low, high, unbounded_rows; by origin then destination
     *     (Spark orders strings by their UTF-8 bytes, that is by code point, as the local summary does)
     */
    public Dataset<Row> byOriginDestination() {
        return byOriginDestination.orderBy(col("origin"), col("destination"));
    }

    /** @return columns date, rows, point, low, high, unbounded_rows; by date */
    public Dataset<Row> byDate() {
        return byDate.orderBy(col("date"));
    }

    /** @return columns destination, rows, point, low, high, share_of_point, unbounded_rows; by destination */
    public Dataset<Row> byDestination() {
        return byDestination.orderBy(col("destination"));
    }

    /** @return columns line, column, field, value, reason: the rows left out, by log then line */
    public Dataset<Row> rejected() {
        return rejected;
    }

    /**
     * Collects the tables (one row per group, small) into the local summary's records, to write them with
     * the local report. They are sorted here, with the local summary's orders: a sort in Spark would cost a
     * sampling job and a shuffle more per table.
     *
     * @return the summary as {@link FlowLogSummary#summarize} would return it for the same log
     */
    public FlowLogSummary collect() {
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
