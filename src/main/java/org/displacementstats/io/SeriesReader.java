package org.displacementstats.io;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.Lineage;

/**
 * A time series without header, one {@code date;count} per line (or comma- or tab-separated), dates
 * increasing: a cumulative stock. A fall is reported as a {@code stock-not-falling} check, not rejected; the
 * change between consecutive dates is a derived flow, with its lineage.
 */
final class SeriesReader {
    private SeriesReader() {}

    /** What the next change needs of the stock before it. */
    private record Last(String id, LocalDate date, Estimate estimate) {}

    static ImportResult read(java.nio.file.Path path, SeriesLayout layout, ImportOptions options, ImportPass pass) {
        ImportContext ctx = new ImportContext(path, options, pass);
        java.nio.file.Path name = path.getFileName();
        String fileName = name == null ? path.toString() : name.toString();
        int dot = fileName.lastIndexOf('.');
        Place place = Place.of(layout.place().orElse(dot > 0 ? fileName.substring(0, dot) : fileName), layout.kind());
        Place origin = Place.of(layout.origin().orElse("origin not stated"), PlaceKind.REGION);
        LocalDate[] previous = new LocalDate[1];
        long[] previousLine = new long[1];
        Last[] last = new Last[1];
        String changeWhat = "change in " + layout.what();
        try {
            ctx.refuseGivenDate("every line of a series starts with its date");
            ctx.expectCumulative();
            Record r;
            while ((r = ctx.next()) != null) {
                Record record = r;
                boolean read = ctx.read(record, record.fields(record.separator()), (row, fields) -> {
                    if (fields.size() != 2) {
                        return Optional.of(Problem.ofRecord(
                                Math.min(fields.size(), 2),
                                "",
                                "expected two fields, date and count, but found " + fields.size(),
                                "write e.g. 2013-12-31;560129 (a series has no header)"));
                    }
                    Parsed<LocalDate> day = row.isoDate(fields, 0, "date");
                    if (day.isRejected()) {
                        return day.problem();
                    }
                    LocalDate date = day.value();
                    if (previous[0] != null && !date.isAfter(previous[0])) {
                        return Optional.of(Problem.ofCell(
                                0,
                                "date",
                                "dates must increase, but line " + previousLine[0] + " has " + previous[0],
                                date.toString(),
                                "sort the series by date and remove repeated dates"));
                    }
                    Parsed<OptionalLong> people = row.people(fields, 1, "count");
                    if (people.isRejected()) {
                        return people.problem();
                    }
                    OptionalLong count = people.value();
                    previous[0] = date;
                    previousLine[0] = record.line();
                    row.date(date);
                    if (count.isEmpty()) {
                        return Optional.empty();
                    }
                    String id = "series-" + date;
                    Count c = Count.exact(count.getAsLong());
                    Estimate estimate = Estimate.of(c, QuantifierPolicy.DEFAULT);
                    // New by construction: dates increase.
                    row.figureWithNewId(
                            id,
                            e -> Stock.stated(id)
                                    .what(layout.what())
                                    .in(place)
                                    .count(c)
                                    .on(date)
                                    .evidence(e));
                    Last before = last[0];
                    if (before != null) {
                        // Made only when the figures are built: the scan of the file reads each line too.
                        row.derived(source -> Flow.derived("series-change-" + date)
                                .what(changeWhat)
                                .from(origin)
                                .to(place)
                                .during(Period.days(before.date().plusDays(1), date))
                                .estimate(estimate.minus(before.estimate()))
                                .evidence(Evidence.derived(Lineage.difference(id, List.of(before.id())))));
                    }
                    last[0] = new Last(id, date, estimate);
                    row.cumulative(id);
                    return Optional.empty();
                });
                if (read && last[0] != null) {
                    // The next stock is later, and the next change starts the day after this stock.
                    ctx.settled(last[0].date());
                }
            }
            return ctx.finish("not stated in the file (a date;count series)");
        } finally {
            ctx.close();
        }
    }
}
