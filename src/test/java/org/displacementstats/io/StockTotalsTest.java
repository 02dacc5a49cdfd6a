package org.displacementstats.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StockTotalsTest {
    @TempDir
    Path dir;

    @Test
    void totals_are_per_date_and_kind_across_pages_of_days_and_count_each_place_once() throws IOException {
        Path file = dir.resolve("stocks.csv");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "Country,Date,Refugees,IDPs",
                        "#country+name,#date,#affected+refugees+ind,#affected+idps+ind",
                        // Days on either side of 1970-01-01 (epoch day 0) and 256 days apart: pages of days.
                        "Syria,1969-12-31,10,1",
                        "Iraq,1969-12-31,20,",
                        "Syria,1970-01-01,30,2",
                        "Syria,1970-09-13,40,3",
                        "Iraq,1970-09-13,50,4",
                        "Syria,2024-12-31,60,5",
                        ""),
                UTF_8);

        StockTotals totals =
                StockTotals.of(Importers.hxl(file, ImportOptions.strict()).dataset());

        assertThat(totals.atDates())
                .extracting(t -> t.date() + " " + t.what() + " " + t.people() + " in " + t.places())
                .containsExactly(
                        "1969-12-31 idps 1 in 1",
                        "1969-12-31 refugees 30 in 2",
                        "1970-01-01 idps 2 in 1",
                        "1970-01-01 refugees 30 in 1",
                        "1970-09-13 idps 7 in 2",
                        "1970-09-13 refugees 90 in 2",
                        "2024-12-31 idps 5 in 1",
                        "2024-12-31 refugees 60 in 1");
        assertThat(totals.latestKnown())
                .filteredOn(k -> k.what().equals("refugees"))
                .singleElement()
                .satisfies(k -> {
                    assertThat(k.people()).isEqualTo(60 + 50);
                    assertThat(k.oldest()).isEqualTo(LocalDate.of(1970, 9, 13));
                });
    }

    @Test
    void the_places_of_a_day_are_counted_once_whether_their_numbers_are_dense_or_far_apart() {
        StockTotals.DayPlaces dense = new StockTotals.DayPlaces();
        for (int round = 0; round < 2; round++) {
            for (int place = 0; place < 200; place++) {
                dense.add(place);
            }
        }
        StockTotals.DayPlaces sparse = new StockTotals.DayPlaces();
        for (int place : new int[] {3, 1_000_000, 70, 3, 2_000_000_000, 1_000_000, 64}) {
            sparse.add(place);
        }

        assertThat(dense.size()).isEqualTo(200);
        assertThat(sparse.size()).isEqualTo(5);
    }

    @Test
    void a_long_daily_series_keeps_every_days_sum_and_places_across_the_blocks_of_its_pages() throws IOException {
        // 10,000 days: 40 pages of 256 days, in three blocks (4 pages, 32, and a full one). Odd days have a second
        // place.
        StringBuilder csv = new StringBuilder("Country,Date,Refugees\n#country+name,#date,#affected+refugees+ind\n");
        LocalDate first = LocalDate.of(1990, 1, 1);
        for (int d = 0; d < 10_000; d++) {
            csv.append("Syria,").append(first.plusDays(d)).append(',').append(d).append('\n');
            if (d % 2 == 1) {
                csv.append("Iraq,").append(first.plusDays(d)).append(",1\n");
            }
        }
        Path file = dir.resolve("daily.csv");
        Files.writeString(file, csv, UTF_8);

        StockTotals totals =
                StockTotals.of(Importers.hxl(file, ImportOptions.strict()).dataset());

        assertThat(totals.atDates()).hasSize(10_000);
        for (int d = 0; d < 10_000; d++) {
            StockTotals.AtDate at = totals.atDates().get(d);
            assertThat(at.date()).isEqualTo(first.plusDays(d));
            assertThat(at.people()).isEqualTo(d % 2 == 1 ? d + 1 : d);
            assertThat(at.places()).isEqualTo(d % 2 == 1 ? 2 : 1);
        }
    }
}
