package org.displacementstats.io;

import java.nio.file.Path;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.DisplacementDataset;

/**
 * Reads the files displacement data comes in into a {@link DisplacementDataset}, so that the same summaries,
 * checks and reports work on them.
 *
 * <pre>{@code
 * DisplacementDataset gidd = Importers.idmcGidd(Path.of("idmc-gidd.csv")).dataset();
 * gidd.figure("syr-2016-total-displacement").count();   // 6325978: IDPs in Syria at the end of 2016
 * gidd.figure("syr-2016-new-displacement").count();     // 2148498: new displacements during 2016
 * ImportResult r = Importers.series(Path.of("refugees.csv"), SeriesLayout.defaults(),
 *         ImportOptions.skippingBadRows());             // the dataset, and the rows set aside
 * }</pre>
 *
 * <p>Every file is read as a stream of records, never whole. Each figure has one source for the file (its id
 * the file name as a slug, its date the latest date in the file, stated as inferred) and a quote whose
 * {@code exact} is the record's raw text and whose offsets are code points in the file after any byte order
 * mark, so every number can be traced to its bytes. The file's text is not kept: its quotes are reported as
 * one skipped {@code quote-found} check. A blank, {@code nan}, {@code NA}, {@code N/A} or {@code -} cell is
 * missing, never 0; {@code *} (suppressed by the publisher) is missing and warned; {@code 6563.0} reads as 6563,
 * {@code 1,200} and {@code 1 200} as 1200; ISO date-times read as their day. Files whose rows carry no date
 * take the date given in {@link ImportOptions#on}, never one from the file system.
 *
 * <p>Every method returns an {@link ImportResult}: the dataset, and what the file held besides figures (records
 * read, missing and suppressed values, rows set aside, columns kept). The forms without {@link ImportOptions}
 * import under {@link ImportOptions#strict()}: they stop at the first bad row with a
 * {@link DisplacementDataException} whose message names {@code file:line:column}, the column, the value and what
 * would be valid; the forms taking {@link ImportOptions} can set bad rows aside instead.
 */
public final class Importers {
    private Importers() {}

    /**
     * An HXL-tagged CSV (https://hxlstandard.org): the hashtag row is found among the first 25 rows.
     *
     * @param file the file
     * @return the dataset and what else the file held
     * @throws DisplacementDataException naming the file, line, column and value of the first bad cell
     */
    public static ImportResult hxl(Path file) {
        return hxl(file, ImportOptions.strict());
    }

    /**
     * @param file the file
     * @param options bad rows and progress
     * @return the dataset and what else the file held
     */
    public static ImportResult hxl(Path file, ImportOptions options) {
        return ImportContext.run(options, pass -> HxlReader.read(file, options, pass));
    }

    /**
     * An IDMC GIDD country × year table: {@code total_displacement} a stock at the year's end,
     * {@code new_displacement} a flow during the year; ids {@code <iso3>-<year>-total-displacement} and
     * {@code <iso3>-<year>-new-displacement}.
     *
     * @param file the file
     * @return the dataset and what else the file held
     * @throws DisplacementDataException naming the file, line, column and value of the first bad cell
     */
    public static ImportResult idmcGidd(Path file) {
        return idmcGidd(file, ImportOptions.strict());
    }

    /**
     * @param file the file
     * @param options bad rows and progress
     * @return the dataset and what else the file held
     */
    public static ImportResult idmcGidd(Path file, ImportOptions options) {
        return ImportContext.run(options, pass -> IdmcGiddReader.read(file, options, pass));
    }

    /**
     * A {@code date;count} series without header: a cumulative stock ({@code series-<date>}), the change
     * between consecutive dates as derived flows ({@code series-change-<date>}), falls reported as checks.
     *
     * @param file the file
     * @return the dataset and what else the file held, under {@link SeriesLayout#defaults()}
     * @throws DisplacementDataException naming the file, line, column and value of the first bad cell
     */
    public static ImportResult series(Path file) {
        return series(file, SeriesLayout.defaults(), ImportOptions.strict());
    }

    /**
     * @param file the file
     * @param layout what the series counts
     * @param options bad rows and progress
     * @return the dataset and what else the file held
     */
    public static ImportResult series(Path file, SeriesLayout layout, ImportOptions options) {
        return ImportContext.run(options, pass -> SeriesReader.read(file, layout, options, pass));
    }

    /**
     * A wide origin × destination matrix: each origin column of a host place's row is a flow from that origin
     * into the place; row totals are checked, not trusted.
     *
     * @param file the file
     * @param layout its columns
     * @return the dataset and what else the file held
     * @throws DisplacementDataException naming the file, line, column and value of the first bad cell
     */
    public static ImportResult matrix(Path file, MatrixLayout layout) {
        return matrix(file, layout, ImportOptions.strict());
    }

    /**
     * @param file the file
     * @param layout its columns
     * @param options bad rows and progress
     * @return the dataset and what else the file held
     */
    public static ImportResult matrix(Path file, MatrixLayout layout, ImportOptions options) {
        return ImportContext.run(options, pass -> MatrixReader.read(file, layout, options, pass));
    }

    /**
     * A UNHCR population statistics table, origin × asylum × year: end-year population totals, demographics,
     * asylum applications or solutions. Each population type is its own figure (stocks in the country of asylum at
     * the year's end, returns and solutions as flows); no two columns are added; cases are never read as people.
     *
     * @param file the file
     * @param options bad rows and progress
     * @return the dataset and what else the file held
     */
    public static ImportResult unhcrPopulation(Path file, ImportOptions options) {
        return ImportContext.run(options, pass -> UnhcrPopulationReader.read(file, options, pass));
    }

    /**
     * A UNHCR Operational Data Portal table of the latest figure by asylum × origin: each row a stock at its own
     * date.
     *
     * @param file the file
     * @param options bad rows and progress
     * @return the dataset and what else the file held
     */
    public static ImportResult unhcrSituations(Path file, ImportOptions options) {
        return ImportContext.run(options, pass -> UnhcrSituationsReader.read(file, options, pass));
    }

    /**
     * A UNHCR popstats monthly export without header ({@code asylum, origin, year, month, value}): flows during
     * the month; suppressed {@code *} cells are missing and counted in {@link ImportResult#suppressedValues()}.
     *
     * @param file the file
     * @param options bad rows and progress
     * @return the dataset and what else the file held
     */
    public static ImportResult unhcrMonthly(Path file, ImportOptions options) {
        return ImportContext.run(options, pass -> UnhcrMonthlyReader.read(file, options, pass));
    }

    /**
     * IDMC event records (GIDD disaster events, or IDU event records): each row a flow in its country, every row
     * kept.
     *
     * @param file the file
     * @param options bad rows and progress
     * @return the dataset and what else the file held
     */
    public static ImportResult idmcEvents(Path file, ImportOptions options) {
        return ImportContext.run(options, pass -> IdmcEventsReader.read(file, options, pass));
    }
}
