package org.displacementstats.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Joins two amounts into a range: « entre 6.000 et 10.000 », "between 6,000 and 10,000", "between 6,000-10,000",
 * « de 3 à 4 millions », "6,000 to 10,000". A scale word on the second number applies to the first when the first
 * is small: "between 1 and 2 million" is 1,000,000 to 2,000,000.
 */
final class Ranges {
    private static final Set<String> AND = Set.of("et", "and");
    private static final Set<String> TO = Set.of("à", "to", "-", "–", "—");
    private static final Set<String> OPENERS = Set.of("entre", "between");
    private static final Set<String> FROM = Set.of("de", "d'", "from");

    private Ranges() {}

    static List<Amount> join(List<Token> tokens, List<Amount> amounts) {
        List<Amount> joined = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            Amount a = amounts.get(i);
            if (i + 1 < amounts.size() && joins(tokens, a, amounts.get(i + 1))) {
                Amount b = amounts.get(i + 1);
                long low = b.scale() > 1 && a.scale() == 1 && a.value() * b.scale() < b.value()
                        ? a.value() * b.scale()
                        : a.value();
                if (low < b.value()) {
                    joined.add(new Amount(
                            a.first(), b.last(), low, b.value(), b.scale(), false, false, a.digits() && b.digits()));
                    i++;
                    continue;
                }
            }
            joined.add(a);
        }
        return joined;
    }

    private static boolean joins(List<Token> tokens, Amount a, Amount b) {
        if (a.vague()
                || b.vague()
                || a.value() < 0
                || b.value() < 0
                || b.first() != a.last() + 2
                || isYear(tokens, a)
                || isYear(tokens, b)) {
            return false;
        }
        String connector = tokens.get(a.last() + 1).lower();
        String opener = a.first() > 0 ? tokens.get(a.first() - 1).lower() : "";
        if (AND.contains(connector)) {
            return OPENERS.contains(opener);
        }
        return TO.contains(connector)
                && (OPENERS.contains(opener)
                        || FROM.contains(opener)
                        || !connector.equals("à") && !connector.equals("to")
                        || b.value() <= a.value() * 10);
    }

    private static boolean isYear(List<Token> tokens, Amount a) {
        return a.digits()
                && a.first() == a.last()
                && tokens.get(a.first()).lower().length() == 4
                && a.value() >= 1800
                && a.value() <= 2100;
    }
}
