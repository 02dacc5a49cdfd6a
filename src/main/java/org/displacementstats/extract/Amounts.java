package org.displacementstats.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.displacementstats.figure.Count;

/**
 * Finds the amounts in a list of tokens: digits (« 250.000 », "16,000"), digits with a scale word (« 1,2 million »,
 * "1.5 million"), number words (« deux cent cinquante mille », "seventy-five thousand"), approximate nouns
 * (« une centaine », « un millier », "a dozen") and vague amounts (« des milliers », « plusieurs centaines »,
 * "thousands", "tens of thousands", "several hundred"). Ranges are joined later, by {@link Figures}.
 */
final class Amounts {
    private static final Map<String, Long> APPROXIMATE_NOUNS = Map.ofEntries(
            Map.entry("dizaine", 10L),
            Map.entry("douzaine", 12L),
            Map.entry("quinzaine", 15L),
            Map.entry("vingtaine", 20L),
            Map.entry("trentaine", 30L),
            Map.entry("quarantaine", 40L),
            Map.entry("cinquantaine", 50L),
            Map.entry("soixantaine", 60L),
            Map.entry("centaine", 100L),
            Map.entry("millier", 1000L),
            Map.entry("dozen", 12L));
    private static final Set<String> VAGUE_PLURALS = Set.of(
            "dizaines",
            "douzaines",
            "vingtaines",
            "centaines",
            "milliers",
            "milliards",
            "dozens",
            "scores",
            "hundreds",
            "thousands",
            "millions",
            "billions");
    private static final Set<String> VAGUE_DETERMINERS = Set.of(
            "des",
            "plusieurs",
            "quelques",
            "nombreux",
            "nombreuses",
            "many",
            "several",
            "few",
            "some",
            "innombrables",
            "countless");
    private static final Set<String> VAGUE_SINGULARS = Set.of("hundred", "thousand", "million", "cent", "mille");

    private Amounts() {}

    static List<Amount> find(List<Token> tokens, String text) {
        List<Amount> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Amount a = at(tokens, text, i);
            if (a == null) {
                i++;
            } else {
                if (a.value() >= 0 && a.high() <= Count.MAX_VALUE) {
                    found.add(a);
                }
                i = a.last() + 1;
            }
        }
        return found;
    }

    private static Amount at(List<Token> tokens, String text, int i) {
        Token t = tokens.get(i);
        if (t.isNumber()) {
            return digits(tokens, text, i);
        }
        if (!t.isWord()) {
            return null;
        }
        Amount half = half(tokens, i);
        if (half != null) {
            return half;
        }
        Amount vague = vague(tokens, i);
        if (vague != null) {
            return vague;
        }
        Amount approximate = approximate(tokens, i);
        if (approximate != null) {
            return approximate;
        }
        return words(tokens, i);
    }

    private static Amount digits(List<Token> tokens, String text, int i) {
        Token t = tokens.get(i);
        if (t.value() < 0) {
            return new Amount(i, i, -1, -1, 1, false, false, true);
        }
        // « 1,2 million », "1.5 million": a decimal part is a number only before a scale word.
        if (i + 2 < tokens.size()
                && adjacent(tokens, i, i + 2)
                && tokens.get(i + 1).lower().matches("[.,]")
                && tokens.get(i + 2).isNumber()) {
            if (i + 3 < tokens.size() && NumberWords.isScale(tokens.get(i + 3).lower())) {
                long scale = NumberWords.scale(tokens.get(i + 3).lower());
                String digits = t.lower().replaceAll("\\D", "") + "."
                        + tokens.get(i + 2).lower().replaceAll("\\D", "");
                BigDecimal v = new BigDecimal(digits).multiply(BigDecimal.valueOf(scale));
                if (v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(Count.MAX_VALUE)) > 0) {
                    return new Amount(i, i + 3, -1, -1, 1, false, false, true);
                }
                return Amount.exact(i, i + 3, v.longValueExact(), scale, true);
            }
            return new Amount(i, i + 2, -1, -1, 1, false, false, true);
        }
        int last = i;
        long value = t.value();
        long scale = 1;
        while (last + 1 < tokens.size()
                && NumberWords.isScale(tokens.get(last + 1).lower())
                && NumberWords.scale(tokens.get(last + 1).lower()) > scale
                && value <= Count.MAX_VALUE) {
            scale = NumberWords.scale(tokens.get(last + 1).lower());
            value *= scale;
            last++;
        }
        return Amount.exact(i, last, value, scale, true);
    }

    static boolean adjacent(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).end() != tokens.get(k + 1).start()) {
                return false;
            }
        }
        return true;
    }

    private static Amount vague(List<Token> tokens, int i) {
        String w = tokens.get(i).lower();
        int first = i;
        int last;
        if (VAGUE_DETERMINERS.contains(w) && i + 1 < tokens.size()) {
            int k = i + 1;
            if (w.equals("few") || w.equals("nombreux") || w.equals("nombreuses")) {
                return null;
            }
            if (tokens.get(k).is("few")) {
                k++;
            }
            if (k >= tokens.size()) {
                return null;
            }
            String next = tokens.get(k).lower();
            if (!VAGUE_PLURALS.contains(next)
                    && !VAGUE_SINGULARS.contains(next)
                    && !next.equals("tens")
                    && !next.equals("dizaines")) {
                return null;
            }
            if (VAGUE_SINGULARS.contains(next) && (w.equals("des") || w.equals("some"))) {
                return null;
            }
            if (i > 0 && tokens.get(i - 1).is("a") && w.equals("few")) {
                first = i - 1;
            }
            last = k;
        } else if (w.equals("a")
                && i + 2 < tokens.size()
                && tokens.get(i + 1).is("few")
                && (VAGUE_SINGULARS.contains(tokens.get(i + 2).lower())
                        || VAGUE_PLURALS.contains(tokens.get(i + 2).lower()))) {
            last = i + 2;
        } else if (VAGUE_PLURALS.contains(w)
                || w.equals("tens")
                        && i + 2 < tokens.size()
                        && tokens.get(i + 1).is("of")
                        && VAGUE_PLURALS.contains(tokens.get(i + 2).lower())) {
            last = i;
        } else {
            return null;
        }
        // « des dizaines de milliers », "tens of thousands", "hundreds of thousands", "several hundred thousand"
        while (last + 2 < tokens.size()
                && (tokens.get(last + 1).is("de") || tokens.get(last + 1).is("of"))
                && (tokens.get(last + 2).is("milliers")
                        || tokens.get(last + 2).is("thousands")
                        || tokens.get(last + 2).is("millions"))) {
            last += 2;
        }
        while (last + 1 < tokens.size()
                && VAGUE_SINGULARS.contains(tokens.get(last + 1).lower())) {
            last++;
        }
        return Amount.vague(first, last);
    }

    /** "half a million", « un demi-million »: half of the scale. */
    private static Amount half(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.is("half")
                && i + 2 < tokens.size()
                && tokens.get(i + 1).is("a")
                && NumberWords.isScale(tokens.get(i + 2).lower())) {
            return Amount.exact(i, i + 2, NumberWords.scale(tokens.get(i + 2).lower()) / 2, 1, false);
        }
        if ((t.is("un") || t.is("une"))
                && i + 1 < tokens.size()
                && tokens.get(i + 1).lower().startsWith("demi-")
                && NumberWords.isScale(tokens.get(i + 1).lower().substring(5))) {
            return Amount.exact(
                    i, i + 1, NumberWords.scale(tokens.get(i + 1).lower().substring(5)) / 2, 1, false);
        }
        return null;
    }

    private static Amount approximate(List<Token> tokens, int i) {
        String w = tokens.get(i).lower();
        if (!(w.equals("une") || w.equals("un") || w.equals("a")) || i + 1 >= tokens.size()) {
            return null;
        }
        Long value = APPROXIMATE_NOUNS.get(tokens.get(i + 1).lower());
        if (value == null) {
            return null;
        }
        int last = i + 1;
        if (last + 2 < tokens.size()
                && (tokens.get(last + 1).is("de") || tokens.get(last + 1).is("of"))
                && (tokens.get(last + 2).is("milliers") || tokens.get(last + 2).is("millions"))) {
            value *= tokens.get(last + 2).is("millions") ? 1_000_000 : 1_000;
            last += 2;
        }
        return Amount.approximately(i, last, value);
    }

    private static Amount words(List<Token> tokens, int i) {
        int end = i;
        while (end < tokens.size()
                && tokens.get(end).isWord()
                && (NumberWords.isNumberWord(tokens.get(end).lower())
                        || end > i && NumberWords.isJoiner(tokens.get(end).lower())
                        || end == i && tokens.get(end).is("a"))) {
            end++;
        }
        for (int last = end - 1; last >= i; last--) {
            List<String> words = new ArrayList<>();
            for (int k = i; k <= last; k++) {
                words.add(tokens.get(k).lower());
            }
            long value = NumberWords.parse(words);
            if (value >= 0) {
                boolean article = last == i
                        && (value == 1
                                || tokens.get(i).is("cent")
                                        && i > 0
                                        && (tokens.get(i - 1).is("pour")
                                                || tokens.get(i - 1).is("per")));
                if (article || value > Count.MAX_VALUE) {
                    return null;
                }
                long scale = NumberWords.isScale(tokens.get(last).lower())
                        ? NumberWords.scale(tokens.get(last).lower())
                        : 1;
                return Amount.exact(i, last, value, scale, false);
            }
        }
        return null;
    }
}
