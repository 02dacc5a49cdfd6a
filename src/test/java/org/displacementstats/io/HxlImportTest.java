package org.displacementstats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.Check;
import org.displacementstats.dataset.CheckStatus;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.Stock;
import org.displacementstats.table.SummaryTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HxlImportTest {
    private static final String IDPS = String.join(
            "\n",
            "IDPs by governorate, as of 31 March 2024",
            "Source: a test",
            "Governorate,Code,Date,IDPs,IDPs female,IDPs male,IDP households,Sector,Publisher",
            "#adm1+name,#adm1+code,#date+reported,#affected+idps+ind,#affected+idps+ind+f,#affected+idps+ind+m,"
                    + "#affected+idps+hh,#sector,#meta+source",
            "Aleppo,SY02,2024-03-31,1000,400,600,200,Shelter,OCHA",
            "Idleb,SY07,2024-03-31,nan,,,,Shelter,OCHA",
            "Hama,SY05,2024-03-31,500,300,,90,Health,OCHA",
            "Homs,SY04,2024-03-31,-,,,,,OCHA",
            "Total,,2024-03-31,1500,700,600,290,,OCHA",
            "");

    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void finds_the_hashtag_row_below_title_rows_and_reads_one_stock_per_place(@TempDir Path dir) throws IOException {
        ImportResult r = Importers.hxl(write(dir, "idps.csv", IDPS), ImportOptions.strict());
        DisplacementDataset ds = r.dataset();

        // THEN the total is a stock per governorate; nan and - are missing, not 0
        assertThat(ds.figures())
                .extracting(Figure::id)
                .containsExactly("aleppo-2024-03-31-idps", "hama-2024-03-31-idps");
        Stock aleppo = (Stock) ds.figure("aleppo-2024-03-31-idps");
        assertThat(aleppo.place()).isEqualTo(Place.of("Aleppo", PlaceKind.REGION));
        assertThat(aleppo.estimate().point()).hasValue(1000);
        assertThat(r.missingValues()).isGreaterThanOrEqualTo(2);
        assertThat(ds.sources().get(0).publisher()).isEqualTo("OCHA");
    }

    @Test
    void disaggregated_columns_are_checked_against_the_total_never_added(@TempDir Path dir) throws IOException {
        DisplacementDataset ds = Importers.hxl(write(dir, "idps.csv", IDPS)).dataset();

        assertThat(ds.checks())
                .filteredOn(c -> c.rule().equals("disaggregation-within-total"))
                .extracting(Check::id, Check::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "disaggregation-within-total:aleppo-2024-03-31-idps-sex", CheckStatus.PASS),
                        org.assertj.core.groups.Tuple.tuple(
                                "disaggregation-within-total:hama-2024-03-31-idps-sex", CheckStatus.WARN));
        assertThat(SummaryTables.of(ds).byPeriod().longColumn("stock_point").get(1))
                .isEqualTo(1500L);
    }

    @Test
    void a_total_row_is_checked_against_the_other_rows_and_not_summed_again(@TempDir Path dir) throws IOException {
        DisplacementDataset ds = Importers.hxl(write(dir, "idps.csv", IDPS)).dataset();

        assertThat(ds.figures())
                .noneMatch(f -> f instanceof Stock s && s.place().name().equals("Total"));
        assertThat(ds.checks())
                .filteredOn(c -> c.id().equals("total-row-matches:line-9-affected-idps-ind"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo(CheckStatus.PASS);
                    assertThat(c.detail()).contains("= 1500 equals #affected+idps+ind 1500");
                });
    }

    @Test
    void unknown_tags_and_households_are_kept_not_dropped(@TempDir Path dir) throws IOException {
        ImportResult r = Importers.hxl(write(dir, "idps.csv", IDPS), ImportOptions.strict());

        assertThat(r.keptColumns())
                .anyMatch(k -> k.startsWith("Sector (#sector)"))
                .anyMatch(k -> k.startsWith("IDP households (#affected+idps+hh)"));
        assertThat(r.dataset()
                        .figure("aleppo-2024-03-31-idps")
                        .evidence()
                        .quote()
                        .orElseThrow()
                        .exact())
                .isEqualTo("Aleppo,SY02,2024-03-31,1000,400,600,200,Shelter,OCHA");
    }

    @Test
    void origin_and_destination_make_a_flow(@TempDir Path dir) throws IOException {
        Path file = write(
                dir,
                "flows.csv",
                "#loc+origin+name,#loc+dest+name,#date+start,#date+end,#affected+displaced\n"
                        + "Alep-Est,Cheikh Maqsoud,2016-11-27,2016-11-28,6000\n");

        Flow f = (Flow) Importers.hxl(file).dataset().figures().get(0);

        assertThat(f.origin().name()).isEqualTo("Alep-Est");
        assertThat(f.destination().orElseThrow().name()).isEqualTo("Cheikh Maqsoud");
        assertThat(f.period().lengthInDays()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} {1} bom={2}")
    @CsvSource({
        "LF,   comma,     false",
        "CRLF, comma,     false",
        "LF,   semicolon, false",
        "CRLF, semicolon, true",
        "CR,   tab,       true",
    })
    void reads_the_same_figures_whatever_the_line_ends_separator_and_bom(
            String lineEnd, String separator, boolean bom, @TempDir Path dir) throws IOException {
        // GIVEN the same table written with these line ends, separator and byte order mark
        String eol = switch (lineEnd) {
            case "LF" -> "\n";
            case "CRLF" -> "\r\n";
            default -> "\r";
        };
        String sep = switch (separator) {
            case "comma" -> ",";
            case "semicolon" -> ";";
            default -> "\t";
        };
        String text = (bom ? "\uFEFF" : "")
                + String.join(
                        eol,
                        "#adm1+name" + sep + "#date+reported" + sep + "#affected+idps+ind",
                        "Alep" + sep + "2024-03-31" + sep + "1000",
                        "Hama" + sep + "2024-03-31" + sep + "\"2000\"",
                        "");

        DisplacementDataset ds = Importers.hxl(write(dir, "t.csv", text)).dataset();

        // THEN the figures, and quotes at the right offsets of the text without BOM
        assertThat(ds.figures())
                .extracting(f -> f.estimate().point().getAsLong())
                .containsExactly(1000L, 2000L);
        String withoutBom = bom ? text.substring(1) : text;
        for (Figure f : ds.figures()) {
            assertThat(f.evidence().quote().orElseThrow().isFoundIn(withoutBom))
                    .as(f.id())
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Alep,2024-03-31,1.000|grouped by thousands only with commas or spaces|t.csv:2:3:",
                "Alep,2024-03-31,-5|must be >= 0|t.csv:2:3:",
                "Alep,2024-03-31,12.5|a number of people must be whole|t.csv:2:3:",
                "Alep,31/03/2024,5|expected an ISO date|t.csv:2:2:",
                "Alep,2024-03-31,\"5|a quoted field opened in this record must be closed|t.csv:2:1:",
            })
    void bad_cells_name_file_line_column_and_value(String row, String rule, String where, @TempDir Path dir)
            throws IOException {
        Path file = write(dir, "t.csv", "#adm1+name,#date+reported,#affected+idps+ind\n" + row + "\n");

        assertThatThrownBy(() -> Importers.hxl(file))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContaining(rule)
                .hasMessageContaining(where);
    }

    @Test
    void a_file_without_hashtag_row_in_the_first_25_rows_is_refused(@TempDir Path dir) throws IOException {
        Path file = write(dir, "t.csv", "a,b\n1,2\n".repeat(13) + "#adm1+name,#affected+idps\n");

        assertThatThrownBy(() -> Importers.hxl(file))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("t.csv", "no HXL hashtag row", "first 25 rows");
    }

    @Test
    void a_line_longer_than_the_bound_is_refused_without_running_out_of_memory(@TempDir Path dir) throws IOException {
        Path file = write(
                dir, "t.csv", "#adm1+name,#date,#affected+idps\n" + "x".repeat(RecordReader.MAX_RECORD_CHARS + 10));

        assertThatThrownBy(() -> Importers.hxl(file))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("t.csv:2:1:", "at most " + RecordReader.MAX_RECORD_CHARS + " characters");
    }

    @Test
    void written_hxl_reads_back_to_the_same_figures_for_the_aleppo_dataset(@TempDir Path dir) {
        // GIVEN the stated figures of the bundled dataset, with their quantifiers, places and controllers
        DisplacementDataset aleppo = DisplacementDataset.aleppo2016();

        // WHEN written as HXL and read back
        Path file = dir.resolve("aleppo.csv");
        HxlWriter.write(aleppo, file);
        DisplacementDataset back = Importers.hxl(file).dataset();

        // THEN every stated figure comes back equal but for its evidence
        List<Figure> stated =
                aleppo.figures().stream().filter(f -> f.count().isPresent()).toList();
        assertThat(back.figures()).hasSameSizeAs(stated);
        for (Figure f : stated) {
            Figure b = back.figure(f.id());
            assertThat(b.getClass()).isEqualTo(f.getClass());
            assertThat(b.what()).isEqualTo(f.what());
            assertThat(b.period()).isEqualTo(f.period());
            assertThat(b.count()).isEqualTo(f.count());
            assertThat(b.estimate()).isEqualTo(f.estimate());
            if (f instanceof Stock s) {
                assertThat(((Stock) b).place()).isEqualTo(s.place());
            } else {
                Flow fl = (Flow) f;
                assertThat(((Flow) b).origin()).isEqualTo(fl.origin());
                assertThat(((Flow) b).destination()).isEqualTo(fl.destination());
                assertThat(((Flow) b).partOf()).isEqualTo(fl.partOf());
            }
        }
    }

    /** A figure without its evidence: its kind, what, places, period, count and estimate. */
    private static List<Object> shape(Figure f) {
        return f instanceof Stock s
                ? List.of("stock", s.what(), s.place(), s.period(), s.count(), s.estimate())
                : List.of(
                        "flow",
                        f.what(),
                        ((Flow) f).origin(),
                        ((Flow) f).destination(),
                        f.period(),
                        f.count(),
                        f.estimate(),
                        ((Flow) f).partOf());
    }

    @Test
    void written_hxl_reads_back_to_the_same_figures_for_an_idmc_import(@TempDir Path dir) {
        DisplacementDataset gidd =
                Importers.idmcGidd(Fixtures.path(Fixtures.GIDD)).dataset();
        Path file = dir.resolve("gidd-hxl.csv");

        HxlWriter.write(gidd, file);
        DisplacementDataset back = Importers.hxl(file).dataset();

        assertThat(back.figures()).hasSameSizeAs(gidd.figures());
        for (Figure f : gidd.figures()) {
            assertThat(shape(back.figure(f.id()))).isEqualTo(shape(f));
        }
        assertThat(back.sources().get(0).publisher()).isEqualTo("IDMC");
    }

    @Test
    void a_place_and_date_repeated_on_a_line_whose_own_id_is_taken_counts_on_from_2(@TempDir Path dir)
            throws IOException {
        String table = String.join(
                "\n",
                "Country,Date,Refugees,Id",
                "#country+name,#date,#affected+refugees+ind,#meta+id",
                "Syria,2020-01-01,100,",
                "Syria,2020-01-04,160,syria-2020-01-01-refugees-l5",
                "Syria,2020-01-01,170,",
                "");

        ImportResult r = Importers.hxl(write(dir, "repeats.csv", table), ImportOptions.strict());

        assertThat(r.dataset().figures())
                .extracting(Figure::id)
                .containsExactly(
                        "syria-2020-01-01-refugees", "syria-2020-01-01-refugees-l5", "syria-2020-01-01-refugees-l5-2");
    }
}
