package org.displacementstats.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.displacementstats.figure.Quantifier;

/**
 * Finds the quantifier phrase of a number (« près de », "at least", « ou plus ») among the words before it or
 * after it, in the same sentence, with the phrases of {@link Lexicon}.
 */
final class QuantifierPhrases {
    // spotless:off
    /** Words that may stand between a quantifier and its number: « près de quelque 10.000 », "an estimated". */
    private static final Set<String> FILLERS = Set.of("the", "an", "a", "de", "d'", "des", "les", "estimated",
            "officiellement", "officially", "reportedly", "already", "déjà", "still", "encore", "just", "some",
            "quelque", "only", "seulement", "bien", "well", "largement", "far");
    // spotless:on

    private QuantifierPhrases() {}

    /**
     * The quantifier written before the number, allowing up to two filler words between (« près de 10.000 »).
     *
     * @return the quantifier's ordinal and the index of the phrase's first token
     */
    static Optional<int[]> before(List<Token> tokens, int first) {
        int sentence = tokens.get(first).sentence();
        for (int end = first - 1, fillers = 0;
                end >= 0 && fillers <= 2 && tokens.get(end).sentence() == sentence;
                end--, fillers++) {
            for (Lexicon.Phrase p : Lexicon.BEFORE) {
                int start = end - p.words().size() + 1;
                if (start < 0
                        || fillers > 0
                                && p.words().size() == 1
                                && Lexicon.WEAK.contains(p.words().get(0))) {
                    continue;
                }
                if (matches(tokens, start, p.words(), sentence)) {
                    return Optional.of(new int[] {p.quantifier().ordinal(), start});
                }
            }
            if (!FILLERS.contains(tokens.get(end).lower())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The quantifier written after the number or its noun: « 10.000 personnes au moins », "or more". */
    static Optional<Quantifier> after(List<Token> tokens, int from) {
        int sentence = tokens.get(from).sentence();
        for (Lexicon.Phrase p : Lexicon.AFTER) {
            if (matches(tokens, from + 1, p.words(), sentence)) {
                return Optional.of(p.quantifier());
            }
        }
        return Optional.empty();
    }

    private static boolean matches(List<Token> tokens, int start, List<String> words, int sentence) {
        if (start + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            Token t = tokens.get(start + k);
            if (t.sentence() != sentence || !t.lower().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
