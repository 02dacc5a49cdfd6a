package org.displacementstats.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.stats.UncertaintySettings;
import org.displacementstats.table.Columns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The report's bytes depend on the dataset only: not on the default locale, time zone, or the run. */
class CsvReportDeterminismTest {
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]*[1-9])?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    @TempDir
    Path tmp;

    private Locale locale;
    private Locale formatLocale;
    private Locale displayLocale;
    private TimeZone zone;

    @BeforeEach
    void saveDefaults() {
        locale = Locale.getDefault();
        formatLocale = Locale.getDefault(Locale.Category.FORMAT);
        displayLocale = Locale.getDefault(Locale.Category.DISPLAY);
        zone = TimeZone.getDefault();
    }

    @AfterEach
    void restoreDefaults() {
        Locale.setDefault(locale);
        Locale.setDefault(Locale.Category.FORMAT, formatLocale);
        Locale.setDefault(Locale.Category.DISPLAY, displayLocale);
        TimeZone.setDefault(zone);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "fr-FR,                       Pacific/Kiritimati",
        "ar-EG,                       America/St_Johns",
        "hi-IN-u-nu-deva,             Asia/Kathmandu",
        "th-TH-u-ca-buddhist-nu-thai, Pacific/Chatham",
        "tr-TR,                       Etc/GMT+12",
        "de-CH,                       Europe/Zurich",
    })
    void report_bytes_are_the_golden_bytes_whatever_the_default_locale_and_time_zone(String tag, String timeZone)
            throws IOException {
        // GIVEN defaults with a decimal comma, non-ASCII digits, other calendars, a dotless i, or ' as grouping
        Locale.setDefault(Locale.forLanguageTag(tag));
        TimeZone.setDefault(TimeZone.getTimeZone(timeZone));
        assertThat(TimeZone.getDefault().getID()).isEqualTo(timeZone);
        // WHEN the dataset is read and written under them
        DisplacementDataset ds = DisplacementDataset.aleppo2016();
        CsvReport.write(ds, tmp.resolve("plain"));
        CsvReport.write(ds, tmp.resolve("hxl"), CsvReport.Option.HXL_HASHTAGS);
        // THEN every file, the Monte Carlo decimals of uncertainty.csv included
        assertThat(CsvReport.FILES).contains("reconciliation.csv", "uncertainty.csv");
        for (String file : CsvReport.FILES) {
            assertThat(new String(Files.readAllBytes(tmp.resolve("plain").resolve(file)), UTF_8))
                    .as(file)
                    .isEqualTo(new String(Golden.bytes(Golden.PLAIN, file), UTF_8));
            assertThat(Files.readAllBytes(tmp.resolve("hxl").resolve(file)))
                    .as(file)
                    .isEqualTo(Golden.bytes(Golden.HXL, file));
        }
    }

    @Test
    void two_runs_give_identical_bytes() {
        // WHEN two datasets are read and written independently
        CsvReport.write(DisplacementDataset.aleppo2016(), tmp.resolve("first"));
        CsvReport.write(DisplacementDataset.aleppo2016(), tmp.resolve("second"));
        Map<String, byte[]> first = Golden.snapshot(tmp.resolve("first"));
        Map<String, byte[]> second = Golden.snapshot(tmp.resolve("second"));

        assertThat(first).containsOnlyKeys(CsvReport.FILES);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void rewriting_a_report_in_place_gives_identical_bytes() {
        // GIVEN a report
        Path dir = tmp.resolve("report");
        DisplacementDataset ds = DisplacementDataset.aleppo2016();
        CsvReport.write(ds, dir);
        Map<String, byte[]> before = Golden.snapshot(dir);
        // WHEN it is written again over itself
        CsvReport.write(ds, dir);

        Map<String, byte[]> after = Golden.snapshot(dir);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    static Stream<String> files() {
        return CsvReport.FILES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void each_file_is_utf8_without_bom_with_lf_line_ends_only(String file) throws IOException {
        byte[] bytes = Golden.bytes(Golden.PLAIN, file);

        CsvReport.write(DisplacementDataset.aleppo2016(), tmp.resolve("r"));
        byte[] written = Files.readAllBytes(tmp.resolve("r").resolve(file));

        assertThat(written).isEqualTo(bytes);
        assertThat(written).isNotEmpty();
        assertThat(written[0]).as("no byte order mark").isNotEqualTo((byte) 0xEF);
        assertThat(written).doesNotContain((byte) '\r');
        assertThat(written[written.length - 1]).isEqualTo((byte) '\n');
        String text = UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(written))
                .toString();
        assertThat(text).doesNotStartWith("\uFEFF");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void numbers_are_plain_ascii_digits_without_separators_or_dot_zero_and_dates_are_iso(String file) {
        // GIVEN the column types of the table behind the file
        DisplacementDataset ds = DisplacementDataset.aleppo2016();
        Table table = CsvReport.tables(ds, UncertaintySettings.DEFAULT).get(file);
        CsvReport.write(ds, tmp.resolve("r"));

        List<List<String>> records = ReportCsv.read(tmp.resolve("r").resolve(file));

        // The unbounded flags are not columns of the file: they make a bound's cell inf or -inf.
        List<ReportColumn> written = ReportColumn.of(table);
        assertThat(records.get(0))
                .isEqualTo(table.columnNames().stream()
                        .filter(n -> !n.endsWith(Columns.UNBOUNDED))
                        .toList());
        assertThat(records)
                .hasSize(table.rowCount() + 1)
                .allSatisfy(r -> assertThat(r).hasSize(written.size()));
        for (ReportColumn w : written) {
            Column<?> column = w.column();
            Pattern form = column instanceof LongColumn || column instanceof IntColumn
                    ? WHOLE
                    : column instanceof DoubleColumn ? DECIMAL : column instanceof DateColumn ? DATE : null;
            if (form == null) {
                continue;
            }
            for (String cell : ReportCsv.column(records, column.name())) {
                if (cell.equals("inf") || cell.equals("-inf")) {
                    assertThat(w.unbounded())
                            .as("%s %s is a bound", file, column.name())
                            .isPresent();
                } else if (!cell.isEmpty()) {
                    assertThat(cell).as("%s %s", file, column.name()).matches(form);
                }
            }
        }
    }

    @Test
    void counts_print_without_dot_zero_and_shares_without_trailing_zeros() {
        CsvReport.write(DisplacementDataset.aleppo2016(), tmp.resolve("r"));

        List<List<String>> balance = ReportCsv.read(tmp.resolve("r").resolve("population-balance.csv"));

        assertThat(ReportCsv.column(balance, "population_point")).containsExactly("250000");
        assertThat(ReportCsv.column(balance, "remaining_low")).containsExactly("215000");
        assertThat(ReportCsv.column(balance, "share_out_point")).containsExactly("0.04");
        assertThat(ReportCsv.column(balance, "share_out_low")).containsExactly("0.032727");
        assertThat(ReportCsv.column(balance, "outflow_per_day_point")).containsExactly("5000");
        assertThat(ReportCsv.column(balance, "outflow_start")).containsExactly("2016-11-27");
    }

    @Test
    void uncertainty_decimals_print_with_a_dot_and_whole_values_without_dot_zero() {
        // GIVEN the default Monte Carlo settings (seed 20161129, 100000 draws)
        CsvReport.write(DisplacementDataset.aleppo2016(), tmp.resolve("r"));

        List<List<String>> uncertainty = ReportCsv.read(tmp.resolve("r").resolve("uncertainty.csv"));

        assertThat(ReportCsv.column(uncertainty, "point")).startsWith("4000", "240000", "0.04", "5000");
        assertThat(ReportCsv.column(uncertainty, "p95")).contains("4987.5", "0.650477");
        assertThat(ReportCsv.column(uncertainty, "driver_rank_correlation")).contains("-0.852799", "1", "-1");
        assertThat(ReportCsv.column(uncertainty, "draws")).containsOnly("100000");
        assertThat(ReportCsv.column(uncertainty, "seed")).containsOnly("20161129");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0.04,                 0.04",
        "5000,                 5000",
        "0,                    0",
        "-0.0,                 0",
        "0.0327272727272727,   0.032727",
        "0.6666666666666666,   0.666667",
        "0.0000005,            0",
        "0.0000015,            0.000002",
        "1.0E7,                10000000",
        "1.0E-7,               0",
        "-0.4,                 -0.4",
    })
    void decimals_are_rounded_half_even_to_six_places_in_plain_notation(double value, String printed) {
        // GIVEN / WHEN
        String actual = ReportWriter.decimal(value);

        assertThat(actual).isEqualTo(printed);
    }
}
