package org.displacementstats.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers written in words, in French and English, up to the billions: « deux cent cinquante mille »,
 * « quatre-vingt-dix », « vingt et un », "seventy-five thousand", "two hundred and fifty", "a thousand".
 *
 * <p>A number is read group by group (below a thousand, then thousands, millions, billions), and the words of a
 * group must come in the order the grammar puts them: hundreds, tens, units (« soixante-dix », « quatre-vingts »
 * are tens). Words out of that order are not a number.
 */
final class NumberWords {
    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("un", 1),
            Map.entry("une", 1),
            Map.entry("one", 1),
            Map.entry("deux", 2),
            Map.entry("two", 2),
            Map.entry("trois", 3),
            Map.entry("three", 3),
            Map.entry("quatre", 4),
            Map.entry("four", 4),
            Map.entry("cinq", 5),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("sept", 7),
            Map.entry("seven", 7),
            Map.entry("huit", 8),
            Map.entry("eight", 8),
            Map.entry("neuf", 9),
            Map.entry("nine", 9),
            Map.entry("dix", 10),
            Map.entry("ten", 10),
            Map.entry("onze", 11),
            Map.entry("eleven", 11),
            Map.entry("douze", 12),
            Map.entry("twelve", 12),
            Map.entry("treize", 13),
            Map.entry("thirteen", 13),
            Map.entry("quatorze", 14),
            Map.entry("fourteen", 14),
            Map.entry("quinze", 15),
            Map.entry("fifteen", 15),
            Map.entry("seize", 16),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("vingt", 20),
            Map.entry("vingts", 20),
            Map.entry("twenty", 20),
            Map.entry("trente", 30),
            Map.entry("thirty", 30),
            Map.entry("quarante", 40),
            Map.entry("forty", 40),
            Map.entry("cinquante", 50),
            Map.entry("fifty", 50),
            Map.entry("soixante", 60),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("septante", 70),
            Map.entry("eighty", 80),
            Map.entry("huitante", 80),
            Map.entry("octante", 80),
            Map.entry("ninety", 90),
            Map.entry("nonante", 90));
    private static final Set<String> HUNDRED = Set.of("cent", "cents", "hundred");
    private static final Map<String, Long> SCALES = Map.of(
            "mille",
            1_000L,
            "thousand",
            1_000L,
            "million",
            1_000_000L,
            "millions",
            1_000_000L,
            "milliard",
            1_000_000_000L,
            "milliards",
            1_000_000_000L,
            "billion",
            1_000_000_000L);
    private static final Set<String> JOINERS = Set.of("et", "and");

    private NumberWords() {}

    /** @return whether the word (or each part of a hyphenated word) is a number word */
    static boolean isNumberWord(String word) {
        for (String part : word.split("-", -1)) {
            if (!SMALL.containsKey(part)
                    && !HUNDRED.contains(part)
                    && !SCALES.containsKey(part)
                    && !JOINERS.contains(part)) {
                return false;
            }
        }
        return !JOINERS.contains(word);
    }

    static boolean isScale(String word) {
        return SCALES.containsKey(word);
    }

    static long scale(String word) {
        return SCALES.getOrDefault(word, 0L);
    }

    static boolean isJoiner(String word) {
        return JOINERS.contains(word);
    }

    /**
     * The value of number words, each possibly hyphenated; a leading "a" stands for one before a scale word.
     *
     * @param words the words, lower case
     * @return the value, or -1 if the words are not a well-formed number
     */
    static long parse(List<String> words) {
        long total = 0;
        long group = 0;
        long lastScale = Long.MAX_VALUE;
        boolean any = false;
        boolean joined = false;
        String previous = "";
        for (String word : words) {
            for (String part : word.split("-", -1)) {
                if (JOINERS.contains(part)) {
                    if (!any || joined) {
                        return -1;
                    }
                    joined = true;
                    continue;
                }
                if (part.equals("a") && !any) {
                    group = 1;
                    any = true;
                    previous = part;
                    continue;
                }
                Integer small = SMALL.get(part);
                if (small != null) {
                    long tensAndUnits = group % 100;
                    if (small == 20 && tensAndUnits == 4 && previous.equals("quatre")) {
                        group += 76;
                    } else if (tensAndUnits == 0 && group % 1000 == group && !previous.equals("a")) {
                        group += small;
                    } else if (tensAndUnits >= 10 && tensAndUnits % 10 == 0 && small < 10
                            || (tensAndUnits == 60 || tensAndUnits == 80) && small >= 10 && small < 20) {
                        group += small;
                    } else {
                        return -1;
                    }
                } else if (HUNDRED.contains(part)) {
                    if (group >= 10 || group % 100 != group) {
                        return -1;
                    }
                    group = (group == 0 ? 1 : group) * 100;
                } else if (SCALES.containsKey(part)) {
                    long scale = SCALES.get(part);
                    if (scale >= lastScale) {
                        return -1;
                    }
                    total += (group == 0 ? 1 : group) * scale;
                    lastScale = scale;
                    group = 0;
                } else {
                    return -1;
                }
                any = true;
                joined = false;
                previous = part;
            }
        }
        return any && !joined ? total + group : -1;
    }
}
