package org.displacementstats.extract;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The extractor against a hand annotation of every displacement figure of the seed and the four fixture texts
 * ({@code gold.csv}: number span, quantifier, count, kind). A mention matches a gold figure when their number spans
 * overlap in the same text.
 */
class GoldAnnotationTest {
    private record Gold(
            String text,
            int start,
            int end,
            String number,
            String quantifier,
            String count,
            String high,
            String kind) {}

    private static final List<Gold> GOLD = new ArrayList<>();
    private static final List<Gold> FOUND = new ArrayList<>();

    @BeforeAll
    static void extract_every_annotated_text() throws IOException {
        try (InputStream in = GoldAnnotationTest.class.getResourceAsStream("gold.csv");
                CsvReader<CsvRecord> csv =
                        CsvReader.builder().ofCsvRecord(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
            for (CsvRecord r : csv.stream().skip(1).toList()) {
                List<String> f = r.getFields();
                GOLD.add(new Gold(
                        f.get(0),
                        Integer.parseInt(f.get(1)),
                        Integer.parseInt(f.get(2)),
                        f.get(3),
                        f.get(4),
                        f.get(5),
                        f.get(6),
                        f.get(7)));
            }
        }
        for (String name : GoldTexts.names()) {
            String text = GoldTexts.text(name);
            for (Mention m : Extractor.detectingLanguage().extract(text)) {
                FOUND.add(new Gold(
                        name,
                        m.numberStart(),
                        m.numberEnd(),
                        GoldTexts.between(text, m.numberStart(), m.numberEnd()),
                        m.count().quantifier().csvName(),
                        m.count().quantifier().name().equals("VAGUE")
                                ? ""
                                : Long.toString(m.count().value()),
                        m.count().quantifier().name().equals("BETWEEN")
                                ? Long.toString(m.count().upper())
                                : "",
                        m.kind().csvName()));
            }
        }
    }

    @Test
    void the_gold_spans_hold_the_numbers_they_name() {
        for (Gold g : GOLD) {
            assertThat(GoldTexts.between(GoldTexts.text(g.text()), g.start(), g.end()))
                    .as("%s", g)
                    .isEqualTo(g.number());
        }
    }

    @Test
    void precision_and_recall_are_at_least_0_9(TestReporter report) {
        long matched = FOUND.stream().filter(f -> match(f).isPresent()).count();
        double precision = FOUND.isEmpty() ? 0 : (double) matched / FOUND.size();
        double recall = (double) GOLD.stream()
                        .filter(g -> FOUND.stream().anyMatch(f -> overlaps(f, g)))
                        .count()
                / GOLD.size();
        report.publishEntry(
                "extract gold",
                String.format(
                        Locale.ROOT,
                        "%d gold, %d found, precision %.3f," + " recall %.3f",
                        GOLD.size(),
                        FOUND.size(),
                        precision,
                        recall));
        assertThat(precision).as("precision; found %s", FOUND).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).as("recall; found %s", FOUND).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void matched_mentions_have_the_gold_quantifier_count_and_kind(TestReporter report) {
        List<Gold> matched = FOUND.stream().filter(f -> match(f).isPresent()).toList();
        long quantifiers = matched.stream()
                .filter(f -> match(f).get().quantifier().equals(f.quantifier())
                        && match(f).get().count().equals(f.count())
                        && match(f).get().high().equals(f.high()))
                .count();
        long kinds = matched.stream()
                .filter(f -> match(f).get().kind().equals(f.kind()))
                .count();
        double quantifierAccuracy = (double) quantifiers / matched.size();
        double kindAccuracy = (double) kinds / matched.size();
        report.publishEntry(
                "extract gold",
                String.format(
                        Locale.ROOT,
                        "quantifier and count accuracy %.3f," + " kind accuracy %.3f",
                        quantifierAccuracy,
                        kindAccuracy));
        assertThat(quantifierAccuracy).isGreaterThanOrEqualTo(0.9);
        assertThat(kindAccuracy).isGreaterThanOrEqualTo(0.9);
    }

    private static Optional<Gold> match(Gold found) {
        return GOLD.stream().filter(g -> overlaps(found, g)).findFirst();
    }

    private static boolean overlaps(Gold a, Gold b) {
        return a.text().equals(b.text()) && a.start() < b.end() && b.start() < a.end();
    }
}
