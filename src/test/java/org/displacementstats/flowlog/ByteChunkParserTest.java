package org.displacementstats.flowlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.displacementstats.RejectedRow;
import org.displacementstats.figure.QuantifierPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The byte-level parser against FastCSV's reader on the same chunks: same records, lines and errors. */
class ByteChunkParserTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void byte_parser_finds_the_same_rows_lines_and_bad_rows_as_fastcsv(long seed) throws Exception {
        // GIVEN the rows of a tricky log (no header) as one chunk
        java.nio.file.Path file = java.nio.file.Files.createTempFile("tricky", ".csv");
        TrickyLog.write(file, 2_000, seed, true);
        String text = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
        java.nio.file.Files.delete(file);
        byte[] rows = text.substring(text.indexOf('\n') + 1).getBytes(StandardCharsets.UTF_8);

        // WHEN both parsers read it
        Parsed fast = parse(new ByteChunkParser(), rows);
        Parsed library = parse(new LibraryChunkParser(), rows);

        // THEN they agree on everything
        assertThat(fast).isEqualTo(library);
        assertThat(fast.rows).isGreaterThan(1_500);
    }

    @Test
    void one_row_written_in_every_shape_is_read_as_the_same_row() {
        // Plain, quoted places (with a doubled quote), a quoted source with a comma, CRLF, no final line feed: the
        // fast path takes the first shapes and leaves the others to the general path; all must give one pair.
        byte[] rows = ("2016-01-01,\"A \"\"x\"\"\",B,10,about,S\n"
                        + "2016-01-01,\"A \"\"x\"\"\",\"B\",10,About,\"S, \"\"y\"\"\"\n"
                        + "2016-01-01,\"A \"\"x\"\"\",B,10,ABOUT,S\r\n"
                        + "2016-01-01,\"A \"\"x\"\"\",B,10,about,\"S\nT\"\n"
                        + "2016-01-01,\"A \"\"x\"\"\",B,10,about,S")
                .getBytes(StandardCharsets.UTF_8);

        Parsed fast = parse(new ByteChunkParser(), rows);

        assertThat(fast).isEqualTo(parse(new LibraryChunkParser(), rows));
        assertThat(fast.rows).isEqualTo(5);
        assertThat(fast.places).containsExactly("A \"x\"", "B");
        assertThat(fast.lines).isEqualTo(5);
    }

    @Test
    void a_character_after_a_closing_quote_is_fatal_for_both_parsers() {
        byte[] rows = "2016-01-01,A,B,1,,S\n2016-01-01,\"A\"x,B,1,,S\n".getBytes(StandardCharsets.UTF_8);

        Parsed fast = parse(new ByteChunkParser(), rows);
        Parsed library = parse(new LibraryChunkParser(), rows);

        assertThat(fast.fatal).isTrue();
        assertThat(library.fatal).isTrue();
        assertThat(fast.rows).isEqualTo(library.rows).isEqualTo(1);
    }

    @Test
    void a_lone_carriage_return_ends_a_line_for_both_parsers() {
        byte[] rows = "2016-01-01,A,B,1,,S\r2016-01-01,A,B,x,,S\r\n\r2016-01-02,\"A\rB\",C,1,,S\n"
                .getBytes(StandardCharsets.UTF_8);

        Parsed fast = parse(new ByteChunkParser(), rows);

        assertThat(fast).isEqualTo(parse(new LibraryChunkParser(), rows));
        assertThat(fast.rows).isEqualTo(2);
        assertThat(fast.badLines).containsExactly(1L);
        assertThat(fast.lines).isEqualTo(5);
    }

    @Test
    void chunks_are_cut_only_at_line_feeds_outside_quoted_fields() {
        byte[] b = "a,\"x\ny\"\nb,c\"d\ne,\"\"\"\n\"\nf".getBytes(StandardCharsets.UTF_8);

        int cut = Chunker.lastRecordEnd(b, b.length);

        assertThat(new String(b, cut, b.length - cut, StandardCharsets.UTF_8)).isEqualTo("f");
        assertThat(Chunker.lastRecordEnd(b, 5)).isEqualTo(-1);
    }

    @Test
    void a_chunk_cut_inside_a_quoted_field_is_misaligned_not_an_error() {
        // GIVEN a chunk, not the last, whose optimistic cut fell after a line feed inside quotes
        byte[] rows = "2016-01-01,A,B,1,,S\n2016-01-01,\"A\n".getBytes(StandardCharsets.UTF_8);
        ChunkOutcome outcome = new ChunkOutcome(0);

        // WHEN it is parsed
        new ByteChunkParser()
                .parse(
                        new Chunk(0, rows, rows.length, false),
                        new Accumulator(QuantifierPolicy.DEFAULT),
                        outcome,
                        true);

        // THEN the summary is told to cut again exactly, and no error is reported
        assertThat(outcome.misaligned).isTrue();
        assertThat(outcome.fatal).isNull();
        assertThat(Chunker.lastLineEnd(rows, rows.length)).isEqualTo(rows.length);
        assertThat(Chunker.lastRecordEnd(rows, rows.length)).isEqualTo(20);
    }

    /** What a parser made of a chunk. */
    record Parsed(
            long rows, long lines, List<Long> badLines, List<RejectedRow> bad, boolean fatal, List<String> places) {}

    private static Parsed parse(ChunkParser parser, byte[] rows) {
        Accumulator acc = new Accumulator(QuantifierPolicy.DEFAULT);
        ChunkOutcome outcome = new ChunkOutcome(0);
        parser.parse(new Chunk(0, rows, rows.length, true), acc, outcome, true);
        List<String> places = new ArrayList<>();
        for (int i = 0; i < acc.places.size(); i++) {
            places.add(acc.places.name(i));
        }
        return new Parsed(
                acc.rows,
                outcome.fatal == null ? outcome.lines : -1,
                outcome.bad.stream().map(RejectedRow::line).toList(),
                outcome.bad,
                outcome.fatal != null,
                places);
    }
}
