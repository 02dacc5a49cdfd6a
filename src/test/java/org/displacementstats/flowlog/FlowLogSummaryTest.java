package org.displacementstats.flowlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.RejectedRow;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.flowlog.FlowLogSummary.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FlowLogSummaryTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}, {1} threads, {2}-byte chunks, library parser {3}")
    @CsvSource({
        "1, 1, 8388608, false",
        "2, 2, 64, false",
        "3, 3, 300, false",
        "4, 4, 4096, false",
        "5, 2, 64, true",
        "6, 3, 1000, true"
    })
    void streaming_summary_equals_the_reference_on_tricky_logs_with_bad_rows(
            long seed, int threads, int chunk, boolean library) {
        // GIVEN a log with quoted commas, quotes and line breaks, CRLF and LF, empty lines and bad rows
        Path log = dir.resolve("tricky.csv");
        TrickyLog.write(log, 3_000, seed, true);

        // WHEN it is summarised in chunks on several threads, leaving bad rows out
        FlowLogSummary s = FlowLogSummary.summarize(
                log,
                Options.defaults()
                        .withThreads(threads)
                        .withChunkBytes(chunk)
                        .withLibraryParser(library)
                        .withSkipBadRows(true));

        // THEN every table and every rejected line equals the straightforward computation
        ReferenceSummary r = ReferenceSummary.of(log, QuantifierPolicy.DEFAULT);
        assertThat(s.rows()).isEqualTo(r.rows);
        assertThat(s.byOriginDestination()).containsExactlyElementsOf(r.byOriginDestination);
        assertThat(s.byDate()).containsExactlyElementsOf(r.byDate);
        assertThat(s.byDestination()).containsExactlyElementsOf(r.byDestination);
        assertThat(s.rejected())
                .extracting(b -> new ReferenceSummary.Bad(b.line(), b.column()))
                .containsExactlyElementsOf(r.bad);
        assertThat(r.bad).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"LF", "CRLF"})
    void streaming_summary_equals_the_reference_on_generated_logs(LineDelimiter lineEnd) {
        // GIVEN a generated log with skewed origins, mixed quantifiers and quoted names
        Path log = dir.resolve("generated.csv");
        FlowLogGenerator.write(log, 20_000, 60, 7, lineEnd);

        // WHEN it is summarised with a 15 % margin
        QuantifierPolicy policy = new QuantifierPolicy(15);
        FlowLogSummary s = FlowLogSummary.summarize(
                log, Options.defaults().withThreads(2).withChunkBytes(1 << 16).withPolicy(policy));

        // THEN it equals the reference, and nothing was rejected
        ReferenceSummary r = ReferenceSummary.of(log, policy);
        assertThat(s.byOriginDestination()).containsExactlyElementsOf(r.byOriginDestination);
        assertThat(s.byDate()).containsExactlyElementsOf(r.byDate);
        assertThat(s.byDestination()).containsExactlyElementsOf(r.byDestination);
        assertThat(s.rejected()).isEmpty();
        assertThat(s.rows()).isEqualTo(20_000);
    }

    @Test
    void a_log_of_many_places_and_few_pairs_equals_the_reference() throws IOException {
        // 3,000 places, far more origin x destination cells than pairs: the merge adds them in a hash table
        StringBuilder rows = new StringBuilder("date,origin,destination,count,quantifier,source\n");
        for (int i = 0; i < 3_000; i++) {
            rows.append("2016-11-28,O")
                    .append(i % 1_500)
                    .append(",D")
                    .append(i % 1_499)
                    .append(',')
                    .append(i)
                    .append(",about,S\n");
        }
        Path log = write("flows.csv", rows.toString());

        FlowLogSummary s =
                FlowLogSummary.summarize(log, Options.defaults().withThreads(3).withChunkBytes(1 << 12));

        ReferenceSummary r = ReferenceSummary.of(log, QuantifierPolicy.DEFAULT);
        assertThat(s.byOriginDestination()).hasSize(3_000).containsExactlyElementsOf(r.byOriginDestination);
        assertThat(s.byDestination()).containsExactlyElementsOf(r.byDestination);
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2})
    void sums_beyond_the_small_cells_equal_the_reference(int threads) throws IOException {
        // A pair of 70,000 rows (more than 16 bits of rows, sums beyond an int), counts beyond an int, more than
        // 1,024 places, and dates 30 years apart: cells that move to the exact table, and rows that never have one
        StringBuilder rows = new StringBuilder("date,origin,destination,count,quantifier,source\n");
        for (int i = 0; i < 70_000; i++) {
            rows.append(i % 3 == 0 ? "2016-11-28,Alep,Bab,100000,at_least,S\n" : "2016-11-29,Alep,Bab,99999,about,S\n");
        }
        rows.append("2016-11-30,Alep,Bab,10000000000,,S\n2016-11-30,Bab,Alep,9999999999,more_than,S\n");
        for (int i = 0; i < 1_100; i++) {
            rows.append(1986 + i % 31)
                    .append("-02-0")
                    .append(1 + i % 9)
                    .append(",P")
                    .append(i);
            rows.append(",Q").append(i % 1_050).append(',').append(i).append(",nearly,S\n");
        }
        Path log = write("flows.csv", rows.toString());

        FlowLogSummary s = FlowLogSummary.summarize(
                log, Options.defaults().withThreads(threads).withChunkBytes(1 << 16));

        ReferenceSummary r = ReferenceSummary.of(log, QuantifierPolicy.DEFAULT);
        assertThat(s.byOriginDestination()).hasSize(1_102).containsExactlyElementsOf(r.byOriginDestination);
        assertThat(s.byDate()).containsExactlyElementsOf(r.byDate);
        assertThat(s.byDestination()).containsExactlyElementsOf(r.byDestination);
        assertThat(s.rows()).isEqualTo(71_102);
    }

    @Test
    void a_line_feed_inside_quotes_at_a_chunk_cut_gives_the_same_result_as_exact_cuts() throws IOException {
        // GIVEN many rows whose origin holds a line feed, so that optimistic cuts fall inside quotes
        Path log = write(
                "flows.csv",
                "date,origin,destination,count,quantifier,source\n"
                        + "2016-11-28,\"Alep\nEst\",B,7,about,S\n".repeat(500));

        // WHEN it is summarised in small chunks, optimistically and with the library parser's exact cuts
        FlowLogSummary fast =
                FlowLogSummary.summarize(log, Options.defaults().withThreads(2).withChunkBytes(100));
        FlowLogSummary exact = FlowLogSummary.summarize(
                log, Options.defaults().withThreads(2).withChunkBytes(100).withLibraryParser(true));

        // THEN both read 500 rows from the one origin
        assertThat(fast).isEqualTo(exact);
        assertThat(fast.byOriginDestination())
                .singleElement()
                .extracting(o -> o.origin(), o -> o.totals().rows())
                .containsExactly("Alep\nEst", 500L);
    }

    @Test
    void result_is_the_same_for_any_thread_count() {
        Path log = dir.resolve("generated.csv");
        FlowLogGenerator.write(log, 30_000, 80, 11);

        FlowLogSummary one =
                FlowLogSummary.summarize(log, Options.defaults().withThreads(1).withChunkBytes(4096));
        FlowLogSummary many =
                FlowLogSummary.summarize(log, Options.defaults().withThreads(5).withChunkBytes(4096));

        assertThat(many).isEqualTo(one);
    }

    @Test
    void stops_at_the_first_bad_row_with_file_line_column_field_and_value() throws IOException {
        // GIVEN a bad count on line 3 and a bad date further on, in a later chunk
        Path log = write(
                "flows.csv",
                "date,origin,destination,count,quantifier,source\n"
                        + "2016-11-28,Alep-Est,Cheikh Maqsoud,6000,exact,OSDH\n"
                        + "2016-11-28,Alep-Est,Cheikh Maqsoud,\"1,200\",exact,OSDH\n"
                        + "2016-11-28,Alep-Est,Cheikh Maqsoud,6000,exact,OSDH\n".repeat(50)
                        + "2016-13-01,Alep-Est,Cheikh Maqsoud,6000,exact,OSDH\n");

        // WHEN / THEN the first one is reported
        assertThatThrownBy(() -> FlowLogSummary.summarize(
                        log, Options.defaults().withThreads(3).withChunkBytes(128)))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageStartingWith("flows.csv:3:4: column 'count'")
                .hasMessageContainingAll("whole number", "'1,200'");
    }

    @Test
    void skipping_bad_rows_lists_each_with_line_and_reason_and_sums_the_rest() throws IOException {
        Path log = write(
                "flows.csv",
                "date,origin,destination,count,quantifier,source\r\n"
                        + "2016-11-28,Alep-Est,Cheikh Maqsoud,6000,exact,OSDH\r\n"
                        + "2016-11-28,Alep-Est,Cheikh Maqsoud,6000,roughly,OSDH\r\n"
                        + "\r\n"
                        + "2016-11-28,Alep-Est,,6000,exact,OSDH\r\n"
                        + "2016-11-28,Alep-Est,Cheikh Maqsoud,10000,nearly,OSDH\r\n");

        FlowLogSummary s = FlowLogSummary.summarize(log, Options.defaults().withSkipBadRows(true));

        assertThat(s.rejected())
                .containsExactly(
                        new RejectedRow(
                                "flows.csv",
                                3,
                                5,
                                "quantifier",
                                "roughly",
                                "must be one of exact, about, nearly, at_least,"
                                        + " more_than, up_to, less_than (any case; empty means exact)",
                                "2016-11-28,Alep-Est,Cheikh Maqsoud,6000,roughly,OSDH"),
                        new RejectedRow(
                                "flows.csv",
                                5,
                                3,
                                "destination",
                                "",
                                "must not be empty",
                                "2016-11-28,Alep-Est,,6000,exact,OSDH"));
        assertThat(s.rows()).isEqualTo(2);
        assertThat(s.byOriginDestination().get(0).totals())
                .isEqualTo(new FlowLogSummary.Totals(2, 16_000, 15_000, OptionalLong.of(16_000)));
    }

    @ParameterizedTest(name = "library parser {0}")
    @ValueSource(booleans = {false, true})
    void a_rejected_row_names_the_file_and_keeps_its_record_as_written_across_quoted_line_breaks(boolean library)
            throws IOException {
        Path log = write(
                "flows.csv",
                "date,origin,destination,count,quantifier,source\r\n"
                        + "2016-11-28,Alep-Est,Cheikh Maqsoud,6000,exact,OSDH\r\n"
                        + "2016-11-28,\"Alep\r\nEst\",\"Cheikh \"\"M\"\"\",6000,roughly,OSDH\r\n"
                        + "2016-11-28,Alep-Est,Cheikh Maqsoud,10,exact,OSDH");

        FlowLogSummary s = FlowLogSummary.summarize(
                log,
                Options.defaults()
                        .withSkipBadRows(true)
                        .withLibraryParser(library)
                        .withChunkBytes(64));

        assertThat(s.rejected()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("flows.csv");
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.record()).isEqualTo("2016-11-28,\"Alep\r\nEst\",\"Cheikh \"\"M\"\"\",6000,roughly,OSDH");
        });
        assertThat(s.rows()).isEqualTo(2);
    }

    @Test
    void less_than_zero_is_refused_in_counts_own_words() throws IOException {
        Path log = write(
                "flows.csv", "date,origin,destination,count,quantifier,source\n" + "2016-11-28,A,B,0,Less_Than,S\n");

        assertThatThrownBy(() -> FlowLogSummary.summarize(log, Options.defaults()))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("flows.csv:2:4", "the count must be >= 1 for LESS_THAN", "'0'")
                .hasMessageNotContaining("Count.");
    }

    @Test
    void a_row_with_an_extra_field_reads_as_one_sentence() throws IOException {
        Path log = write("flows.csv", "date,origin,destination,count,quantifier,source\n" + "2016-11-28,A,B,5,,S,\n");

        assertThatThrownBy(() -> FlowLogSummary.summarize(log, Options.defaults()))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessage("flows.csv:2: expected 6 fields (date,origin,destination,count,quantifier,source) but"
                        + " found 7; quote a field that holds a comma");
    }

    @Test
    void a_date_off_the_calendar_says_it_is_not_a_day() throws IOException {
        Path log = write("flows.csv", "date,origin,destination,count,quantifier,source\n" + "2016-11-31,A,B,5,,S\n");

        assertThatThrownBy(() -> FlowLogSummary.summarize(log, Options.defaults()))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("flows.csv:2:1", "2016-11-31 is not a day: November 2016 has 30 days");
    }

    @Test
    void any_unbounded_row_makes_the_high_sum_unbounded() throws IOException {
        Path log = write(
                "flows.csv",
                "date,origin,destination,count,quantifier,source\n"
                        + "2016-11-28,A,B,100,about,S\n2016-11-28,A,B,5,at_least,S\n2016-11-29,A,C,5,more_than,S\n");

        FlowLogSummary s = FlowLogSummary.summarize(log, Options.defaults());

        assertThat(s.byOriginDestination())
                .extracting(o -> o.totals().high())
                .containsExactly(OptionalLong.empty(), OptionalLong.empty());
        assertThat(s.byOriginDestination().get(0).totals().low()).isEqualTo(90 + 5);
        assertThat(s.byDate().get(0).totals().point()).isEqualTo(105);
    }

    @Test
    void names_are_ordered_by_code_point_not_by_utf16_unit() throws IOException {
        // GIVEN a name outside the BMP (UTF-16 surrogates sort before U+E000, code points after)
        Path log = write(
                "flows.csv",
                "date,origin,destination,count,quantifier,source\n"
                        + "2016-11-28,O,\uD835\uDC9C,1,,S\n2016-11-28,O,\uE000,1,,S\n2016-11-28,O,Z,1,,S\n");

        FlowLogSummary s = FlowLogSummary.summarize(log, Options.defaults());

        assertThat(s.byDestination())
                .extracting(FlowLogSummary.DestinationTotals::destination)
                .containsExactly("Z", "\uE000", "\uD835\uDC9C");
    }

    @Test
    void refuses_a_log_whose_header_is_not_the_flow_log_header() throws IOException {
        Path log = write("flows.csv", "date,from,to,count,quantifier,source\n2016-11-28,A,B,1,,S\n");

        assertThatThrownBy(() -> FlowLogSummary.summarize(log, Options.defaults()))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "flows.csv:1:1", "date,origin,destination,count,quantifier,source", "date,from,to");
    }

    @Test
    void an_unclosed_quote_is_invalid_csv_even_when_skipping_bad_rows() throws IOException {
        Path log = write(
                "flows.csv",
                "date,origin,destination,count,quantifier,source\n"
                        + "2016-11-28,A,B,1,,S\n2016-11-28,\"A,B,1,,S\n2016-11-28,A,B,1,,S\n");

        assertThatThrownBy(
                        () -> FlowLogSummary.summarize(log, Options.defaults().withSkipBadRows(true)))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("flows.csv:3", "not valid CSV");
    }

    @Test
    void a_missing_file_is_a_data_error_naming_the_file() {
        Path log = dir.resolve("missing.csv");

        assertThatThrownBy(() -> FlowLogSummary.summarize(log, Options.defaults()))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContaining("missing.csv");
    }

    @Test
    void the_summary_lists_cannot_be_changed() throws IOException {
        Path log = write("flows.csv", "date,origin,destination,count,quantifier,source\n2016-11-28,A,B,1,,S\n");

        FlowLogSummary s = FlowLogSummary.summarize(log, Options.defaults());

        assertThatThrownBy(() -> s.byOriginDestination().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(s.byOriginDestination()).hasSize(1);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}
