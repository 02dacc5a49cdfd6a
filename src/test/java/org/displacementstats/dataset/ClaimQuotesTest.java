package org.displacementstats.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.displacementstats.figure.Claim;
import org.displacementstats.figure.Figure;
import org.displacementstats.provenance.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The other sources' words, checked against the published texts (test-only copies of
 * {@code fixtures/texts/}): each quote's code points [start, end) are its exact words, with its prefix just
 * before and its suffix just after. The comparison is written here, independently of {@link Quote#isFoundIn}.
 */
class ClaimQuotesTest {
    /** The text of each source that the bundled dataset does not carry, by source id. */
    private static final Map<String, String> TEXT_FILES = Map.of(
            "lci-2016-11-27", "fr-lci-2016-11-27-10000-deplaces-alep.txt",
            "chinapost-afp-2016-11-29", "en-chinapost-afp-2016-11-29-rebels-lose-northeast-aleppo.txt",
            "reuters-2016-11-28", "en-reuters-2016-11-28-salih-muslim-sheikh-maqsoud.txt",
            "ocha-sitrep-2016-12-01", "en-ocha-aleppo-sitrep01-2016-12-01.txt");

    private static final DisplacementDataset ALEPPO = DisplacementDataset.aleppo2016();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "fr-lci-2016-11-27-10000-deplaces-alep.txt, b6fc1ff48ebaea973b2ad03f3c993ce7e9e547e2953a5719d238aeeddfda981f",
        "en-chinapost-afp-2016-11-29-rebels-lose-northeast-aleppo.txt,"
                + " 2567e3d335ad3e534b73956b2925f753b8560163c875eae47dc8d4ef98315147",
        "en-reuters-2016-11-28-salih-muslim-sheikh-maqsoud.txt,"
                + " 0e6e46fe1e6e23b6908c94fbf19398b8fef64680e4ba1d8439e23a88a3a643fa",
        "en-ocha-aleppo-sitrep01-2016-12-01.txt, abfe9d9ff080176b2fe53fdbbcd81656eb08db9ced2d5953639281e3f6451688"
    })
    void fixture_texts_are_the_shared_fixtures_byte_for_byte(String file, String sha256) throws Exception {
        // GIVEN the test copy of a shared fixture text
        byte[] bytes = bytes(file);

        // WHEN hashing it
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

        // THEN it has the digest of /work/shared/fixtures/texts/<file>
        assertThat(digest).isEqualTo(sha256);
    }

    @Test
    void every_claim_and_figure_source_without_bundled_text_has_a_fixture_text() {
        // GIVEN the sources whose text the bundled dataset lacks, among those that claims and figures cite
        List<String> cited = new ArrayList<>();
        ALEPPO.claims().forEach(c -> cited.add(c.source().id()));
        ALEPPO.figures().forEach(f -> f.evidence().source().ifPresent(s -> cited.add(s.id())));

        // WHEN keeping those without a text in the dataset
        List<String> withoutText = cited.stream().distinct().filter(id -> ALEPPO.sourceText(id).isEmpty()).toList();

        // THEN the test maps each of them to a fixture text, so no quote escapes the check below
        assertThat(withoutText).isNotEmpty().allSatisfy(id -> assertThat(TEXT_FILES).containsKey(id));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotesOfClaimsAndFixtureSourcedFigures")
    void quote_stands_at_its_code_points_with_its_prefix_and_suffix(String label, String sourceId, Quote quote)
            throws IOException {
        // GIVEN the published text of the quote's source, as code points
        int[] text = text(TEXT_FILES.get(sourceId)).codePoints().toArray();
        int prefixLength = quote.prefix().codePointCount(0, quote.prefix().length());
        int suffixLength = quote.suffix().codePointCount(0, quote.suffix().length());

        // WHEN cutting [start, end), and the code points just before and after
        assertThat(quote.start() - prefixLength).as("prefix start").isGreaterThanOrEqualTo(0);
        assertThat(quote.end() + suffixLength).as("suffix end").isLessThanOrEqualTo(text.length);
        String exact = new String(text, quote.start(), quote.end() - quote.start());
        String before = new String(text, quote.start() - prefixLength, prefixLength);
        String after = new String(text, quote.end(), suffixLength);

        // THEN they are the quote's exact words, prefix and suffix
        assertThat(exact).isEqualTo(quote.exact());
        assertThat(before).isEqualTo(quote.prefix());
        assertThat(after).isEqualTo(quote.suffix());
    }

    @Test
    void lci_repeated_ten_thousand_is_one_claim_with_two_quotes_at_different_places() {
        // GIVEN LCI's claims about the people who fled east Aleppo
        List<Claim> lci = ALEPPO.claims().stream()
                .filter(c -> c.source().id().equals("lci-2016-11-27") && c.figureId().equals("fled-east-aleppo"))
                .toList();

        // THEN the headline's « au moins 10.000 » and the body's « 10.000 civils » are one claim, two quotes
        assertThat(lci).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("lci-fled-at-least-10000");
            assertThat(c.quotes()).extracting(Quote::exact).containsExactly(
                    "au moins 10.000 personnes ont fui les quartiers rebelles d'Alep",
                    "10.000 civils ont dû quitter la partie est de la ville");
            assertThat(c.quotes().get(1).start()).isGreaterThan(c.quotes().get(0).end());
        });
    }

    @Test
    void reuters_range_given_twice_is_one_claim_with_two_quotes() {
        Claim pyd = ALEPPO.claims().stream().filter(c -> c.id().equals("pyd-sheikh-maqsoud-6000-to-10000"))
                .findFirst().orElseThrow();

        assertThat(pyd.quotes()).extracting(Quote::exact).containsExactly(
                "between 6,000 and 10,000 civilians had fled to Aleppo's Kurdish-controlled Sheikh Maqsoud district",
                "between 6,000-10,000 people fled to the area");
    }

    static Stream<Arguments> quotesOfClaimsAndFixtureSourcedFigures() {
        List<Arguments> all = new ArrayList<>();
        for (Claim c : ALEPPO.claims()) {
            for (int i = 0; i < c.quotes().size(); i++) {
                all.add(Arguments.of("claim " + c.id() + " #" + (i + 1), c.source().id(), c.quotes().get(i)));
            }
        }
        for (Figure f : ALEPPO.figures()) {
            f.evidence().source().filter(s -> TEXT_FILES.containsKey(s.id())).ifPresent(s -> all.add(
                    Arguments.of("figure " + f.id(), s.id(), f.evidence().quote().orElseThrow())));
        }
        // The nine quote rows of claims.csv and the OCHA figure's quote.
        assertThat(all).hasSize(10);
        return all.stream();
    }

    private static String text(String file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " must be UTF-8", e);
        }
    }

    private static byte[] bytes(String file) throws IOException {
        try (InputStream in = ClaimQuotesTest.class.getResourceAsStream("/texts/" + file)) {
            assertThat(in).as("test resource texts/%s", file).isNotNull();
            return in.readAllBytes();
        }
    }
}
