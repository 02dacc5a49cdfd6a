package org.displacementstats.spark;

import static org.apache.spark.sql.functions.col;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.RejectedRow;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.flowlog.FlowLogSlice;
import org.displacementstats.flowlog.FlowLogSummary;
import org.displacementstats.flowlog.FlowLogSummary.Options;

/**
 * The summary of {@link FlowLogSummary} computed by Apache Spark, for logs larger than one machine.
 *
 * <p>Each log is cut into byte ranges as Spark cuts the files of its own sources (at most {@code
 * spark.sql.files.maxPartitionBytes}, 128 MiB by default; smaller so that each task slot gets one, but not under
 * {@code spark.sql.files.openCostInBytes}, 4 MiB), one task each; a task parses its range with the local
 * summary's own parser, row rules and quantifier bounds ({@link FlowLogSlice}) into sums by origin × destination
 * and by date, so the shuffle carries about (groups × tasks) rows, never the log's rows. The driver checks bad
 * rows in log order, with their line numbers, before the tables are built.
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
    private static final StructType REJECTED = new StructType()
            .add("line", DataTypes.LongType, false)
            .add("column", DataTypes.IntegerType, false)
            .add("field", DataTypes.StringType, false)
            .add("value", DataTypes.StringType, false)
            .add("reason", DataTypes.StringType, false);

    private final String file;
    private final long rows;
    private final SparkTables tables;
    private final Dataset<Row> rejected;
    private final List<RejectedRow> rejectedRows;

    private SparkFlowLogSummary(
            String file, long rows, SparkTables tables, Dataset<Row> rejected, List<RejectedRow> rejectedRows) {
        this.file = file;
        this.rows = rows;
        this.tables = tables;
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
                                                    .withThreads(1)
                                                    .withSkipBadRows(skip)
                                                    .withPolicy(new QuantifierPolicy(margin))))
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

        List<Row> rejectedRows = rejected.stream()
                .map(b -> RowFactory.create(b.line(), b.column(), b.field(), b.value(), b.reason()))
                .toList();
        String file = slices.get(0).name();
        return new SparkFlowLogSummary(
                file, rows, SparkTables.of(spark, parts), spark.createDataFrame(rejectedRows, REJECTED), rejected);
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
        return tables.byOriginDestination().orderBy(col("origin"), col("destination"));
    }

    /** @return columns date, rows, point, low, high, unbounded_rows; by date */
    public Dataset<Row> byDate() {
        return tables.byDate().orderBy(col("date"));
    }

    /** @return columns destination, rows, point, low, high, share_of_point, unbounded_rows; by destination */
    public Dataset<Row> byDestination() {
        return tables.byDestination().orderBy(col("destination"));
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
        return tables.collect(file, rows, rejectedRows);
    }
}
