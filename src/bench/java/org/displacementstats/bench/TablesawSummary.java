package org.displacementstats.bench;

import static tech.tablesaw.aggregate.AggregateFunctions.countMissing;
import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The obvious way: read the whole log into a Tablesaw table with declared column types, add low and high
 * columns, and summarise with group-by. Usage: {@code java -cp ... TablesawSummary FILE OUTDIR}.
 */
public final class TablesawSummary {
    private TablesawSummary() {}

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[1]));
        Table t = Table.read()
                .csv(CsvReadOptions.builder(args[0])
                        .columnTypes(new ColumnType[] {
                            ColumnType.LOCAL_DATE,
                            ColumnType.STRING,
                            ColumnType.STRING,
                            ColumnType.LONG,
                            ColumnType.STRING,
                            ColumnType.STRING
                        })
                        .build());
        LongColumn v = t.longColumn("count");
        StringColumn q = t.stringColumn("quantifier");
        LongColumn low = LongColumn.create("low", t.rowCount());
        LongColumn high = LongColumn.create("high", t.rowCount());
        for (int i = 0; i < t.rowCount(); i++) {
            long x = v.getLong(i);
            switch (q.get(i).toLowerCase(Locale.ROOT)) {
                case "about" -> {
                    low.set(i, x * 90 / 100);
                    high.set(i, (x * 110 + 99) / 100);
                }
                case "nearly" -> {
                    low.set(i, x * 90 / 100);
                    high.set(i, x);
                }
                case "at_least" -> {
                    low.set(i, x);
                    high.setMissing(i);
                }
                case "more_than" -> {
                    low.set(i, x + 1);
                    high.setMissing(i);
                }
                case "up_to" -> {
                    low.set(i, 0);
                    high.set(i, x);
                }
                case "less_than" -> {
                    low.set(i, 0);
                    high.set(i, x - 1);
                }
                default -> {
                    low.set(i, x);
                    high.set(i, x);
                }
            }
        }
        t.addColumns(low, high);
        t.summarize("count", "low", "high", sum).apply();
        t.summarize("count", "low", "high", sum, countMissing)
                .by("origin", "destination")
                .sortOn("origin", "destination")
                .write()
                .csv(out.resolve("flows-by-origin-destination.csv").toString());
        t.summarize("count", "low", "high", sum, countMissing)
                .by("date")
                .sortOn("date")
                .write()
                .csv(out.resolve("flows-by-date.csv").toString());
        t.summarize("count", "low", "high", sum, countMissing)
                .by("destination")
                .sortOn("destination")
                .write()
                .csv(out.resolve("flows-by-destination.csv").toString());
    }
}
