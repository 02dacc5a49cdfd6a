package org.displacementstats.extract;

import java.util.Locale;
import java.util.Set;
import org.displacementstats.DisplacementDataException;

/** The languages the extractor reads. */
public enum Language {
    /** French. */
    FRENCH("fr"),
    /** English. */
    ENGLISH("en");

    private static final Set<String> FRENCH_WORDS = Set.of(
            "le", "la", "les", "des", "du", "et", "est", "une", "un", "dans", "selon", "qui", "pour", "sur", "au",
            "aux", "ont", "sont", "avec", "par", "d'", "l'", "de");
    private static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "of", "and", "to", "in", "is", "was", "were", "from", "said", "had", "have", "has", "with", "by",
            "for", "on", "that", "which", "are", "at");
    private static final int SAMPLE = 5_000;

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** @return the ISO 639-1 code: {@code fr}, {@code en} */
    public String code() {
        return code;
    }

    /**
     * The language of an ISO 639-1 code.
     *
     * @param code {@code fr} or {@code en}, any case
     * @return the language
     * @throws DisplacementDataException naming the code and the valid ones
     */
    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code)) {
                return l;
            }
        }
        throw new DisplacementDataException("language must be fr or en but was '" + code + "'");
    }

    /**
     * Guesses the language of a text from its commonest short words (« le », « des », "the", "of") among its first
     * {@value #SAMPLE} words; English when there are none.
     *
     * @param text the text
     * @return French or English
     */
    public static Language detect(String text) {
        int french = 0;
        int english = 0;
        int words = 0;
        for (Token t : Tokenizer.tokenize(text.length() > SAMPLE * 8 ? text.substring(0, SAMPLE * 8) : text)) {
            if (t.isWord()) {
                String w = t.lower().toLowerCase(Locale.ROOT);
                french += FRENCH_WORDS.contains(w) ? 1 : 0;
                english += ENGLISH_WORDS.contains(w) ? 1 : 0;
                if (++words >= SAMPLE) {
                    break;
                }
            }
        }
        return french > english ? FRENCH : ENGLISH;
    }
}
