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

    private Cues() {}

    static Lexicon.Cue of(List<Token> tokens, Amount a, int headIndex, int limit) {
        int sentence = tokens.get(a.first()).sentence();
        if (isPresence(tokens, a.first(), sentence)) {
            Optional<Lexicon.Cue> own = Optional.empty();
            for (int i = a.last() + 1; i <= headIndex && own.isEmpty(); i++) {
                own = Lexicon.cue(tokens.get(i).lower());
            }
            return new Lexicon.Cue(
                    Kind.STOCK,
                    own.map(c -> c.kind() == Kind.FLOW ? "displaced" : c.what()).orElse("residents"));
        }
        for (int i = a.last() + 1;
                i < limit
                        && i <= a.last() + Grammar.WINDOW
                        && i < tokens.size()
                        && tokens.get(i).sentence() == sentence;
                i++) {
            if (Grammar.isStop(tokens.get(i).lower())) {
                break;
            }
            Optional<Lexicon.Cue> cue = verb(tokens.get(i));
            if (i != headIndex && cue.isPresent()) {
                return cue.get();
            }
        }
        // « ont évacué 15 000 habitants », "evacuated 15,000 residents": the verb whose object the number is.
        for (int i = a.first() - 1, words = 0;
                i >= 0 && words < 4 && tokens.get(i).sentence() == sentence;
                i--) {
            Token t = tokens.get(i);
            Optional<Lexicon.Cue> cue = verb(t);
            if (cue.isPresent() && !Lexicon.NOUN_CUES.contains(t.lower())) {
                return cue.get();
            }
            if (t.isPunct() || t.isNumber()) {
                break;
            }
            words++;
        }
        Optional<Lexicon.Cue> own = Lexicon.cue(tokens.get(headIndex).lower());
        if (headIndex > a.last() && own.isPresent()) {
            return own.get();
        }
        for (int i = a.first() - 1;
                i >= 0 && i >= a.first() - BEFORE && tokens.get(i).sentence() == sentence;
                i--) {
            Optional<Lexicon.Cue> cue = verb(tokens.get(i));
            if (cue.isPresent()) {
                return cue.get();
            }
        }
        return UNKNOWN;
    }

    /** "there are 6,000 displaced", « il y a 10.000 déplacés », « compte 2.000 réfugiés »: people present. */
    static boolean isPresence(List<Token> tokens, int first, int sentence) {
        StringBuilder before = new StringBuilder();
        for (int i = Math.max(0, first - 5); i < first; i++) {
            if (tokens.get(i).sentence() == sentence) {
                before.append(' ').append(tokens.get(i).lower());
            }
        }
        String b = before.toString();
        return b.matches(".* (there (are|were|is|remain)|il y (a|avait)|il (reste|restait|resterait)|(on|qui) compte"
                + "|(on|qui) comptait"
                + "|hosts|hosting|abrite|accueille)( \\S+){0,3}");
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
