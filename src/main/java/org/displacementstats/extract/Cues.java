package org.displacementstats.extract;

import java.util.List;
import java.util.Optional;

/**
 * What a figure is (a stock or a flow, and what the people did) from the verbs and nouns around its number: first
 * a verb after it in its clause (« 10.000 personnes ont fui »), then its own noun (« 250.000 habitants »), then the
 * nearest word before it in the sentence (« où vivent près de 250.000 personnes », « ont fui …, dont 6.000 »).
 */
final class Cues {
    private static final int BEFORE = 20;
    private static final Lexicon.Cue UNKNOWN = new Lexicon.Cue(Kind.UNKNOWN, "unknown");

    private Cues() {
    }

    static Lexicon.Cue of(List<Token> tokens, Amount a, int headIndex, int limit) {
        int sentence = tokens.get(a.first()).sentence();
        for (int i = a.last() + 1; i < limit && i <= a.last() + Grammar.WINDOW && i < tokens.size()
                && tokens.get(i).sentence() == sentence; i++) {
            if (Grammar.isStop(tokens.get(i).lower())) {
                break;
            }
            Optional<Lexicon.Cue> cue = verb(tokens.get(i));
            if (i != headIndex && cue.isPresent()) {
                return cue.get();
            }
        }
        Optional<Lexicon.Cue> own = Lexicon.cue(tokens.get(headIndex).lower());
        if (headIndex > a.last() && own.isPresent()) {
            return own.get();
        }
        for (int i = a.first() - 1; i >= 0 && i >= a.first() - BEFORE && tokens.get(i).sentence() == sentence; i--) {
            Optional<Lexicon.Cue> cue = verb(tokens.get(i));
            if (cue.isPresent()) {
                return cue.get();
            }
        }
        return UNKNOWN;
    }

    /** A cue other than a noun of people living somewhere (« réfugiés » says who they are, not what they did). */
    private static Optional<Lexicon.Cue> verb(Token t) {
        if (!t.isWord()) {
            return Optional.empty();
        }
        Optional<Lexicon.Cue> cue = Lexicon.cue(t.lower());
        return cue.filter(c -> !(c.kind() == Kind.STOCK && Lexicon.PEOPLE.contains(t.lower())));
    }
}
