package org.displacementstats.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.displacementstats.figure.Claim;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: for generated datasets with hostile text in every field, {@link DisplacementDataset#write(Path)} then
 * {@link DisplacementDataset#read(Path)} gives equal records.
 *
 * <p>{@value #CASES} cases by default (a few seconds; the next test checks that they reach every shape the
 * generator makes); {@code -Ddisplacementstats.roundtrip.cases=N} runs another number, such as 10,000 for a long
 * run. Each case has its own seed, printed when it fails, so that one case can be run alone.
 */
class DatasetRoundTripTest {
    private static final long SEED = 0x59a92f6e1361203dL;
    private static final int CASES = 1_000;

    @TempDir
    Path tmp;

    private static int cases() {
        return Integer.getInteger("displacementstats.roundtrip.cases", CASES);
    }

    @Test
    void every_generated_dataset_written_then_read_gives_equal_records() throws IOException {
        // GIVEN a directory for each seeded dataset
        Random seeds = new Random(SEED);
        for (int i = 0; i < cases(); i++) {
            long seed = seeds.nextLong();
            DisplacementDataset ds = new RandomDatasets(new Random(seed), new HashMap<>()).next();
            String label = "case " + i + " (seed " + seed + "L): " + ds;

            // WHEN it is written, the texts its sources name are put beside it, and it is read back
            Path dir = tmp.resolve("dataset-" + i);
            ds.write(dir);
            for (Source s : ds.sources()) {
                if (s.textFile().isPresent()) {
                    Files.writeString(dir.resolve(s.textFile().get()), "");
                }
            }
            DisplacementDataset back = DisplacementDataset.read(dir);

            // THEN every record is equal, and every count prints a form that parses back to it
            assertThat(back.sources()).as(label).isEqualTo(ds.sources());
            assertThat(back.figures()).as(label).isEqualTo(ds.figures());
            assertThat(back.claims()).as(label).isEqualTo(ds.claims());
            assertThat(back.controlChanges()).as(label).isEqualTo(ds.controlChanges());
            for (Count count : counts(back)) {
                assertThat(Count.parse(count.toString())).as(label).isEqualTo(count);
            }
        }
    }

    @Test
    void the_generator_reaches_every_case_the_round_trip_is_meant_to_cover() {
        // GIVEN the round trip's datasets
        Map<String, List<String>> texts = new HashMap<>();
        Random seeds = new Random(SEED);
        Set<Quantifier> quantifiers = EnumSet.noneOf(Quantifier.class);
        Set<String> shapes = new HashSet<>();

        // WHEN they are generated (without writing them)
        for (int i = 0; i < CASES; i++) {
            DisplacementDataset ds = new RandomDatasets(new Random(seeds.nextLong()), texts).next();
            counts(ds).forEach(c -> quantifiers.add(c.quantifier()));
            for (Figure f : ds.figures()) {
                shapes.add(f instanceof Stock ? "stock" : "flow");
                if (f instanceof Flow flow && flow.partOf().isPresent()) {
                    shapes.add("part_of");
                }
                if (!f.id().endsWith("-remaining") && f.isDerived()) {
                    shapes.add(f.evidence().source().isPresent() ? "derived_as quoted" : "derived_as");
                    if (f.evidence().lineage().orElseThrow().formula().contains(" - ")) {
                        shapes.add("derived_as with -");
                    }
                }
            }
            if (ds.claims().stream().anyMatch(c -> c.quotes().size() > 1)) {
                shapes.add("claim with several quotes");
            }
            if (!ds.controlChanges().isEmpty()) {
                shapes.add("control change");
            }
        }

        // THEN every quantifier, shape and hostile text occurs
        assertThat(quantifiers).containsExactlyInAnyOrder(Quantifier.values());
        assertThat(shapes)
                .contains(
                        "stock",
                        "flow",
                        "part_of",
                        "derived_as",
                        "derived_as quoted",
                        "derived_as with -",
                        "claim with several quotes",
                        "control change");
        assertThat(texts.keySet())
                .containsExactlyInAnyOrder(
                        "sources.publisher",
                        "sources.document",
                        "sources.note",
                        "sources.text_file",
                        "places.name",
                        "places.controlled_by",
                        "figures.what",
                        "figures.quote_exact",
                        "figures.quote_prefix",
                        "figures.quote_suffix",
                        "claims.quote_exact",
                        "claims.quote_prefix",
                        "claims.quote_suffix",
                        "control-changes.from",
                        "control-changes.to",
                        "control-changes.quote_exact",
                        "control-changes.quote_prefix",
                        "control-changes.quote_suffix");
        texts.forEach((field, values) -> {
            boolean loose = field.contains("quote") || field.equals("sources.note");
            String leading = loose ? RandomDatasets.LEADING : RandomDatasets.LEADING.substring(0, 5);
            for (char c : leading.toCharArray()) {
                assertThat(values)
                        .as("%s starting with U+%04X", field, (int) c)
                        .anyMatch(t -> !t.isEmpty() && t.charAt(0) == c);
            }
            // No NUL or other control character: the data format rejects them (see the bad-input catalogue).
            List<String> inside = new ArrayList<>(List.of(",", "\"", "\n", "\r"));
            inside.addAll(RandomDatasets.nonBmp());
            for (String s : inside) {
                assertThat(values)
                        .as("%s containing U+%04X", field, s.codePointAt(0))
                        .anyMatch(t -> t.contains(s));
            }
        });
    }

    private static List<Count> counts(DisplacementDataset ds) {
        List<Count> counts = new ArrayList<>();
        ds.figures().stream().map(Figure::count).flatMap(Optional::stream).forEach(counts::add);
        ds.claims().stream().map(Claim::count).forEach(counts::add);
        return counts;
    }
}
