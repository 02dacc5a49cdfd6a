package org.displacementstats.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Numbers that count no one: a time, a date, a year, money, a percentage, a fraction or a document's number
 * (« le 29 novembre », "$5,000", "report No. 7"). Looks at the characters and words right around the number.
 */
final class NonCounts {
    // Word lists, laid out by hand as prose: the formatter would put one word per line.
    // spotless:off
    private static final Set<String> MONTHS = Set.of("janvier", "février", "fevrier", "mars", "avril", "mai", "juin",
            "juillet", "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> DAYS = Set.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> DOCUMENT_WORDS = Set.of("no", "n", "nº", "numéro", "number", "num", "report",
            "rapport", "resolution", "résolution", "article", "page", "pages", "chapter", "chapitre", "vol",
            "tome", "route", "road", "highway", "autoroute", "phase", "level", "niveau", "grade", "category",
            "catégorie", "section", "paragraph", "paragraphe", "annex", "annexe", "version", "update", "bulletin",
            "issue", "edition", "édition", "flight", "room", "building", "bâtiment", "aged", "âgés", "âgé", "âgée",
            "âgées", "age", "ages", "âge", "sitrep", "décret", "decree", "loi", "law", "act", "item", "point",
            "étape", "stage");
    private static final Set<String> MONEY = Set.of("$", "€", "£", "¥", "us", "usd", "eur", "chf");
    // spotless:on

    private NonCounts() {}

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

    private static boolean isMonth(Token t, String text) {
        if (!MONTHS.contains(t.lower())) {
            return false;
        }
        // "may" and "march" are verbs too, « mars » a planet: a month's name then starts with a capital in English.
        return !(t.is("may") || t.is("march")) || Character.isUpperCase(text.charAt(t.start()));
    }
}
