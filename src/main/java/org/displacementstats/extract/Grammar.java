package org.displacementstats.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.displacementstats.figure.Quantifier;

/**
 * The rules that tell a figure of people from other numbers, and read its quantifier, from the words around it.
 * Every method looks at a bounded number of tokens, so extraction stays linear in the text.
 */
final class Grammar {
    static final int WINDOW = 18;
    // Word lists, laid out by hand as prose: the formatter would put one word per line.
    // spotless:off
    private static final Set<String> MONTHS = Set.of("janvier", "février", "fevrier", "mars", "avril", "mai", "juin",
            "juillet", "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> DAYS = Set.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> DOCUMENT_WORDS = Set.of("no", "n", "nº", "numéro", "number", "num", "report",
            "rapport", "resolution", "résolution", "article", "page", "pages", "chapter", "chapitre", "vol", "tome",
            "route", "road", "highway", "autoroute", "phase", "level", "niveau", "grade", "category", "catégorie",
            "section", "paragraph", "paragraphe", "annex", "annexe", "version", "update", "bulletin", "issue",
            "edition", "édition", "flight", "room", "building", "bâtiment", "aged", "âgés", "âgé", "âgée", "âgées",
            "age", "ages", "âge", "sitrep", "décret", "decree", "loi", "law", "act", "item", "point", "étape", "stage");
    private static final Set<String> NUMBER_OF = Set.of("nombre", "number", "total", "chiffre", "figure",
            "count", "bilan");
    private static final Set<String> MONEY = Set.of("$", "€", "£", "¥", "us", "usd", "eur", "chf");
    private static final Set<String> AUXILIARIES = Set.of("ont", "sont", "avaient", "étaient", "auraient", "seraient",
            "have", "had", "has", "were", "are", "was", "is", "been", "se", "s'", "y", "en", "would", "reportedly",
            "already", "déjà", "also", "aussi", "dû", "being", "who", "qui", "that", "which", "all", "tous",
            "toutes", "ainsi", "alors", "then", "recently", "récemment", "été", "pu", "fait", "de", "d'", "to");
    private static final Set<String> STOPS = Set.of("while", "whereas", "but", "alors", "tandis", "mais", "whilst",
            "cependant", "however", ";", ":", "(", ")", "—", "–");
    private static final Set<String> FILLERS = Set.of("the", "an", "a", "de", "d'", "des", "les", "estimated",
            "officiellement", "officially", "reportedly", "already", "déjà", "still", "encore", "just", "some",
            "quelque", "only", "seulement", "bien", "well", "largement", "far");
    static final Set<String> DISPLACEMENT_NOUNS = Set.of("déplacés", "déplacées", "réfugiés", "réfugiées", "évacués",
            "évacuées", "rapatriés", "exilés", "sinistrés", "displaced", "refugees", "idps", "evacuees", "returnees",
            "arrivals", "asylum-seekers", "migrants", "migrantes");
    // spotless:on

    private Grammar() {}

    /** Whether the text right around a number in digits makes it a time, a date, a year, money or a fraction. */
    static boolean isNotACount(List<Token> tokens, String text, Amount a, boolean peopleAfter) {
        Token first = tokens.get(a.first());
        Token last = tokens.get(a.last());
        if (a.value() < 0) {
            return true;
        }
        if (a.digits()) {
            char before = first.start() > 0 ? text.charAt(first.start() - 1) : ' ';
            char after = last.end() < text.length() ? text.charAt(last.end()) : ' ';
            if (Character.isLetter(after)
                    || after == '%'
                    || after == '°'
                    || after == '/'
                    || before == '/'
                    || before == ':'
                    || after == ':' && last.end() + 1 < text.length() && Tokenizer.isDigit(text.charAt(last.end() + 1))
                    || Character.isLetter(before)
                    || MONEY.contains(String.valueOf(before))
                    || before == '#'
                    || before == '°') {
                return true;
            }
            boolean fourDigits = first.lower().length() == 4 && a.first() == a.last();
            if (fourDigits && a.value() >= 1800 && a.value() <= 2100 && !peopleAfter) {
                return true;
            }
        }
        Optional<String> previous = Tokens.previous(tokens, a.first(), 1);
        Optional<String> next = Tokens.next(tokens, a.last(), 1);
        boolean monthBefore = a.first() > 0 && isMonth(tokens.get(a.first() - 1), text);
        boolean monthAfter = a.last() + 1 < tokens.size() && isMonth(tokens.get(a.last() + 1), text);
        if (monthBefore
                || monthAfter
                || previous.filter(MONEY::contains).isPresent()
                || next.filter(DAYS::contains).isPresent()
                || a.value() <= 31 && previous.filter(DAYS::contains).isPresent()) {
            return true;
        }
        if (a.digits()
                && !peopleAfter
                && previous.filter(DOCUMENT_WORDS::contains).isPresent()) {
            return true;
        }
        return next.filter(w -> w.equals("h")
                                || w.equals("heures")
                                || w.equals("hours")
                                || w.equals("gmt")
                                || w.equals("am")
                                || w.equals("pm")
                                || w.equals("%"))
                        .isPresent()
                || next.filter("pour"::equals).isPresent()
                        && Tokens.next(tokens, a.last(), 2)
                                .filter("cent"::equals)
                                .isPresent()
                || next.filter("per"::equals).isPresent()
                        && Tokens.next(tokens, a.last(), 2)
                                .filter("cent"::equals)
                                .isPresent();
    }

    /** @return whether the word names a month or a day of the week */
    static boolean isCalendarWord(String word) {
        return MONTHS.contains(word) || DAYS.contains(word);
    }

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

    private static boolean isMonth(Token t, String text) {
        if (!MONTHS.contains(t.lower())) {
            return false;
        }
        // "may" and "march" are verbs too, « mars » a planet: a month's name then starts with a capital in English.
        return !(t.is("may") || t.is("march")) || Character.isUpperCase(text.charAt(t.start()));
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
                && !isCalendarWord(w)
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

    /** The quantifier written before the number, allowing up to two filler words between (« près de 10.000 »). */
    static Optional<int[]> quantifierBefore(List<Token> tokens, int first) {
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
    static Optional<Quantifier> quantifierAfter(List<Token> tokens, int from) {
        int sentence = tokens.get(from).sentence();
        for (Lexicon.Phrase p : Lexicon.AFTER) {
            if (matches(tokens, from + 1, p.words(), sentence)) {
                return Optional.of(p.quantifier());
            }
        }
        return Optional.empty();
    }

    static boolean matches(List<Token> tokens, int start, List<String> words, int sentence) {
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

    static boolean isStop(String word) {
        return STOPS.contains(word);
    }
}
