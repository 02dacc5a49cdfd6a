package org.displacementstats.flowlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.RejectedRow;
import org.displacementstats.flowlog.FlowLogSummary.Options;
import org.displacementstats.flowlog.FlowLogSummary.Totals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlowLogSliceTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 64})
    void slices_cut_at_line_feeds_add_up_to_the_summary_with_the_same_rejected_lines(int slices) throws IOException {
        Path log = dir.resolve("tricky.csv");
        TrickyLog.write(log, 3_000, 11, true);
        byte[] bytes = Files.readAllBytes(log);
        Options options = Options.defaults().withSkipBadRows(true).withChunkBytes(4096);
        FlowLogSummary expected = FlowLogSummary.summarize(log, options);

        List<FlowLogSlice> read = readCutAtLineFeeds(bytes, slices, options);
        if (read.stream().anyMatch(FlowLogSlice::endsInsideQuotes)) {
            read = readCutAtLineFeeds(bytes, 1, options);
        }

        Map<String, Totals> pairs = new TreeMap<>();
        Map<String, long[]> sums = new TreeMap<>();
        List<RejectedRow> rejected = new ArrayList<>();
        long line = 2;
        long rows = 0;
        for (FlowLogSlice s : read) {
            for (RejectedRow r : s.badRows()) {
                rejected.add(ChunkOutcome.inLog(r, r.file(), line));
            }
            line += s.lineBreaks();
            rows += s.rows();
            for (FlowLogSlice.PairSums p : s.pairs()) {
                long[] a = sums.computeIfAbsent(p.origin() + "\u0000" + p.destination(), k -> new long[5]);
                a[0] += p.sums().rows();
                a[1] += p.sums().point();
                a[2] += p.sums().low();
                a[3] += p.sums().boundedHigh();
                a[4] += p.sums().unboundedRows();
            }
        }
        sums.forEach((k, a) -> pairs.put(k, new FlowLogSlice.Sums(a[0], a[1], a[2], a[3], a[4]).totals()));
        Map<String, Totals> expectedPairs = new TreeMap<>();
        expected.byOriginDestination()
                .forEach(p -> expectedPairs.put(p.origin() + "\u0000" + p.destination(), p.totals()));

        assertThat(rows).isEqualTo(expected.rows());
        assertThat(pairs).isEqualTo(expectedPairs);
        assertThat(rejected).isEqualTo(expected.rejected());
    }

    @Test
    void a_slice_that_a_quoted_line_feed_cuts_ends_inside_quotes() {
        byte[] bytes = "date,origin,destination,count,quantifier,source\n2016-01-01,A,B,1,exact,\"two\nlines\"\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int cut = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).indexOf("two\n") + 4;

        FlowLogSlice first = FlowLogSlice.read(
                "log.csv",
                () -> Channels.newChannel(new ByteArrayInputStream(bytes, 0, cut)),
                true,
                false,
                Options.defaults());

        assertThat(first.endsInsideQuotes()).isTrue();
    }

    @Test
    void a_whole_log_read_as_one_slice_has_its_rows_and_pairs() throws IOException {
        Path file = dir.resolve("flows.csv");
        FlowLogGenerator.write(file, 500, 10, 3);

        // spotless:off
        // EXAMPLE:begin
        FlowLogSlice s = FlowLogSlice.read("flows.csv", () -> FileChannel.open(file), true, true, Options.defaults());
        s.pairs();   // origin, destination and sums of this slice's rows
        // EXAMPLE:end
        // spotless:on

        assertThat(s.rows()).isEqualTo(500);
        assertThat(s.lineBreaks()).isEqualTo(500);
        assertThat(s.pairs())
                .hasSize(FlowLogSummary.summarize(file, Options.defaults())
                        .byOriginDestination()
                        .size());
    }

    @Test
    void a_bad_row_error_is_the_one_of_the_local_summary() throws IOException {
        Path log = dir.resolve("bad.csv");
        Files.writeString(
                log,
                "date,origin,destination,count,quantifier,source\n2016-01-01,A,B,1,exact,S\n"
                        + "2016-01-01,A,B,1,roughly,S\n");
        FlowLogSlice s = FlowLogSlice.read("bad.csv", () -> Files.newByteChannel(log), true, true, Options.defaults());

        RejectedRow bad = s.badRows().get(0);
        assertThatThrownBy(() -> FlowLogSummary.summarize(log, Options.defaults()))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessage(FlowLogSlice.badRowError("bad.csv", ChunkOutcome.inLog(bad, "bad.csv", 2))
                        .getMessage());
    }

    /** Reads the log as {@code n} slices of about equal size, each cut after a line feed. */
    private static List<FlowLogSlice> readCutAtLineFeeds(byte[] bytes, int n, Options options) {
        List<Integer> cuts = new ArrayList<>(List.of(0));
        for (int k = 1; k < n; k++) {
            int at = (int) ((long) bytes.length * k / n);
            while (at < bytes.length && bytes[at - 1] != '\n') {
                at++;
            }
            if (at > cuts.get(cuts.size() - 1) && at < bytes.length) {
                cuts.add(at);
            }
        }
        cuts.add(bytes.length);
        List<FlowLogSlice> read = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i++) {
            int from = cuts.get(i);
            int to = cuts.get(i + 1);
            read.add(FlowLogSlice.read(
                    "tricky.csv",
                    () -> Channels.newChannel(new ByteArrayInputStream(bytes, from, to - from)),
                    from == 0,
                    to == bytes.length,
                    options));
        }
        return read;
    }
}
