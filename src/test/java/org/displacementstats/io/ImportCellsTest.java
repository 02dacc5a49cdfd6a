package org.displacementstats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.CheckStatus;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.PeriodAccuracy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What analysts' files hold: date-times, missing-value spellings, decimals and grouped counts, no dates. */
class ImportCellsTest {
    private static final String HXL_HEAD = "Province,Date,IDPs\n#adm1+name,#date+reported,#affected+idps+ind\n";

    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2017-12-31T00:00:00",
                "2017-12-31T23:59:59.999Z",
                "2017-12-31T10:00+02:00",
                "2017-12-31 08:15:00"
            })
    void hdx_date_times_read_as_their_day(String dateTime, @TempDir Path dir) throws IOException {
        Path file = write(dir, "dtm.csv", HXL_HEAD + "Ninewa," + dateTime + ",6563\n");

        DisplacementDataset ds = Importers.hxl(file).dataset();

        assertThat(ds.figures()).singleElement().satisfies(f -> {
            assertThat(f.period().start()).hasToString("2017-12-31");
            assertThat(f.period().end()).hasToString("2017-12-31");
            assertThat(f.period().accuracy()).isEqualTo(PeriodAccuracy.DAY);
        });
    }

    @Test
    void every_missing_spelling_is_missing_and_counted_never_zero(@TempDir Path dir) throws IOException {
        Path file = write(
                dir,
                "dtm.csv",
                HXL_HEAD + "A,2017-12-31,nan\nB,2017-12-31,NaN\nC,2017-12-31,N/A\n"
                        + "D,2017-12-31,NA\nE,2017-12-31,-\nF,2017-12-31,\nG,2017-12-31,6563.0\n");

        ImportResult r = Importers.hxl(file, ImportOptions.strict());

        assertThat(r.missingValues()).isEqualTo(6);
        assertThat(r.dataset().figures())
                .singleElement()
                .satisfies(f -> assertThat(f.count().orElseThrow().point()).hasValue(6563));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1,200\"", "1 200", "1\u00a0200", "1200.0", "1200", "1.2e+03", "1.2E3"})
    void unambiguous_grouping_and_whole_decimals_read_as_the_count(String cell, @TempDir Path dir) throws IOException {
        Path file = write(dir, "s.csv", "2016-11-28;" + cell + "\n");

        DisplacementDataset ds = Importers.series(file).dataset();

        assertThat(ds.figure("series-2016-11-28").count().orElseThrow().point()).hasValue(1200);
    }

    @Test
    void a_fraction_of_a_person_or_an_ambiguous_grouping_is_refused(@TempDir Path dir) throws IOException {
        Path half = write(dir, "half.csv", "2016-11-28;6563.5\n");
        Path dots = write(dir, "dots.csv", "2016-11-28;1.200\n");
        Path mixed = write(dir, "mixed.csv", "2016-11-28;\"1,200 300\"\n");

        assertThatThrownBy(() -> Importers.series(half))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("half.csv:1:2:", "'6563.5'", "must be whole");
        assertThatThrownBy(() -> Importers.series(dots))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("dots.csv:1:2:", "'1.200'", "1.200 could be 1.2");
        assertThatThrownBy(() -> Importers.series(mixed))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContaining("mixed.csv:1:2:");
    }

    @Test
    void a_date_that_is_well_formed_but_not_on_the_calendar_says_so(@TempDir Path dir) throws IOException {
        Path file = write(dir, "s.csv", "2016-11-31;10\n");

        assertThatThrownBy(() -> Importers.series(file))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContaining("2016-11-31 is not a day");
    }

    @Test
    void suppressed_cells_are_missing_counted_and_warned(@TempDir Path dir) throws IOException {
        Path file = write(
                dir,
                "m.csv",
                "Germany,Eritrea,2015,June,12\nGermany,Somalia,2015,June,*\n" + "Austria,Somalia,2015,June,*\n");

        ImportResult r = Importers.unhcrMonthly(file, ImportOptions.strict());

        assertThat(r.suppressedValues()).isEqualTo(2);
        assertThat(r.dataset().figures())
                .singleElement()
                .extracting(Figure::id)
                .isEqualTo("germany-2015-06-from-eritrea");
        assertThat(r.dataset().checks())
                .filteredOn(c -> c.id().equals("suppressed-values:m"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo(CheckStatus.WARN);
                    assertThat(c.detail()).startsWith("2 cells are suppressed");
                });
    }

    @Test
    void hxl_without_a_date_column_stops_saying_so_and_imports_with_a_given_day_month_year_or_range(@TempDir Path dir)
            throws IOException {
        Path file = write(dir, "woredas.csv", "Woreda,IDPs\n#adm3+code,#affected+idps+ind\nET020102,1206\n");

        assertThatThrownBy(() -> Importers.hxl(file))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("woredas.csv", "has no date column", "--date");
        for (String when : List.of("2022-10-31", "2022-10", "2022", "2022-10-01/2022-10-31")) {
            DisplacementDataset ds =
                    Importers.hxl(file, ImportOptions.strict().on(when)).dataset();
            assertThat(ds.figures())
                    .singleElement()
                    .satisfies(f -> assertThat(f.period().end())
                            .as(when)
                            .isIn(java.time.LocalDate.of(2022, 10, 31), java.time.LocalDate.of(2022, 12, 31)));
            assertThat(ds.sources().get(0).note()).contains("the date given to the import");
        }
    }

    @Test
    void a_matrix_never_takes_its_date_from_the_file_system(@TempDir Path dir) throws IOException {
        Path file = write(dir, "dtm.csv", "Governorate,Individuals_Aleppo\nIdleb,1200\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-05-05T12:00:00Z")));
        MatrixLayout layout = MatrixLayout.of(List.of("Governorate"), "Individuals_(.+)");

        assertThatThrownBy(() -> Importers.matrix(file, layout))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("dtm.csv", "no date column", "--date");
        DisplacementDataset ds = Importers.matrix(
                        file, layout, ImportOptions.strict().on("2024-03"))
                .dataset();
        assertThat(ds.figures()).singleElement().satisfies(f -> {
            assertThat(f.period().start()).hasToString("2024-03-01");
            assertThat(f.period().end()).hasToString("2024-03-31");
        });
    }

    @Test
    void a_date_given_for_a_file_that_dates_its_rows_is_an_error(@TempDir Path dir) throws IOException {
        Path file = write(dir, "s.csv", "2016-11-28;10\n");

        assertThatThrownBy(() -> Importers.series(
                        file, SeriesLayout.defaults(), ImportOptions.strict().on("2016")))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContaining("--date has no effect");
    }

    @Test
    void families_columns_are_never_counted_as_people_and_a_household_size_without_families_is_refused(
            @TempDir Path dir) throws IOException {
        Path file = write(dir, "dtm.csv", "Governorate,Families_Aleppo,Individuals_Hama\nIdleb,50,300\n");
        ImportOptions on = ImportOptions.strict().on("2024-03-31");

        assertThatThrownBy(() -> Importers.matrix(file, MatrixLayout.of(List.of("Governorate"), "Families_(.+)"), on))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Families_Aleppo", "never counted as people");
        MatrixLayout sized = MatrixLayout.of(List.of("Governorate"), "Individuals_(.+)")
                .withFamilies("Households_(.+)", new java.math.BigDecimal("6"));
        assertThatThrownBy(() -> Importers.matrix(file, sized, on))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("household size has no effect", "Households_(.+)");
    }

    @Test
    void stock_totals_are_per_date_and_what_and_the_latest_known_total_names_its_oldest_part() {
        DisplacementDataset gidd =
                Importers.idmcGidd(Fixtures.path(Fixtures.GIDD)).dataset();

        StockTotals t = StockTotals.of(gidd);

        assertThat(t.atDates())
                .extracting(a -> a.date() + " " + a.people() + " " + a.places())
                .containsExactly(
                        "2015-12-31 6600000 1", "2016-12-31 7454378 3", "2021-12-31 854000 1", "2022-12-31 5913638 1");
        assertThat(t.latestKnown()).singleElement().satisfies(k -> {
            assertThat(k.people()).isEqualTo(13_368_016L);
            assertThat(k.places()).isEqualTo(4);
            assertThat(k.oldest()).hasToString("2016-12-31");
            assertThat(k.oldestPartAge()).isEqualTo(java.time.Period.ofYears(6));
        });
    }

    @Test
    void an_idmc_event_ending_before_it_starts_is_kept_on_its_start_day_with_a_warning(@TempDir Path dir)
            throws IOException {
        Path file = write(
                dir,
                "events.csv",
                "iso3,country_name,year,start_date,end_date,event_name,hazard_type_name,"
                        + "new_displacement,new_displacement_rounded\nAFG,Afghanistan,2015,2015-03-03,2015-03-01,"
                        + "\"Afghanistan: Flood, Avalanche\",Flood,1200,1200\n");

        ImportResult r = Importers.idmcEvents(file, ImportOptions.strict());

        assertThat(r.dataset().figures()).singleElement().satisfies(f -> {
            assertThat(f.period().start()).hasToString("2015-03-03");
            assertThat(f.period().end()).hasToString("2015-03-03");
            assertThat(f.what()).isEqualTo("new displacements (flood)");
        });
        assertThat(r.dataset().checks())
                .filteredOn(c -> c.id().startsWith("end-before-start:"))
                .singleElement()
                .satisfies(c -> assertThat(c.detail()).contains("end_date 2015-03-01 is before start_date 2015-03-03"));
        assertThat(r.keptColumns()).contains("new_displacement_rounded: a rounded copy, never added");
    }
}
