package org.displacementstats.figure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words a source puts before a number (« près de », "at least"), and the interval each implies.
 *
 * <p>Under {@link QuantifierPolicy} with margin m percent (default 10), a stated value v gives:
 * EXACT [v, v]; ABOUT [⌊v(100−m)/100⌋, ⌈v(100+m)/100⌉]; NEARLY [⌊v(100−m)/100⌋, v]; AT_LEAST [v, unbounded);
 * MORE_THAN [v+1, unbounded); UP_TO [0, v]; LESS_THAN [0, v−1]; BETWEEN a and b [a, b]; VAGUE (« des
 * milliers ») has no value: it is kept as a mention and never summed.
 *
 * <p>Immutable and safe to share between threads.
 */
public enum Quantifier {
    /** No qualifying words: the number as printed. */
    EXACT("", List.of(), List.of()),
    /** « quelque 250.000 », "about", "an estimated": within the margin on both sides. */
    ABOUT("~", List.of("quelque", "environ", "autour de"), List.of("about", "around", "some", "an estimated")),
    /** « près de 10.000 », "nearly": within the margin, below the value. */
    NEARLY("<~", List.of("près de", "presque", "pas loin de"), List.of("nearly", "almost", "close to")),
    /** « au moins », "at least": the value or more, no upper bound. */
    AT_LEAST(">=", List.of("au moins"), List.of("at least")),
    /** « plus de », "more than": strictly more, no upper bound. */
    MORE_THAN(">", List.of("plus de"), List.of("more than", "over")),
    /** « jusqu'à », "up to": from zero to the value. */
    UP_TO("<=", List.of("jusqu'à"), List.of("up to")),
    /** « moins de », "fewer than": from zero to one less than the value. */
    LESS_THAN("<", List.of("moins de"), List.of("less than", "fewer than")),
    /** « entre 6.000 et 10.000 », "between … and …": the two stated bounds. */
    BETWEEN("..", List.of("entre … et …"), List.of("between … and …")),
    /** « des milliers », "thousands": no number, a mention only, excluded from totals. */
    VAGUE("?", List.of("des milliers"), List.of("thousands"));

    private final String symbol;
    private final List<String> french;
    private final List<String> english;
    /** Made once: asked for every figure a big import writes. */
    private final String csvName;

    Quantifier(String symbol, List<String> french, List<String> english) {
        this.symbol = symbol;
        this.french = french;
        this.english = english;
        this.csvName = name().toLowerCase(Locale.ROOT);
    }

    /** @return the French words that signal this quantifier, lower case */
    public List<String> frenchWords() {
        return french;
    }

    /** @return the English words that signal this quantifier, lower case */
    public List<String> englishWords() {
        return english;
    }

    /**
     * The symbol used by {@link Count#toString()} and {@link Count#parse}: "" for EXACT, "~", "&lt;~",
     * "&gt;=", "&gt;", "&lt;=", "&lt;", ".." (between two values) and "?".
     *
     * @return the symbol
     */
    public String symbol() {
        return symbol;
    }

    /**
     * The name used in CSV files: the constant's name in lower case ({@code at_least}).
     *
     * @return the CSV name
     */
    public String csvName() {
        return csvName;
    }

    /**
     * The quantifier that a source's words signal, in French or English, ignoring case, surrounding
     * spaces and the kind of apostrophe ({@code "Près de"}, {@code "jusqu’à"}, {@code "An estimated"}).
     * For BETWEEN, give the opening word ({@code "entre"}, {@code "between"}).
     *
     * @param words the words before the number
     * @return the quantifier, or empty if the words are not known
     */
    public static Optional<Quantifier> fromWords(String words) {
        String w = words.strip().replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (w.equals("entre") || w.equals("between")) {
            return Optional.of(BETWEEN);
        }
        for (Quantifier q : values()) {
            if (q.french.contains(w) || q.english.contains(w)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /**
     * The quantifier named in a CSV cell: the lower-case name ({@code nearly}, {@code at_least}), ignoring
     * case; an empty cell means EXACT.
     *
     * @param name the cell
     * @return the quantifier, or empty if the name is not one of ours
     */
    public static Optional<Quantifier> fromCsvName(String name) {
        if (name.isEmpty()) {
            return Optional.of(EXACT);
        }
        for (Quantifier q : values()) {
            if (q.csvName().equalsIgnoreCase(name)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }
}
