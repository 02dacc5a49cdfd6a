package org.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.deploy.SparkSubmit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.cli.Main;
import org.displacementstats.flowlog.FlowLogSummary;
import org.displacementstats.report.FlowLogReport;
import org.displacementstats.spark.SparkFlowLogSummary;
import org.displacementstats.spark.SummarizeJob;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SummarizeJob on local[2], started as spark-submit starts it, against the local {@code summarize}: the same
 * files, byte for byte. Ranges of 64 KiB cut the logs into many tasks, so that records, quoted fields and bad
 * rows fall on both sides of range boundaries. One Spark session serves every test (the job reuses the
 * active one). Run alone: {@code mvn verify -Dinvoker.test=spark} in the main project.
 */
class SparkSummarizeJobTest {
    private static final int RANGE_BYTES = 64 << 10;

    @TempDir
    static Path dir;

    static Path log;
    static Path tricky;

    @BeforeAll
    static void logs() throws Exception {
        log = dir.resolve("flows.csv");
        cli("generate-flows", "--rows", "20000", "--places", "60", "--seed", "17", "--out", log.toString());
        tricky = dir.resolve("tricky.csv");
        List<String> lines =
                new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8).subList(0, 4000));
        lines.add(1500, "2016-02-30,Alep-Est,Bab-Nord,10,about,OSDH");
        lines.add(2500, "2016-03-01,Alep-Est,Bab-Nord,12,roughly,OSDH");
        lines.add(2600, "2016-03-01,,Bab-Nord,12,exact,OSDH");
        lines.add(2700, "2016-03-01,Alep-Est,Bab-Nord,1x2,exact,OSDH");
        lines.add(2800, "2016-03-01,Alep-Est,Bab-Nord,12");
        // A source over many lines, longer than a range: the range before it ends inside quotes, and the job
        // reads this log as one range, as the local summary reads it again with exact cuts.
        lines.add(3000, "2016-03-02,Alep-Est,\"Bab,\r\nNord\",7,at_least,\"" + "note\n".repeat(20_000) + "end\"");
        Files.writeString(tricky, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void the_job_writes_the_files_of_summarize_byte_for_byte() throws Exception {
        Path spark = dir.resolve("spark-out");
        Path local = dir.resolve("local-out");
        submit(log.toString(), spark.toString());
        cli("summarize", log.toString(), "--out", local.toString());

        assertSameFiles(spark, local, FlowLogReport.FILES.subList(0, 3));
        assertThat(Files.readString(spark.resolve("flows-by-destination.csv")))
                .startsWith("destination,rows,point,low,high,share_of_point\n");
    }

    @Test
    void with_skip_bad_rows_the_rejected_rows_and_their_lines_are_those_of_summarize() throws Exception {
        Path spark = dir.resolve("spark-skip");
        Path local = dir.resolve("local-skip");
        submit(tricky.toString(), spark.toString(), "--skip-bad-rows");
        cli("summarize", tricky.toString(), "--out", local.toString(), "--skip-bad-rows");

        assertSameFiles(spark, local, FlowLogReport.FILES);
        assertThat(Files.readAllLines(spark.resolve("rejected.csv"))).hasSize(6);
    }

    @Test
    void without_skip_bad_rows_the_job_fails_with_the_error_of_summarize() {
        String local = catchMessage(() -> FlowLogSummary.summarize(tricky, FlowLogSummary.Options.defaults()));

        assertThatThrownBy(() ->
                        submit(tricky.toString(), dir.resolve("spark-fail").toString()))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessage(local)
                .hasMessageStartingWith("tricky.csv:1501:1: column 'date'")
                .hasMessageContaining("2016-02-30");
        assertThat(dir.resolve("spark-fail")).doesNotExist();
    }

    @Test
    void the_datasets_have_the_local_columns_with_unbounded_highs_explicit() throws Exception {
        Files.copy(log, Path.of("flows.csv"), StandardCopyOption.REPLACE_EXISTING);
        SparkSession spark = SparkSession.builder()
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.adaptive.enabled", "false")
                .getOrCreate();

        // spotless:off
        // EXAMPLE:begin
        SparkFlowLogSummary s = SparkFlowLogSummary.summarize(spark, "flows.csv");   // or hdfs://..., a directory
        s.byDestination().show();
        // EXAMPLE:end
        // spotless:on

        FlowLogSummary local = FlowLogSummary.summarize(log, FlowLogSummary.Options.defaults());
        assertThat(s.rows()).isEqualTo(local.rows());
        assertThat(s.byOriginDestination().columns())
                .containsExactly("origin", "destination", "rows", "point", "low", "high", "unbounded_rows");
        assertThat(s.byDate().columns()).containsExactly("date", "rows", "point", "low", "high", "unbounded_rows");
        assertThat(s.byDestination().columns())
                .containsExactly("destination", "rows", "point", "low", "high", "share_of_point", "unbounded_rows");
        List<Row> destinations = s.byDestination().collectAsList();
        assertThat(destinations).hasSameSizeAs(local.byDestination());
        for (int i = 0; i < destinations.size(); i++) {
            Row r = destinations.get(i);
            FlowLogSummary.DestinationTotals d = local.byDestination().get(i);
            assertThat(r.getString(0)).isEqualTo(d.destination());
            assertThat(r.isNullAt(4)).isEqualTo(d.totals().high().isEmpty());
            assertThat(r.getLong(6) > 0).isEqualTo(d.totals().high().isEmpty());
        }
    }

    /** Runs the job as {@code spark-submit --master local[2] --class ... JAR ARGS} does, in this JVM. */
    private static void submit(String... args) throws Exception {
        String jar = Path.of(SummarizeJob.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString();
        List<String> a = new ArrayList<>(List.of(
                "--master",
                "local[2]",
                "--class",
                SummarizeJob.class.getName(),
                "--conf",
                "spark.ui.enabled=false",
                "--conf",
                "spark.sql.shuffle.partitions=2",
                // Adaptive execution runs each shuffle stage as a job of its own; on a few thousand groups that
                // costs more time than it saves.
                "--conf",
                "spark.sql.adaptive.enabled=false",
                "--conf",
                "spark.sql.files.maxPartitionBytes=" + RANGE_BYTES,
                jar));
        a.addAll(List.of(args));
        SparkSubmit.main(a.toArray(String[]::new));
    }

    private static void cli(String... args) {
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(status).as("%s: %s", List.of(args), err).isZero();
    }

    private static String catchMessage(Runnable r) {
        try {
            r.run();
        } catch (DisplacementDataException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error");
    }

    private static void assertSameFiles(Path spark, Path local, List<String> files) throws Exception {
        for (String f : files) {
            assertThat(Files.readAllBytes(spark.resolve(f))).as(f).isEqualTo(Files.readAllBytes(local.resolve(f)));
        }
        try (var listed = Files.list(spark)) {
            assertThat(listed.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(files);
        }
    }
}
