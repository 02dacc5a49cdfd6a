package org.displacementstats.flowlog;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import org.displacementstats.DisplacementDataException;

/**
 * Writes a synthetic flow log for tests and benchmarks: the same seed gives the same bytes. A few origins
 * dominate (origin ranks are drawn with a steep power law), counts spread over five orders of magnitude,
 * half the rows are exact and the rest use the other quantifiers in varied case, and some place and source
 * names hold commas, doubled quotes, accents or a leading {@code =} or {@code -}.
 *
 * <pre>{@code
 * FlowLogGenerator.write(Path.of("flows.csv"), 10_000, 40, 42);   // 10,000 rows, 40 places, seed 42
 * }</pre>
 */
public final class FlowLogGenerator {
    private static final String[] STEMS = {
        "Alep",
        "Bab",
        "Dar",
        "Kafr",
        "Tell",
        "Jabal",
        "Ras",
        "Ain",
        "Deir",
        "Bir",
        "Cheikh",
        "Massaken",
        "Haydariyé",
        "Sakhour",
        "Hanano",
        "Qamishli",
        "Manbij",
        "Azaz",
        "Idlib",
        "Hama"
    };
    private static final String[] PARTS = {"Est", "Ouest", "Nord", "Sud", "Centre", "Camp", "Zone", "Quartier"};
    private static final String[] SOURCES = {
        "OSDH",
        "AFP, citing OSDH",
        "UNHCR \"flash\" update",
        "OCHA",
        "DTM",
        "=HYPERLINK(\"x\")",
        "Croissant-Rouge, \"SARC\""
    };
    private static final LocalDate START = LocalDate.of(2016, 1, 1);

    private FlowLogGenerator() {}

    /**
     * Writes {@code rows} rows over {@code places} places, with LF line ends.
     *
     * @param file the file to write (replaced)
     * @param rows how many rows, at least 0
     * @param places how many distinct places, at least 1
     * @param seed the random seed
     */
    public static void write(Path file, long rows, int places, long seed) {
        write(file, rows, places, seed, LineDelimiter.LF);
    }

    static void write(Path file, long rows, int places, long seed, LineDelimiter lineEnd) {
        if (rows < 0 || places < 1) {
            throw new DisplacementDataException(
                    "generate-flows needs rows >= 0 and places >= 1 but got rows " + rows + ", places " + places);
        }
        String[] names = new String[places];
        for (int i = 0; i < places; i++) {
            names[i] = placeName(i);
        }
        SplittableRandom random = new SplittableRandom(seed);
        try (Writer out = new BufferedWriter(
                        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
                CsvWriter csv = CsvWriter.builder().lineDelimiter(lineEnd).build(out)) {
            csv.writeRecord(Chunker.HEADER);
            String[] row = new String[6];
            for (long r = 0; r < rows; r++) {
                row[0] = START.plusDays(random.nextInt(730)).toString();
                row[1] = names[skewed(random, places, 4)];
                row[2] = names[skewed(random, places, 2)];
                String quantifier = quantifier(random);
                long value = (long) Math.exp(random.nextDouble() * Math.log(100_000));
                if (random.nextInt(50) == 0 && !quantifier.equalsIgnoreCase("less_than")) {
                    value = 0;
                }
                row[3] = Long.toString(value);
                row[4] = quantifier;
                row[5] = SOURCES[random.nextInt(SOURCES.length)];
                csv.writeRecord(row);
            }
        } catch (IOException e) {
            throw new DisplacementDataException(file + ": cannot be written (" + e + ")", e);
        }
    }

    /** A rank from 0 to n − 1, small ranks much more likely the larger {@code power} is. */
    private static int skewed(SplittableRandom random, int n, int power) {
        return Math.min(n - 1, (int) (n * Math.pow(random.nextDouble(), power)));
    }

    private static String quantifier(SplittableRandom random) {
        int r = random.nextInt(100);
        String q;
        if (r < 25) {
            q = "";
        } else if (r < 50) {
            q = "exact";
        } else if (r < 70) {
            q = "about";
        } else if (r < 80) {
            q = "nearly";
        } else if (r < 85) {
            q = "at_least";
        } else if (r < 90) {
            q = "more_than";
        } else if (r < 95) {
            q = "up_to";
        } else {
            q = "less_than";
        }
        int c = random.nextInt(10);
        return c == 0
                ? q.toUpperCase(Locale.ROOT)
                : c == 1 && !q.isEmpty() ? Character.toUpperCase(q.charAt(0)) + q.substring(1) : q;
    }

    /** The i-th place: plain, with a comma, with quotes, or with a leading sign that a spreadsheet would run. */
    static String placeName(int i) {
        String stem = STEMS[i % STEMS.length];
        String part = PARTS[i / STEMS.length % PARTS.length];
        int round = i / (STEMS.length * PARTS.length);
        String base = stem + "-" + part + (round == 0 ? "" : " " + round);
        return switch (i % 13) {
            case 3 -> base + ", secteur " + (i % 5);
            case 7 -> "Quartier \"" + base + "\"";
            case 11 -> i % 2 == 0 ? "=" + base : "-" + base;
            default -> base;
        };
    }
}
