package org.displacementstats.flowlog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.displacementstats.figure.Count;

/**
 * Writes small logs full of what breaks naive CSV splitting: quoted commas, doubled quotes, line breaks inside
 * quotes, CRLF and LF mixed, a quote inside an unquoted field, names outside the BMP, empty lines, and bad rows.
 */
final class TrickyLog {
    static final String[] PLACES = {
        "Alep-Est",
        "Cheikh \"Maqsoud\"",
        "Zone, Nord",
        "multi\nline",
        "crlf\r\nname",
        "\uD835\uDC9C maths",
        "\uE000 private use",
        "Haydariyé",
        "=SUM(A1)",
        "-moins",
        " spaced ",
        "zones gouvernementales"
    };
    static final String[] QUANTIFIERS = {"", "exact", "About", "NEARLY", "at_least", "More_Than", "up_to", "less_than"};
    static final String[] BAD_LINES = {
        "2016-02-30,A,B,1,exact,S",
        "2016-01-01,,B,1,exact,S",
        "2016-01-01,A,,1,exact,S",
        "2016-01-01,A,B,1200x,exact,S",
        "2016-01-01,A,B,1,roughly,S",
        "2016-01-01,A,B,0,less_than,S",
        "2016-01-01,A,B,99999999999,exact,S",
        "2016-01-01,A,B,1,exact",
        "2016-01-01,A,B,1,exact,S,extra",
        "2016-01-01,A,B,1,between,S",
        "2016-1-01,A,B,1,exact,S",
        "2016-01-01,A,B,-5,exact,S",
        "x"
    };

    private TrickyLog() {}

    static void write(Path file, int rows, long seed, boolean withBadRows) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder s = new StringBuilder("date,origin,destination,count,quantifier,source\n");
        for (int i = 0; i < rows; i++) {
            int kind = random.nextInt(100);
            if (withBadRows && kind < 4) {
                s.append(BAD_LINES[random.nextInt(BAD_LINES.length)]);
            } else if (kind < 6) {
                s.append("2016-03-0")
                        .append(1 + random.nextInt(9))
                        .append(",A\"x,B,")
                        .append(random.nextInt(1000))
                        .append(",exact,src");
            } else if (kind < 8) {
                s.append("");
            } else {
                String q = QUANTIFIERS[random.nextInt(QUANTIFIERS.length)];
                long value = random.nextInt(10) == 0 ? random.nextLong(Count.MAX_VALUE + 1) : random.nextInt(100_000);
                if (value == 0 && q.equalsIgnoreCase("less_than")) {
                    value = 1;
                }
                s.append(String.format(Locale.ROOT, "2016-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)));
                s.append(',').append(quote(PLACES[random.nextInt(PLACES.length)], random));
                s.append(',').append(quote(PLACES[random.nextInt(PLACES.length)], random));
                s.append(',')
                        .append(value)
                        .append(',')
                        .append(quote(q, random))
                        .append(',')
                        .append(quote("src " + random.nextInt(3) + (random.nextBoolean() ? ", \"x\"" : ""), random));
            }
            s.append(random.nextBoolean() ? "\r\n" : "\n");
        }
        try {
            Files.writeString(file, s, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 quoting where needed, and now and then where not. */
    static String quote(String field, SplittableRandom random) {
        boolean needed = field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
        return needed || random.nextInt(5) == 0 ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
