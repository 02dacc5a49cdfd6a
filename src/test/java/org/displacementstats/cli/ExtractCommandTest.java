package org.displacementstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.displacementstats.dataset.CheckStatus;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.extract.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract} and {@code locate}, run in-process through {@link Main#execute}. */
class ExtractCommandTest extends InProcessCommandLine {
    private static final Path SEED = Path.of("seeds", "000_59a92f6e1361203d.txt");
    private static final Path TEXTS =
            Path.of("src", "test", "resources", "org", "displacementstats", "extract", "texts");

    @TempDir
    Path tmp;

    @Test
    void extract_with_dataset_writes_a_draft_that_reports_with_every_check_passing() throws IOException {
        Path draft = tmp.resolve("draft");
        List<String> args = new ArrayList<>(List.of("extract", SEED.toString()));
        try (var files = Files.list(TEXTS)) {
            files.sorted().forEach(f -> args.add(f.toString()));
        }
        args.addAll(List.of("--dataset", "--date", "2016-11-29", "--out", draft.toString()));

        assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();

        assertThat(out.toString()).contains("extracted 15 mentions from 5 texts");
        DisplacementDataset ds = DisplacementDataset.read(draft);
        assertThat(ds.checks()).noneMatch(c -> c.status() == CheckStatus.FAIL);
        assertThat(ds.checks())
                .filteredOn(c -> c.id().startsWith("quote-found"))
                .hasSizeGreaterThanOrEqualTo(15)
                .allMatch(c -> c.status() == CheckStatus.PASS);
        assertThat(run(
                        "report",
                        "--data",
                        draft.toString(),
                        "--out",
                        tmp.resolve("report").toString()))
                .isZero();
        assertThat(out.toString()).contains(", 0 failed, 0 warned, 0 skipped)");
    }

    @Test
    void a_draft_of_a_text_that_prints_no_date_needs_date_and_never_takes_the_files() {
        Path draft = tmp.resolve("draft");

        int code = run("extract", SEED.toString(), "--dataset", "--out", draft.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("prints no full date", "--date YYYY-MM-DD");
        assertThat(draft).doesNotExist();
    }

    @Test
    void a_draft_takes_the_day_given_with_date() throws IOException {
        Path draft = tmp.resolve("draft");

        int code = run("extract", SEED.toString(), "--dataset", "--date", "2016-11-29", "--out", draft.toString());

        assertThat(code).isZero();
        assertThat(DisplacementDataset.read(draft).sources())
                .singleElement()
                .satisfies(s -> assertThat(s.date()).hasToString("2016-11-29"));
    }

    @Test
    void a_date_off_the_calendar_is_a_usage_error_that_says_why() {
        int code = run(
                "extract",
                SEED.toString(),
                "--dataset",
                "--date",
                "2016-11-31",
                "--out",
                tmp.resolve("d").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("2016-11-31 is not a day: November 2016 has 30 days");
    }

    @Test
    void extract_writes_one_row_per_mention_with_code_point_offsets() throws IOException {
        Path dir = tmp.resolve("out");
        assertThat(run("extract", SEED.toString(), "--lang", "fr", "--source", "afp", "--out", dir.toString()))
                .isZero();
        List<String> lines = Files.readAllLines(dir.resolve(Extraction.MENTIONS), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(String.join(",", Extraction.COLUMNS));
        assertThat(lines).hasSize(5);
        assertThat(lines.get(3)).startsWith("afp,m3,c3,flow,fled,people,nearly,10000,,1800,1806,10.000,1792,");
    }

    @Test
    void a_text_without_figures_gives_a_header_only_file_and_exit_0() throws IOException {
        Path text = Files.writeString(tmp.resolve("weather.txt"), "Il a fait beau le 3 mai 2016, à 21h21.");
        Path dir = tmp.resolve("out");
        assertThat(run("extract", text.toString(), "--out", dir.toString())).isZero();
        assertThat(Files.readAllLines(dir.resolve(Extraction.MENTIONS)))
                .containsExactly(String.join(",", Extraction.COLUMNS));
    }

    @Test
    void a_dash_reads_standard_input() throws IOException {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(
                    "Nearly 10,000 civilians fled the city.".getBytes(StandardCharsets.UTF_8)));
            assertThat(run("extract", "-", "--out", tmp.resolve("out").toString()))
                    .isZero();
        } finally {
            System.setIn(stdin);
        }
        assertThat(Files.readAllLines(tmp.resolve("out").resolve(Extraction.MENTIONS))
                        .get(1))
                .startsWith("stdin,m1,c1,flow,fled,people,nearly,10000,");
    }

    @Test
    void a_binary_or_non_utf8_file_exits_1_naming_the_file_and_the_byte() throws IOException {
        Path binary = Files.write(tmp.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
        assertThat(run("extract", binary.toString(), "--out", tmp.resolve("out").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("image.png", "not valid UTF-8", "0x89");
        Path nul = Files.write(tmp.resolve("nul.txt"), new byte[] {'a', 0, 'b'});
        assertThat(run("extract", nul.toString(), "--out", tmp.resolve("out").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("nul.txt line 1", "U+0000", "binary");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void a_50_mb_text_exits_1_with_the_bound_before_reading_it() throws IOException {
        Path big = tmp.resolve("big.txt");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1000 * 1000);
        }
        assertThat(run("extract", big.toString(), "--out", tmp.resolve("out").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("big.txt", "must be at most 16777216 bytes but has 50000000");
    }

    @Test
    void source_with_several_files_and_an_unknown_language_are_usage_errors() {
        assertThat(run("extract", SEED.toString(), SEED.toString(), "--source", "x", "--out", "o"))
                .isEqualTo(2);
        assertThat(run("extract", SEED.toString(), "--lang", "de", "--out", "o"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--source", "fr or en");
    }

    @Test
    void locate_prints_the_five_quote_columns() {
        assertThat(run("locate", "--text", SEED.toString(), "--quote", "Près de 10.000 d'entre eux"))
                .isZero();
        assertThat(out.toString())
                .isEqualTo("quote_start,quote_end,quote_exact,quote_prefix,quote_suffix\n"
                        + "1792,1818,Près de 10.000 d'entre eux,0 habitants d'Alep-Est. , ont fui les deux dernie\n");
    }

    @Test
    void locate_names_every_offset_of_an_ambiguous_quote_and_the_near_match_of_a_missing_one() {
        assertThat(run("locate", "--text", SEED.toString(), "--quote", "Alep-Est"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("more than once", "5 times, at code points 1014..1022, 1165..1173, ");
        assertThat(run("locate", "--text", SEED.toString(), "--quote", "près de 10 000 d'entre eux"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("nowhere", "nearest near-match is 'Près de 10.000 d'entre eux'");
    }
}
