package org.displacementstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.ControlChange;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.figure.Stock;
import org.displacementstats.internal.CsvCells;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;
import org.displacementstats.stats.UncertaintySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** A report read back as CSV, with {@link CsvCells#unguard} on each text cell, gives the dataset's own texts. */
class CsvReportReadBackTest {
    private static final UncertaintySettings FEW_DRAWS = new UncertaintySettings(1L, 1_000, 10);
    private static final Place EAST = Place.controlled("=Alep-Est", PlaceKind.DISTRICT, "@rebels");
    private static final Place ENCLAVE = Place.controlled("+Cheikh Maqsoud", PlaceKind.ENCLAVE, "-Kurdish forces");
    private static final Place TOWN = Place.of("'s-Hertogenbosch", PlaceKind.CITY);

    @TempDir
    Path tmp;

    @Test
    void texts_beginning_with_formula_characters_are_restored_by_unguard() {
        // GIVEN a dataset whose texts begin with = + - @ ' (names) and TAB, CR (quotes, which may)
        DisplacementDataset ds = hostileDataset();

        // WHEN its report is written and read back
        CsvReport.write(ds, tmp.resolve("report"), FEW_DRAWS);
        List<List<String>> figures = ReportCsv.read(tmp.resolve("report/figures.csv"));
        List<List<String>> changes = ReportCsv.read(tmp.resolve("report/control-changes.csv"));

        // THEN removing the guard gives the original texts
        assertThat(unguarded(figures, "what")).containsExactly("=residents", "-fled", "@fled", "=residents remaining");
        assertThat(unguarded(figures, "place")).containsExactly("=Alep-Est", "", "", "=Alep-Est");
        assertThat(unguarded(figures, "origin")).containsExactly("", "=Alep-Est", "=Alep-Est", "");
        assertThat(unguarded(figures, "destination")).containsExactly("", "+Cheikh Maqsoud", "'s-Hertogenbosch", "");
        assertThat(unguarded(figures, "controlled_by")).containsExactly("@rebels", "-Kurdish forces", "", "@rebels");
        assertThat(unguarded(figures, "quote"))
                .containsExactly("\tquelque 250.000", "\rPrès de 10.000", "'dont 6.000", "");
        assertThat(unguarded(changes, "place")).containsExactly("+Cheikh Maqsoud");
        assertThat(unguarded(changes, "from")).containsExactly("=rebels");
        assertThat(unguarded(changes, "to")).containsExactly("'YPG");
        assertThat(unguarded(changes, "quote")).containsExactly("-\tla capture");
    }

    @Test
    void every_text_cell_of_every_report_file_unguards_to_its_table_value() {
        // GIVEN the hostile dataset's report tables and files
        DisplacementDataset ds = hostileDataset();
        Map<String, Table> tables = CsvReport.tables(ds, FEW_DRAWS);
        CsvReport.write(ds, tmp.resolve("report"), FEW_DRAWS);

        for (String file : CsvReport.FILES) {
            // WHEN each file is read back
            List<List<String>> records = ReportCsv.read(tmp.resolve("report").resolve(file));

            // THEN each text cell, unguarded, is the table's text; no cell is left starting with a formula character
            for (Column<?> column : tables.get(file).columns()) {
                if (column instanceof StringColumn text) {
                    List<String> cells = ReportCsv.column(records, column.name());
                    assertThat(cells.stream().map(CsvCells::unguard).toList())
                            .as("%s %s", file, column.name())
                            .isEqualTo(text.asList());
                    assertThat(cells)
                            .as("%s %s", file, column.name())
                            .noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0);
                }
            }
        }
    }

    private static List<String> unguarded(List<List<String>> records, String column) {
        return ReportCsv.column(records, column).stream().map(CsvCells::unguard).toList();
    }

    private static DisplacementDataset hostileDataset() {
        Source source = Source.builder("afp")
                .publisher("=AFP")
                .document("+Aleppo article")
                .inferred(LocalDate.of(2016, 11, 29), "'hier' is Mon 28 Nov")
                .build();
        Period days = Period.days(LocalDate.of(2016, 11, 27), LocalDate.of(2016, 11, 28));
        Count population = Count.about(250_000);
        Count fled = Count.nearly(10_000);
        Count part = Count.exact(6_000);
        Stock east = Stock.stated("east-population")
                .what("=residents")
                .in(EAST)
                .count(population)
                .during(days)
                .evidence(Evidence.stated(source, new Quote("\tquelque 250.000", "", "", 0, 16)));
        Flow out = Flow.stated("fled")
                .what("-fled")
                .from(EAST)
                .to(ENCLAVE)
                .count(fled)
                .during(days)
                .evidence(Evidence.stated(source, new Quote("\rPrès de 10.000", "", "", 20, 35)));
        Flow toTown = Flow.stated("fled-to-town")
                .what("@fled")
                .from(EAST)
                .to(TOWN)
                .count(part)
                .during(days)
                .partOf("fled")
                .evidence(Evidence.stated(source, new Quote("'dont 6.000", "", "", 40, 51)));
        ControlChange taken = new ControlChange(
                "enclave-taken",
                ENCLAVE,
                "=rebels",
                "'YPG",
                LocalDate.of(2016, 11, 28),
                Evidence.stated(source, new Quote("-\tla capture", "", "", 60, 72)));
        return DisplacementDataset.of(
                "hostile",
                QuantifierPolicy.DEFAULT,
                List.of(source),
                List.of(east, out, toTown),
                List.of(),
                List.of(taken),
                Map.of());
    }
}
