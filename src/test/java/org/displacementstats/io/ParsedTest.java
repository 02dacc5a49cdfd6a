package org.displacementstats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.RejectedRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cell read, or the problem that sets its record aside: returned by the readers, never thrown. */
class ParsedTest {
    private static final Record RECORD = new Record("data/series.csv", 7, 120, "2016-11-28;20l6");
    private static final Problem YEAR =
            Problem.ofCell(1, "count", "expected a whole number of people", "20l6", "write e.g. 1200");

    @Test
    void a_value_read_is_not_rejected_and_has_no_problem() {
        Parsed<Long> read = Parsed.of(1200L);

        assertThat(read.isRejected()).isFalse();
        assertThat(read.value()).isEqualTo(1200L);
        assertThat(read.problem()).isEmpty();
        assertThat(read.orElseThrow(RECORD)).isEqualTo(1200L);
    }

    @Test
    void a_rejection_has_its_problem_and_no_value() {
        Parsed<Long> rejected = Parsed.rejected(YEAR);

        assertThat(rejected.isRejected()).isTrue();
        assertThat(rejected.problem()).contains(YEAR);
        assertThatThrownBy(rejected::value)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("expected a whole number of people");
    }

    @Test
    void a_rejection_is_passed_on_unchanged_to_a_caller_that_reads_something_else() {
        Parsed<Long> count = Parsed.rejected(YEAR);

        Parsed<String> id = count.passOn();

        assertThat(id.isRejected()).isTrue();
        assertThat(id.problem()).contains(YEAR);
    }

    @Test
    void only_a_rejection_can_be_passed_on() {
        Parsed<Long> read = Parsed.of(1200L);

        assertThatThrownBy(read::passOn)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1200");
    }

    @Test
    void a_value_is_never_null() {
        assertThatThrownBy(() -> Parsed.of(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Parsed.rejected(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void outside_a_row_that_can_be_set_aside_a_rejection_stops_the_import_naming_file_line_column_and_value() {
        Parsed<Long> rejected = Parsed.rejected(YEAR);

        assertThatThrownBy(() -> rejected.orElseThrow(RECORD))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessage("data/series.csv:7:2: column 'count': expected a whole number of people but was '20l6';"
                        + " write e.g. 1200");
    }

    @Test
    void a_record_set_aside_keeps_where_it_is_why_and_its_text() {
        RejectedRow row = YEAR.rejectedRow(RECORD);

        assertThat(row)
                .isEqualTo(new RejectedRow(
                        "data/series.csv",
                        7,
                        2,
                        "count",
                        "20l6",
                        "expected a whole number of people; write e.g. 1200",
                        "2016-11-28;20l6"));
    }

    @Test
    void a_problem_of_the_whole_record_shows_no_value() {
        Problem fields = Problem.ofRecord(2, "", "expected two fields, date and count, but found 3", "");

        assertThat(fields.message("s.csv", 3)).isEqualTo("s.csv:3:3: expected two fields, date and count, but found 3");
        assertThat(fields.rejectedRow(RECORD).value()).isEmpty();
        assertThat(fields.reason()).isEqualTo("expected two fields, date and count, but found 3");
    }

    @Test
    void an_empty_value_is_shown_when_the_cell_is_blank() {
        Problem blank = Problem.ofCell(0, "Country", "must not be empty", "", "fill it in");

        assertThat(blank.message("s.csv", 2))
                .isEqualTo("s.csv:2:1: column 'Country': must not be empty but was '';" + " fill it in");
    }

    @Test
    void a_hostile_value_or_column_name_is_cut_in_the_message_but_kept_whole_in_the_rejected_row() {
        String long61 = "x".repeat(61);
        Problem hostile = Problem.ofCell(0, long61, "expected a date", long61, "");

        assertThat(hostile.message("s.csv", 2))
                .isEqualTo("s.csv:2:1: column '" + "x".repeat(60) + "…': expected a date but was '" + "x".repeat(60)
                        + "…'");
        assertThat(hostile.rejectedRow(RECORD).value()).isEqualTo(long61);
        assertThat(Problem.shown("x".repeat(60))).isEqualTo("x".repeat(60));
    }

    @Test
    void a_problem_names_a_column_of_the_record() {
        assertThatThrownBy(() -> Problem.ofCell(-1, "year", "expected a year", "x", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> Problem.ofCell(0, "year", "expected a year", null, ""))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_record_that_cannot_be_split_is_a_rejection_naming_the_field() {
        Record record = new Record("m.csv", 4, 0, "Alep,\"Est");

        Parsed<List<String>> fields = record.fields(',');

        assertThat(fields.problem()).hasValueSatisfying(p -> {
            assertThat(p.index()).isEqualTo(1);
            assertThat(p.message("m.csv", 4))
                    .isEqualTo("m.csv:4:2: a quoted field must end with a double quote but was '\"Est'; close the"
                            + " quote");
        });
        assertThat(new Record("m.csv", 4, 0, "Alep,\"Est\"").fields(',').value())
                .containsExactly("Alep", "Est");
    }

    /** A row reader as Parsed's Javadoc and the importers page show it: it stops at the first problem. */
    private static Optional<Problem> readDate(ImportRow row, List<String> fields) {
        // spotless:off
        // EXAMPLE:begin
        Parsed<LocalDate> date = row.isoDate(fields, 0, "date");
        if (date.isRejected()) {
            return date.problem();
        }
        // EXAMPLE:end
        // spotless:on
        row.date(date.value());
        return Optional.empty();
    }

    private static Optional<Problem> readFirstRecord(Path file) {
        ImportContext ctx = new ImportContext(file, ImportOptions.strict(), ImportPass.whole());
        try {
            Record record = ctx.next();
            return readDate(new ImportRow(ctx, record), record.fields(';').orElseThrow(record));
        } finally {
            ctx.close();
        }
    }

    @Test
    void a_row_reader_returns_the_problem_of_a_bad_cell_and_nothing_for_a_good_one(@TempDir Path dir)
            throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "28/11/2016;1200\n", StandardCharsets.UTF_8);
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "2016-11-28;1200\n", StandardCharsets.UTF_8);

        assertThat(readFirstRecord(bad))
                .hasValueSatisfying(p -> assertThat(p.message(bad.toString(), 1))
                        .startsWith(bad + ":1:1: column 'date': expected an ISO date YYYY-MM-DD")
                        .endsWith("but was '28/11/2016'; write e.g. 2016-11-28"));
        assertThat(readFirstRecord(good)).isEmpty();
    }
}
