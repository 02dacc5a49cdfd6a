package org.displacementstats.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.displacementstats.provenance.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every quote of the bundled dataset, checked against the bytes of {@code seeds/000_59a92f6e1361203d.txt} in the
 * repository without the library's own matching code: decode strict UTF-8, take code points, compare.
 */
class SeedQuoteOffsetsTest {
    private static int[] seed;

    @BeforeAll
    static void decode_the_seed_from_its_bytes() throws IOException {
        byte[] bytes = Files.readAllBytes(AleppoCopy.SEED);
        String text = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        seed = text.codePoints().toArray();
    }

    static Stream<Arguments> quotes() {
        DisplacementDataset ds = DisplacementDataset.aleppo2016();
        Stream<Arguments> figures = ds.figures().stream()
                .filter(f -> f.evidence()
                        .source()
                        .map(s -> s.id().equals(AleppoCopy.SEED_SOURCE))
                        .orElse(false))
                .map(f -> Arguments.of(f.id(), f.evidence().quote().get()));
        Stream<Arguments> changes = ds.controlChanges().stream()
                .map(c -> Arguments.of(c.id(), c.evidence().quote().orElseThrow()));
        return Stream.concat(figures, changes);
    }

    @Test
    void every_stated_figure_and_control_change_has_a_quote_to_check() {
        List<Object> ids = quotes().map(a -> a.get()[0]).toList();

        assertThat(ids)
                .containsExactly(
                        "east-aleppo-population",
                        "fled-east-aleppo",
                        "fled-to-sheikh-maqsoud",
                        "fled-to-government-areas",
                        "thousands-fled-official-media",
                        "massaken-hanano-taken",
                        "sakhour-taken",
                        "haydariye-taken",
                        "cheikh-khodr-taken",
                        "cheikh-fares-taken",
                        "north-east-aleppo-taken");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotes")
    void exact_is_the_seed_code_points_from_start_to_end(String id, Quote quote) {
        assertThat(quote.start()).isNotNegative();
        assertThat(quote.end()).isGreaterThan(quote.start()).isLessThanOrEqualTo(seed.length);

        String between = new String(seed, quote.start(), quote.end() - quote.start());

        assertThat(between)
                .as("code points %d..%d of the seed", quote.start(), quote.end())
                .isEqualTo(quote.exact());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotes")
    void prefix_and_suffix_are_the_seed_code_points_just_around_the_quote(String id, Quote quote) {
        int prefixLength = quote.prefix().codePointCount(0, quote.prefix().length());
        int suffixLength = quote.suffix().codePointCount(0, quote.suffix().length());
        assertThat(quote.start() - prefixLength).isNotNegative();
        assertThat(quote.end() + suffixLength).isLessThanOrEqualTo(seed.length);

        String before = new String(seed, quote.start() - prefixLength, prefixLength);
        String after = new String(seed, quote.end(), suffixLength);

        assertThat(quote.prefix()).isNotEmpty().isEqualTo(before);
        assertThat(quote.suffix()).isNotEmpty().isEqualTo(after);
    }

    @Test
    void seed_packaged_in_the_jar_is_byte_identical_to_the_repository_seed() throws IOException {
        byte[] repository = Files.readAllBytes(AleppoCopy.SEED);

        byte[] packaged;
        try (InputStream in = getClass()
                .getClassLoader()
                .getResourceAsStream("org/displacementstats/seeds/000_59a92f6e1361203d.txt")) {
            assertThat(in).isNotNull();
            packaged = in.readAllBytes();
        }

        assertThat(packaged).isEqualTo(repository);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotes")
    void exact_is_also_found_at_the_utf8_byte_offset_of_its_start(String id, Quote quote) throws IOException {
        byte[] bytes = Files.readAllBytes(AleppoCopy.SEED);
        byte[] exact = quote.exact().getBytes(StandardCharsets.UTF_8);

        int byteOffset = new String(seed, 0, quote.start()).getBytes(StandardCharsets.UTF_8).length;

        // THEN: accented letters before every quote take two bytes, so offsets in bytes would be wrong
        assertThat(byteOffset).isGreaterThan(quote.start());
        assertThat(Arrays.copyOfRange(bytes, byteOffset, byteOffset + exact.length))
                .isEqualTo(exact);
    }
}
