package org.displacementstats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Figure;
import org.displacementstats.provenance.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A figure typed by hand with empty quote_start and quote_end: the reader finds its quote in the source's text. */
class QuoteWithoutOffsetsTest {
    @TempDir
    Path tmp;

    @Test
    void empty_offsets_are_found_in_the_text_with_the_same_quote_as_the_curated_one() throws IOException {
        Quote curated = quoteOf(AleppoCopy.in(tmp.resolve("a")).read().figure("fled-east-aleppo"));
        AleppoCopy copy = AleppoCopy.in(tmp.resolve("b"))
                .seedOnly()
                .set("figures.csv", "fled-east-aleppo", "quote_start", "")
                .set("figures.csv", "fled-east-aleppo", "quote_end", "")
                .set("figures.csv", "fled-east-aleppo", "quote_prefix", "")
                .set("figures.csv", "fled-east-aleppo", "quote_suffix", "");

        Quote located = quoteOf(copy.read().figure("fled-east-aleppo"));

        assertThat(located).isEqualTo(curated);
        assertThat(copy.read().checks())
                .filteredOn(c -> c.id().equals("quote-found:fled-east-aleppo"))
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
    }

    @Test
    void a_quote_that_occurs_twice_is_an_error_naming_both_offsets_unless_its_prefix_tells_them_apart()
            throws IOException {
        AleppoCopy copy = AleppoCopy.in(tmp)
                .seedOnly()
                .set("figures.csv", "east-aleppo-population", "quote_start", "")
                .set("figures.csv", "east-aleppo-population", "quote_end", "")
                .set("figures.csv", "east-aleppo-population", "quote_exact", "Alep-Est")
                .set("figures.csv", "east-aleppo-population", "quote_prefix", "")
                .set("figures.csv", "east-aleppo-population", "quote_suffix", "");

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("figures.csv line 2", "'Alep-Est'", "5 times", "1014..1022", "2040..2048");

        copy.set("figures.csv", "east-aleppo-population", "quote_prefix", "habitants d'");
        assertThat(quoteOf(copy.read().figure("east-aleppo-population")).start())
                .isEqualTo(1782);
    }

    @Test
    void a_quote_that_does_not_occur_is_an_error_naming_the_nearest_near_match() throws IOException {
        AleppoCopy copy = AleppoCopy.in(tmp)
                .seedOnly()
                .set("figures.csv", "fled-east-aleppo", "quote_start", "")
                .set("figures.csv", "fled-east-aleppo", "quote_end", "")
                .set("figures.csv", "fled-east-aleppo", "quote_exact", "Près de 10 000 d'entre eux ont fui");

        assertThatThrownBy(copy::read)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll(
                        "figures.csv line",
                        "nowhere",
                        "nearest near-match is 'Près de 10.000 d'entre eux ont fui' at code points 1792..1826");
    }

    private static Quote quoteOf(Figure f) {
        return f.evidence().quote().orElseThrow();
    }
}
