package org.displacementstats.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.displacementstats.DisplacementDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteTest {

    /** An emoji (one code point, two UTF-16 chars) before the quoted words, so the two counts differ. */
    private static final String TEXT = "\uD83D\uDE00 Selon l'OSDH, Près de 10.000 d'entre eux ont fui.";

    private static final String EXACT = "Près de 10.000";

    @Test
    void accepts_offsets_that_span_the_code_points_of_exact() {
        // GIVEN an exact text of 14 code points
        // WHEN it is quoted at 5..19
        Quote quote = new Quote(EXACT, "x", "y", 5, 19);

        // THEN the offsets are kept
        assertThat(quote.start()).isEqualTo(5);
        assertThat(quote.end()).isEqualTo(19);
    }

    @Test
    void counts_a_non_bmp_character_in_exact_as_one_code_point() {
        // GIVEN an exact text of an emoji and two letters: 3 code points, 4 UTF-16 chars
        String exact = "\uD83D\uDE00ab";

        // WHEN it is quoted with a code-point span of 3
        Quote quote = new Quote(exact, "", "", 10, 13);

        // THEN it is accepted
        assertThat(quote.end() - quote.start()).isEqualTo(exact.codePointCount(0, exact.length()));
    }

    @Test
    void rejects_offsets_that_count_utf16_chars_instead_of_code_points() {
        // GIVEN an exact text of 3 code points and 4 UTF-16 chars
        String exact = "\uD83D\uDE00ab";

        // WHEN it is quoted with a span of 4 THEN the message names the rule and both ends
        assertThatThrownBy(() -> new Quote(exact, "", "", 10, 14))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Quote.end", "Quote.start + 3", "= 13", "but was 14");
    }

    @ParameterizedTest(name = "exact ''{0}'' at {1}..{2}")
    @CsvSource({
        "abc, 0, 2, Quote.start + 3, 2",
        "abc, 0, 4, Quote.start + 3, 4",
        "abc, 5, 5, Quote.start + 3, 5",
        "abc, 5, 4, Quote.start + 3, 4",
    })
    void rejects_offsets_inconsistent_with_the_length_of_exact(
            String exact, int start, int end, String rule, String shown) {
        // GIVEN offsets whose span is not the code-point length of exact
        // WHEN the quote is built THEN the message names the field, the rule and the value
        assertThatThrownBy(() -> new Quote(exact, "", "", start, end))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Quote.end", rule, "but was " + shown);
    }

    @Test
    void rejects_a_negative_start() {
        // GIVEN a start of -1 with a consistent span
        // WHEN the quote is built THEN the message names the field, the rule and the value
        assertThatThrownBy(() -> new Quote("abc", "", "", -1, 2))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Quote.start", ">= 0", "-1");
    }

    @Test
    void rejects_an_empty_exact() {
        // GIVEN an empty exact text
        // WHEN the quote is built THEN the message names the field and the rule
        assertThatThrownBy(() -> new Quote("", "a", "b", 3, 3))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Quote.exact", "must not be empty", "''");
    }

    @Test
    void locate_counts_offsets_in_code_points_not_utf16_chars() {
        // GIVEN a text where an emoji precedes the words
        int utf16Index = TEXT.indexOf(EXACT);

        // WHEN the words are located
        Quote quote = Quote.locate(TEXT, EXACT, 5);

        // THEN start is one less than the UTF-16 index, and the span is the code-point length
        assertThat(quote.start()).isEqualTo(utf16Index - 1);
        assertThat(quote.end()).isEqualTo(quote.start() + EXACT.codePointCount(0, EXACT.length()));
    }

    @Test
    void locate_keeps_the_requested_context_as_prefix_and_suffix() {
        // GIVEN the words in the middle of the text
        // WHEN they are located with 5 code points of context
        Quote quote = Quote.locate(TEXT, EXACT, 5);

        // THEN prefix and suffix are the 5 code points on either side
        assertThat(quote.prefix()).isEqualTo("SDH, ");
        assertThat(quote.suffix()).isEqualTo(" d'en");
    }

    @Test
    void locate_keeps_a_prefix_that_includes_a_non_bmp_character_whole() {
        // GIVEN words just after the emoji
        String exact = "Selon";

        // WHEN they are located with 2 code points of context
        Quote quote = Quote.locate(TEXT, exact, 2);

        // THEN the prefix is the emoji and the space, without a split surrogate pair
        assertThat(quote.prefix()).isEqualTo("\uD83D\uDE00 ");
        assertThat(quote.start()).isEqualTo(2);
    }

    @Test
    void locate_truncates_context_at_the_ends_of_the_text() {
        // GIVEN words at the very start and the very end of a text
        String text = "abc def";

        // WHEN they are located with more context than there is
        Quote first = Quote.locate(text, "abc", 10);
        Quote last = Quote.locate(text, "def", 10);

        // THEN the prefix of the first and the suffix of the last are empty
        assertThat(first.prefix()).isEmpty();
        assertThat(first.suffix()).isEqualTo(" def");
        assertThat(last.prefix()).isEqualTo("abc ");
        assertThat(last.suffix()).isEmpty();
    }

    @Test
    void quotes_whose_context_reaches_the_ends_of_the_text_are_found() {
        // GIVEN words near the start and the end, with context up to the first and the last character
        String text = "abc def ghi";
        Quote first = Quote.locate(text, "def", 4);
        Quote last = Quote.locate(text, "ghi", 4);

        assertThat(first.prefix()).isEqualTo("abc ");
        assertThat(first.suffix()).isEqualTo(" ghi");
        assertThat(first.isFoundIn(text)).isTrue();
        assertThat(last.suffix()).isEmpty();
        assertThat(last.isFoundIn(text)).isTrue();
    }

    @Test
    void a_quote_whose_context_runs_past_the_ends_of_the_text_is_not_found() {
        // GIVEN a text shorter than the quote's prefix or suffix says
        String text = "abc def";

        // WHEN / THEN the check answers false rather than failing
        assertThat(new Quote("def", "", " ghi", 4, 7).isFoundIn(text)).isFalse();
        assertThat(new Quote("abc", "xyz ", "", 0, 3).isFoundIn(text)).isFalse();
        assertThat(new Quote("def", "", "", 4, 7).isFoundIn(text)).isTrue();
    }

    @Test
    void locate_rejects_words_that_are_not_in_the_text() {
        // GIVEN words absent from the text
        // WHEN they are located THEN the message names the field, the rule and the words
        assertThatThrownBy(() -> Quote.locate(TEXT, "plus de 20.000", 5))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Quote.exact", "exactly once", "'plus de 20.000'", "nowhere");
    }

    @Test
    void locate_rejects_words_that_occur_more_than_once() {
        // GIVEN words that occur twice
        // WHEN they are located THEN the message says so
        assertThatThrownBy(() -> Quote.locate("fui, puis fui", "fui", 5))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Quote.exact", "exactly once", "'fui'", "more than once");
    }

    @Test
    void a_located_quote_is_found_in_its_text() {
        // GIVEN a quote located in the text
        Quote quote = Quote.locate(TEXT, EXACT, 8);

        // WHEN it is checked against the same text THEN it is found
        assertThat(quote.isFoundIn(TEXT)).isTrue();
    }

    @Test
    void a_quote_at_utf16_offsets_is_not_found_after_a_non_bmp_character() {
        // GIVEN a quote whose offsets were counted in UTF-16 chars
        int at = TEXT.indexOf(EXACT);
        Quote quote = new Quote(EXACT, "", "", at, at + EXACT.length());

        // WHEN it is checked THEN it is not found: the code points at those offsets are shifted by one
        assertThat(quote.isFoundIn(TEXT)).isFalse();
    }

    @Test
    void a_quote_is_not_found_in_a_text_without_its_words() {
        // GIVEN a quote located in one text
        Quote quote = Quote.locate(TEXT, EXACT, 3);

        // WHEN it is checked against a text with other words at the same place
        String other = TEXT.replace("10.000", "20.000");

        // THEN it is not found
        assertThat(quote.isFoundIn(other)).isFalse();
    }

    @Test
    void a_quote_with_a_wrong_prefix_is_not_found() {
        // GIVEN a quote with the right offsets and exact text but a different prefix
        Quote located = Quote.locate(TEXT, EXACT, 4);
        Quote quote = new Quote(located.exact(), "XXXX", located.suffix(), located.start(), located.end());

        // WHEN it is checked THEN it is not found
        assertThat(quote.isFoundIn(TEXT)).isFalse();
    }

    @Test
    void a_quote_with_a_wrong_suffix_is_not_found() {
        // GIVEN a quote with the right offsets and exact text but a different suffix
        Quote located = Quote.locate(TEXT, EXACT, 4);
        Quote quote = new Quote(located.exact(), located.prefix(), "XXXX", located.start(), located.end());

        // WHEN it is checked THEN it is not found
        assertThat(quote.isFoundIn(TEXT)).isFalse();
    }

    @Test
    void a_quote_whose_prefix_reaches_before_the_text_is_not_found() {
        // GIVEN a quote at the start of the text claiming a prefix
        Quote quote = new Quote("abc", "z", "", 0, 3);

        // WHEN it is checked THEN it is not found, and nothing is thrown
        assertThat(quote.isFoundIn("abc")).isFalse();
    }

    @Test
    void a_quote_whose_offsets_run_past_the_text_is_not_found() {
        // GIVEN a quote whose end lies beyond the text
        Quote quote = new Quote("abc", "", "", 5, 8);

        // WHEN it is checked THEN it is not found, and nothing is thrown
        assertThat(quote.isFoundIn("abc def")).isFalse();
    }
}
