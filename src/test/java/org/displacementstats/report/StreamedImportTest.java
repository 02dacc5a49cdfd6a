package org.displacementstats.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.displacementstats.io.ImportOptions;
import org.displacementstats.io.ImportResult;
import org.displacementstats.io.Importers;
import org.displacementstats.io.MatrixLayout;
import org.displacementstats.io.SeriesLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A streamed import writes the same bytes as the report of the whole imported dataset, whatever the batch size:
 * figures that name figures of the batch before (a series' changes), checks of every rule group, counted or all,
 * rows set aside, files checked whole because of {@code part_of}.
 */
class StreamedImportTest {
    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(StreamedImportTest.class.getResource(name).toURI());
    }

    /** A series that falls, misses a count, hides one ('*') and has a bad line, over a few batches. */
    private static String series() {
        StringBuilder s = new StringBuilder();
        long count = 100;
        for (int day = 1; day <= 60; day++) {
            count += day % 7 == 0 ? -5 : 11;
            String cell = day == 20 ? "" : day == 33 ? "*" : Long.toString(count);
            s.append(String.format(Locale.ROOT, "2020-%02d-%02d;%s\n", 1 + (day - 1) / 28, 1 + (day - 1) % 28, cell));
            if (day == 40) {
                s.append("2020-02-13;oops\n");
            }
        }
        return s.toString();
    }

    /** A matrix of host places by origin, with a row total that does not add up. */
    private static final String MATRIX = String.join(
            "\n",
            "Governorate,District,Individuals_Syria,Individuals_Iraq,Total",
            "Aleppo,Azaz,100,20,120",
            "Aleppo,Afrin,50,5,56",
            "Idleb,Harim,70,0,70",
            "");

    /**
     * An HXL table whose rows repeat a place and date (the later ids get {@code -l<line>}) and an id (a row set
     * aside): the second reading must take the ids the first one did, though it starts knowing them all.
     */
    private static final String HXL_REPEATED_IDS = String.join(
            "\n",
            "Country,Date,Refugees,Id",
            "#country+name,#date,#affected+refugees+ind,#meta+id",
            "Syria,2020-01-01,100,",
            "Syria,2020-01-01,120,",
            "Syria,2020-01-02,130,dup",
            "Syria,2020-01-03,140,dup",
            "Syria,2020-01-01,150,",
            "Syria,2020-01-04,160,syria-2020-01-01-refugees-l9",
            "Syria,2020-01-01,170,",
            "");

    static Stream<Arguments> imports() throws URISyntaxException {
        return Stream.of(
                Arguments.of("series", "series.csv", series(), (Function<Path, Reader>)
                        file -> o -> Importers.series(file, SeriesLayout.defaults(), o)),
                Arguments.of("matrix", "matrix.csv", MATRIX, (Function<Path, Reader>) file -> o -> Importers.matrix(
                        file,
                        MatrixLayout.of(List.of("Governorate", "District"), "Individuals_(.+)"),
                        o.on("2024-03-31"))),
                Arguments.of("idmc-gidd", "gidd.csv", null, (Function<Path, Reader>) file ->
                        o -> Importers.idmcGidd(resource("/org/displacementstats/io/gidd-conflict-sample.csv"), o)),
                Arguments.of("hxl with repeated ids", "hxl.csv", HXL_REPEATED_IDS, (Function<Path, Reader>)
                        file -> o -> Importers.hxl(file, o)),
                Arguments.of("hxl with part_of", "figures.csv", null, (Function<Path, Reader>)
                        file -> o -> Importers.hxl(resource("/golden/aleppo-2016-11-hxl/figures.csv"), o)));
    }

    /** A format's import under given options. */
    interface Reader {
        ImportResult read(ImportOptions options) throws URISyntaxException;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("imports")
    void a_streamed_import_writes_the_bytes_of_the_whole_dataset_report(
            String format, String name, String text, Function<Path, Reader> importer) throws Exception {
        Path file = dir.resolve(name);
        if (text != null) {
            Files.writeString(file, text, UTF_8);
        }
        Reader reader = importer.apply(file);
        for (Set<CsvReport.Option> options : List.of(
                EnumSet.noneOf(CsvReport.Option.class),
                EnumSet.of(CsvReport.Option.ALL_CHECKS, CsvReport.Option.HXL_HASHTAGS))) {
            ImportResult whole = reader.read(ImportOptions.skippingBadRows());
            Path expected = dir.resolve("whole-" + options.size());
            CsvReport.writeImport(
                    whole.dataset(),
                    expected,
                    ImportReport.rejectedTable(whole.rejected()),
                    options.toArray(new CsvReport.Option[0]));
            for (int chunk : new int[] {1, 3, 7, 1000}) {
                Path actual = dir.resolve("streamed-" + options.size() + "-" + chunk);

                ImportOutcome outcome = StreamedImport.write(
                        actual,
                        options,
                        true,
                        line -> {},
                        sink -> read(reader, ImportOptions.skippingBadRows().streamingTo(sink)),
                        chunk);

                assertThat(files(actual)).as("chunk " + chunk).containsExactlyElementsOf(files(expected));
                for (String f : files(expected)) {
                    assertThat(Files.readString(actual.resolve(f), UTF_8))
                            .as(f + ", " + chunk + " figures a batch, " + options)
                            .isEqualTo(Files.readString(expected.resolve(f), UTF_8));
                }
                assertThat(outcome.figures())
                        .isEqualTo(whole.dataset().figures().size());
                assertThat(outcome.checks()).isEqualTo(whole.dataset().checks().size());
                assertThat(outcome.rejected()).isEqualTo(whole.rejected().size());
                assertThat(outcome.result().records()).isEqualTo(whole.records());
            }
        }
    }

    @Test
    void an_importer_that_does_not_stream_to_the_sink_is_refused_and_nothing_is_written() throws IOException {
        Path file = dir.resolve("series.csv");
        Files.writeString(file, series(), UTF_8);
        Path out = dir.resolve("report");

        assertThatThrownBy(() -> StreamedImport.write(
                        out,
                        EnumSet.noneOf(CsvReport.Option.class),
                        true,
                        line -> {},
                        sink -> Importers.series(file, SeriesLayout.defaults(), ImportOptions.skippingBadRows())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ImportOptions.streamingTo(sink)");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("series.csv");
        }
    }

    private static ImportResult read(Reader reader, ImportOptions options) {
        try {
            return reader.read(options);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> files(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
        }
        return names;
    }
}
