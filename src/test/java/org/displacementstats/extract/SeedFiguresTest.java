package org.displacementstats.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.Quote;
import org.junit.jupiter.api.Test;

/** {@code extract} on the seed article finds the figures that the bundled dataset states from it. */
class SeedFiguresTest {
    private static final String SEED_SOURCE = "afp-osdh-2016-11-29";

    @Test
    void every_stated_figure_of_the_seed_is_a_mention_with_its_count_kind_and_a_number_inside_its_quote() {
        DisplacementDataset aleppo = DisplacementDataset.aleppo2016();
        String seed = aleppo.sourceText(SEED_SOURCE).orElseThrow();
        List<Mention> mentions = Extractor.forLanguage(Language.FRENCH).extract(seed);
        List<Figure> stated = aleppo.figures().stream()
                .filter(f -> f.evidence()
                        .source()
                        .map(s -> s.id().equals(SEED_SOURCE))
                        .orElse(false))
                .filter(f -> f.count().isPresent())
                .toList();
        assertThat(stated).hasSize(4);
        for (Figure f : stated) {
            Quote quote = f.evidence().quote().orElseThrow();
            Kind kind = f instanceof Stock ? Kind.STOCK : Kind.FLOW;
            assertThat(mentions).as("figure %s", f.id()).anySatisfy(m -> {
                assertThat(m.count()).isEqualTo(f.count().get());
                assertThat(m.kind()).isEqualTo(kind);
                assertThat(m.numberStart()).isGreaterThanOrEqualTo(quote.start());
                assertThat(m.numberEnd()).isLessThanOrEqualTo(quote.end());
            });
        }
        assertThat(mentions).hasSize(stated.size());
    }

    @Test
    void the_language_of_the_seed_is_detected_as_french() {
        String seed = DisplacementDataset.aleppo2016().sourceText(SEED_SOURCE).orElseThrow();
        assertThat(Language.detect(seed)).isEqualTo(Language.FRENCH);
    }
}
