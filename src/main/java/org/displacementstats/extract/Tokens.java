package org.displacementstats.extract;

import java.util.List;
import java.util.Optional;

/** Looking around a token in its sentence. */
final class Tokens {
    private Tokens() {}

    /** The word {@code k} tokens before {@code index}, skipping « . » and « ° » ("No. 7", « n° 7 »). */
    static Optional<String> previous(List<Token> tokens, int index, int k) {
        int i = index;
        for (int step = 0; step < k; step++) {
            i--;
            while (i >= 0 && (tokens.get(i).is(".") || tokens.get(i).is("°"))) {
                i--;
            }
            if (i < 0 || tokens.get(i).sentence() != tokens.get(index).sentence()) {
                return Optional.empty();
            }
        }
        return Optional.of(tokens.get(i).lower());
    }

    /** The word {@code k} tokens after {@code index}, in the same sentence. */
    static Optional<String> next(List<Token> tokens, int index, int k) {
        int i = index + k;
        return i < tokens.size()
                        && tokens.get(i).sentence() == tokens.get(index).sentence()
                ? Optional.of(tokens.get(i).lower())
                : Optional.empty();
    }
}
