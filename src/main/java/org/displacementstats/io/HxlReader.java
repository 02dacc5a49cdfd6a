package org.displacementstats.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.Expectation;
import org.displacementstats.io.HxlColumn.Role;

/**
 * An HXL-tagged CSV: a row of hashtags (within the first 25 rows) under or instead of the header. Each
 * value column ({@code #affected+idps}, {@code +displaced}, {@code +refugees}, {@code #population}) of a row
 * is a figure: a stock at the row's place, or a flow from its origin ({@code #loc+origin},
 * {@code #adm1+origin}) to its destination ({@code #loc+dest}). Disaggregated columns ({@code +f}, {@code +m},
 * {@code +age…}) are checked against the total, never added into it; rows whose place is "total" are checked
 * against the other rows, never summed again; a column whose tag repeats another unrounded ({@code +conflict_raw}
 * beside {@code +conflict}) is kept, not added; unknown and untagged columns are kept in each figure's quote.
 */
final class HxlReader {
    static final int HASHTAG_ROW_SEARCH = 25;

    private HxlReader() {}

    static ImportResult read(Path path, ImportOptions options, ImportPass pass) {
        ImportContext ctx = new ImportContext(path, options, pass);
        try {
            List<String> headerNames = List.of();
            List<String> tags = null;
            char separator = ',';
            for (int n = 0; n < HASHTAG_ROW_SEARCH && tags == null; n++) {
                Record r = ctx.next();
                if (r == null) {
                    break;
                }
                separator = r.separator();
                List<String> fields = r.fields(separator).orElseThrow(r);
                if (HxlColumn.isHashtagRow(fields)) {
                    tags = fields;
                } else {
                    headerNames = fields;
                }
            }
            if (tags == null) {
                throw new DisplacementDataException(ctx.file() + ": no HXL hashtag row (like #adm1+name,#affected+idps"
                        + "+ind) in the first " + HASHTAG_ROW_SEARCH
                        + " rows; tag the columns (https://hxlstandard.org)"
                        + " or choose another format");
            }
            HxlColumns columns = columns(ctx, headerNames, tags);
            HxlRowReader rows = new HxlRowReader(ctx, columns);
            char sep = separator;
            Record r;
            while ((r = ctx.next()) != null) {
                Record record = r;
                ctx.read(record, record.fields(sep), rows::read);
            }
            for (HxlRowReader.TotalRow t : rows.totalRows()) {
                for (Map.Entry<HxlColumn, Long> e : t.values().entrySet()) {
                    HxlColumn c = e.getKey();
                    ctx.expect(new Expectation.AddsUp(
                            "total-row-matches",
                            "line-" + t.line() + "-" + Slug.of(c.tag()),
                            ctx.file() + " line " + t.line(),
                            c.tag(),
                            e.getValue(),
                            List.of(new Expectation.Part(
                                    "sum of the other rows", rows.columnSums().getOrDefault(c, 0L))),
                            true));
                }
            }
            return ctx.finish("not stated in the file (HXL, no #meta+source)");
        } finally {
            ctx.close();
        }
    }

    private static HxlColumns columns(ImportContext ctx, List<String> headerNames, List<String> tags) {
        List<HxlColumn> read = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            String header = i < headerNames.size() && !headerNames.get(i).isBlank()
                    ? headerNames.get(i).strip()
                    : tags.get(i).strip();
            if (!tags.get(i).isBlank()) {
                read.add(HxlColumn.of(i, header, tags.get(i).strip()));
            } else if (!header.isBlank()) {
                ctx.keep(header + ": no hashtag");
            }
        }
        var tagsRead = read.stream().map(HxlColumn::tag).collect(Collectors.toSet());
        List<HxlColumn> columns = new ArrayList<>();
        for (HxlColumn c : read) {
            Optional<String> twin = c.rawTwinOf().filter(tagsRead::contains);
            if (twin.isPresent() && (c.role() == Role.VALUE || c.role() == Role.DISAGGREGATED)) {
                ctx.keep(c.header() + " (" + c.tag() + "): the unrounded copy of " + twin.get() + ", not added to it");
                columns.add(c.kept());
            } else {
                if (c.role() == Role.KEPT) {
                    ctx.keep(c.header() + " (" + c.tag() + "): not a figure column");
                }
                columns.add(c);
            }
        }
        HxlColumns result = new HxlColumns(columns);
        if (!result.has(Role.VALUE) && result.has(Role.QUANTIFIER) && result.has(Role.KIND) && result.has(Role.COUNT)) {
            // A report's figures.csv (report --hxl): the stated count, its quantifier and the figure's kind.
            HxlColumn count = result.first(Role.COUNT).orElseThrow();
            columns.set(columns.indexOf(count), count.reportCount());
            result = new HxlColumns(columns);
        }
        if (!result.has(Role.VALUE)) {
            throw new DisplacementDataException(ctx.file() + ": no figure column; tag numbers of people with"
                    + " #affected+idps, #affected+displaced, #affected+refugees or #population (+ind)");
        }
        boolean dated =
                result.has(Role.REPORTED) || result.has(Role.START) || result.has(Role.END) || result.has(Role.YEAR);
        if (dated) {
            ctx.refuseGivenDate("it has a date column ("
                    + columns.stream()
                            .filter(c -> c.role() == Role.REPORTED
                                    || c.role() == Role.START
                                    || c.role() == Role.END
                                    || c.role() == Role.YEAR)
                            .findFirst()
                            .orElseThrow()
                            .tag()
                    + ")");
        } else if (ctx.givenDate().isEmpty()) {
            throw new DisplacementDataException(ctx.file() + ": has no date column (#date+reported, #date+start and"
                    + " #date+end, or #date+year), so its figures cannot be placed in time; give the date it describes"
                    + " with --date (" + DateCells.WHAT + ")");
        }
        return result;
    }
}
