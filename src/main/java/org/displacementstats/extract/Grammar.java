package org.displacementstats.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules that tell a figure of people from other numbers by the words around it: the noun a number counts
 * (its head), « le nombre de », casualties. Dates and money are in {@link NonCounts}, quantifiers in
 * {@link QuantifierPhrases}. Every method looks at a bounded number of tokens, so extraction stays linear in the
 * text.
 */
final class Grammar {
    static final int WINDOW = 18;
    // Word lists, laid out by hand as prose: the formatter would put one word per line.
    // spotless:off
    private static final Set<String> NUMBER_OF = Set.of("nombre", "number", "total", "chiffre", "figure",
            "count", "bilan");
    private static final Set<String> AUXILIARIES = Set.of("ont", "sont", "avaient", "étaient", "auraient",
            "seraient", "have", "had", "has", "were", "are", "was", "is", "been", "se", "s'", "y", "en", "would",
            "reportedly", "already", "déjà", "also", "aussi", "dû", "being", "who", "qui", "that", "which", "all",
            "tous", "toutes", "ainsi", "alors", "then", "recently", "récemment", "été", "pu", "fait", "de", "d'",
            "to");
    private static final Set<String> STOPS = Set.of("while", "whereas", "but", "alors", "tandis", "mais", "whilst",
            "cependant", "however", ";", ":", "(", ")", "—", "–");
    static final Set<String> DISPLACEMENT_NOUNS = Set.of("déplacés", "déplacées", "réfugiés", "réfugiées",
            "évacués", "évacuées", "rapatriés", "exilés", "sinistrés", "displaced", "refugees", "idps", "evacuees",
            "returnees", "arrivals", "asylum-seekers", "migrants", "migrantes");
    // spotless:on

    private Grammar() {}

    /**
     * « L'ONU estime à 400.000 le nombre de déplacés », "the number of displaced people rose to 700,000": the
     * number counts the people that « le nombre de » names before or after it.
     */
    static boolean countsNumberOfPeople(List<Token> tokens, Amount a) {
        int sentence = tokens.get(a.first()).sentence();
        int from = Math.max(0, a.first() - 12);
        int to = Math.min(tokens.size() - 1, a.last() + 6);
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (t.sentence() == sentence && (i < a.first() || i > a.last()) && NUMBER_OF.contains(t.lower())) {
                for (int k = i + 1;
                        k <= i + 4 && k < tokens.size() && tokens.get(k).sentence() == sentence;
                        k++) {
                    if (isPeople(tokens.get(k).lower())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** What follows a number: the noun it counts, a pronoun (« d'entre eux »), a verb, a direction, or nothing. */
    enum Head {
        PEOPLE,
        HOUSEHOLDS,
        PRONOUN,
        VERB,
        DIRECTION,
        OTHER,
        NONE
    }

    /**
     * @return the head and the index of its token (or of the number's last token when there is none)
     */
    static int[] head(List<Token> tokens, String text, int last) {
        int sentence = tokens.get(last).sentence();
        int i = last + 1;
        if (i + 1 < tokens.size()
                && (tokens.get(i).is("d'") && tokens.get(i + 1).is("entre")
                        || tokens.get(i).is("of")
                                && Set.of("them", "whom", "those", "these")
                                        .contains(tokens.get(i + 1).lower())
                        || tokens.get(i).is("parmi")
                        || tokens.get(i).is("among"))) {
            return new int[] {Head.PRONOUN.ordinal(), i + 1};
        }
        int skipped = 0;
        while (i < tokens.size()
                && tokens.get(i).sentence() == sentence
                && skipped < 3
                && Lexicon.BETWEEN_NUMBER_AND_NOUN.contains(tokens.get(i).lower())
                && i + 1 < tokens.size()
                && !tokens.get(i + 1).isPunct()
                && !(Lexicon.PEOPLE.contains(tokens.get(i).lower())
                        && !isPeople(tokens.get(i + 1).lower()))) {
            i++;
            skipped++;
        }
        if (i >= tokens.size() || tokens.get(i).sentence() != sentence) {
            return new int[] {Head.NONE.ordinal(), last};
        }
        Token t = tokens.get(i);
        if (Lexicon.PEOPLE.contains(t.lower())) {
            return new int[] {Head.PEOPLE.ordinal(), i};
        }
        if (Lexicon.HOUSEHOLDS.contains(t.lower())) {
            return new int[] {Head.HOUSEHOLDS.ordinal(), i};
        }
        if (Lexicon.NOT_PEOPLE.contains(t.lower()) || t.isNumber()) {
            return new int[] {Head.OTHER.ordinal(), i};
        }
        if (t.isPunct()) {
            return new int[] {Head.NONE.ordinal(), last};
        }
        int noun = peopleWithin(tokens, i, sentence);
        if (noun >= 0) {
            return new int[] {
                (Lexicon.HOUSEHOLDS.contains(tokens.get(noun).lower()) ? Head.HOUSEHOLDS : Head.PEOPLE).ordinal(), noun
            };
        }
        if (isGroupName(t, text)) {
            return new int[] {Head.PEOPLE.ordinal(), i};
        }
        if (verbFollows(tokens, text, i)) {
            return new int[] {Head.VERB.ordinal(), i};
        }
        if (Lexicon.DIRECTIONS.contains(t.lower())) {
            return new int[] {Head.DIRECTION.ordinal(), i};
        }
        return new int[] {Head.OTHER.ordinal(), i};
    }

    /**
     * "10,000 Afghan refugees", « 2.000 jeunes enfants »: a noun of people two words on at most, with no punctuation
     * or conjunction between.
     */
    private static int peopleWithin(List<Token> tokens, int from, int sentence) {
        for (int k = from + 1;
                k <= from + 2 && k < tokens.size() && tokens.get(k).sentence() == sentence;
                k++) {
            Token t = tokens.get(k);
            if (!t.isWord()
                    || t.is("and")
                    || t.is("et")
                    || t.is("or")
                    || t.is("ou")
                    || Lexicon.NOT_PEOPLE.contains(t.lower())) {
                return -1;
            }
            if (isPeople(t.lower())) {
                return k;
            }
        }
        return -1;
    }

    /** "10,000 Syrians", « 4.000 Kurdes »: a capitalised plural right after a count names a group of people. */
    private static boolean isGroupName(Token t, String text) {
        String w = t.lower();
        return Character.isUpperCase(text.charAt(t.start()))
                && w.length() > 3
                && w.endsWith("s")
                && !NonCounts.isCalendarWord(w)
                && !w.contains("-")
                && Character.isLetter(w.charAt(w.length() - 2))
                && !Lexicon.NOT_PEOPLE.contains(w);
    }

    private static boolean isPeople(String word) {
        return Lexicon.PEOPLE.contains(word) || Lexicon.HOUSEHOLDS.contains(word);
    }

    /** « 10.000 ont fui », "4,000 Syrians fled": a verb of movement within a few words. */
    private static boolean verbFollows(List<Token> tokens, String text, int from) {
        int sentence = tokens.get(from).sentence();
        boolean capitalised = Character.isUpperCase(text.charAt(tokens.get(from).start()));
        for (int i = from, words = 0;
                i < tokens.size() && words < 4 && tokens.get(i).sentence() == sentence;
                i++) {
            Token t = tokens.get(i);
            if (t.isPunct() || t.isNumber()) {
                return false;
            }
            Optional<Lexicon.Cue> cue = Lexicon.cue(t.lower());
            if (cue.isPresent() && !Lexicon.PEOPLE.contains(t.lower()) && !Lexicon.NOUN_CUES.contains(t.lower())) {
                return true;
            }
            if (!AUXILIARIES.contains(t.lower()) && !(i == from && capitalised)) {
                return false;
            }
            words++;
        }
        return false;
    }

    /** Whether the number counts casualties or arrests: « tués », "killed", « ont perdu la vie », "death toll". */
    static boolean isCasualty(List<Token> tokens, Amount a) {
        int sentence = tokens.get(a.first()).sentence();
        for (int i = a.last() + 1;
                i < tokens.size() && i <= a.last() + WINDOW && tokens.get(i).sentence() == sentence;
                i++) {
            String w = tokens.get(i).lower();
            if (Lexicon.CASUALTY.contains(w)) {
                return !w.equals("vie") || i >= 2 && tokens.get(i - 2).lower().startsWith("perd");
            }
            Optional<Lexicon.Cue> cue = Lexicon.cue(w);
            if (cue.isPresent() && !(cue.get().kind() == Kind.STOCK && Lexicon.PEOPLE.contains(w))
                    || STOPS.contains(w)) {
                return false;
            }
        }
        for (int i = a.first() - 1;
                i >= 0 && i >= a.first() - 4 && tokens.get(i).sentence() == sentence;
                i--) {
            String w = tokens.get(i).lower();
            if (Lexicon.CASUALTY.contains(w) && !w.equals("vie") && !w.equals("lives")) {
                return true;
            }
        }
        return false;
    }

    static boolean isStop(String word) {
        return STOPS.contains(word);
    }
}
