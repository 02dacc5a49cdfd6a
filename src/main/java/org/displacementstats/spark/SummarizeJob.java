package org.displacementstats.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.flowlog.FlowLogSummary;
import org.displacementstats.flowlog.FlowLogSummary.Options;
import org.displacementstats.internal.SuppressForbidden;
import org.displacementstats.report.FlowLogReport;

/**
 * The {@code spark-submit} job: {@code IN OUT [--skip-bad-rows]} writes into OUT the CSV files of
 * {@code displacement-stats summarize IN --out OUT}, byte for byte: the small tables are collected to the
 * driver and written by the local report ({@link FlowLogReport}).
 *
 * <pre>
 * spark-submit --class org.displacementstats.spark.SummarizeJob displacement-stats-VERSION-cli.jar \
 *     hdfs:///logs/flows summary --skip-bad-rows
 * </pre>
 *
 * <p>IN is a log or a directory of logs, in any file system Spark reads; OUT a directory on the driver's
 * file system, or, with a scheme (hdfs://, s3a://...), one that the files are copied to.
 */
public final class SummarizeJob {
    private static final String USAGE = "usage: SummarizeJob IN OUT [--skip-bad-rows]";

    private SummarizeJob() {}

    /**
     * Runs the job in the active Spark session, or a new one.
     *
     * @param args IN OUT [--skip-bad-rows]
     * @throws DisplacementDataException for a bad row (unless {@code --skip-bad-rows}) or a log that cannot be read
     * @throws IllegalArgumentException for other arguments
     */
    @SuppressForbidden(reason = "the job's entry point prints what it wrote")
    public static void main(String[] args) {
        List<String> a = List.of(args);
        boolean skip = a.size() == 3 && a.get(2).equals("--skip-bad-rows");
        if (a.size() != 2 && !skip) {
            throw new IllegalArgumentException(USAGE + " but was " + a);
        }
        SparkSession spark =
                SparkSession.builder().appName("displacement-stats summarize").getOrCreate();
        FlowLogSummary s = SparkFlowLogSummary.summarize(
                        spark, Options.defaults().withSkipBadRows(skip), a.get(0))
                .collect();
        write(spark, s, a.get(1), skip);
        System.out.println("summarized " + s.rows() + " rows into " + a.get(1) + " ("
                + s.byOriginDestination().size()
                + " origin-destination pairs, " + s.byDate().size() + " dates, "
                + s.rejected().size()
                + " rows rejected)");
    }

    private static void write(SparkSession spark, FlowLogSummary s, String out, boolean skip) {
        FlowLogReport.Option[] options =
                skip ? new FlowLogReport.Option[] {FlowLogReport.Option.REJECTED_ROWS} : new FlowLogReport.Option[0];
        URI uri = URI.create(out.replace('\\', '/'));
        if (uri.getScheme() == null
                || uri.getScheme().length() == 1
                || uri.getScheme().equals("file")) {
            FlowLogReport.write(
                    s,
                    uri.getScheme() != null && uri.getScheme().equals("file") ? Path.of(uri) : Path.of(out),
                    options);
            return;
        }
        try {
            Path local = Files.createTempDirectory("displacement-stats-summary");
            Path dir = local.resolve("summary");
            FlowLogReport.write(s, dir, options);
            org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(out);
            FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
            fs.mkdirs(target);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    fs.copyFromLocalFile(
                            true,
                            true,
                            new org.apache.hadoop.fs.Path(f.toUri()),
                            new org.apache.hadoop.fs.Path(
                                    target, f.getFileName().toString()));
                }
            }
            try (Stream<Path> left = Files.walk(local)) {
                left.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            throw new DisplacementDataException(out + ": cannot be written (" + e + ")", e);
        }
    }
}
