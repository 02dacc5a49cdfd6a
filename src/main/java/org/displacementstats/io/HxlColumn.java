package org.displacementstats.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One column of an HXL table: its role and, for places and values, what else its hashtag says.
 *
 * @param index the column's position, from 0
 * @param header the header row's name, or the tag when the header is blank
 * @param tag the hashtag, normalised ({@code #affected+idps+ind})
 * @param role what the column holds
 * @param rank for places: 0 country, 1..5 admin levels, 6 location; more specific is higher
 * @param code for places: whether it holds codes rather than names
 * @param base for values: the tag without disaggregation attributes, to match parts with their total
 * @param stock for values: whether it counts a stock (else a flow)
 * @param what for values: what is counted ({@code idps conflict})
 * @param attributes the tag's attributes
 */
record HxlColumn(
        int index,
        String header,
        String tag,
        Role role,
        int rank,
        boolean code,
        String base,
        boolean stock,
        String what,
        Set<String> attributes) {
    private static final Pattern TAG =
            Pattern.compile("#([a-z][a-z0-9_]*)((?:\\s*\\+\\s*[a-z][a-z0-9_]*)*)", Pattern.CASE_INSENSITIVE);
    static final Pattern AGE = Pattern.compile("age.*|children|adults|elderly|infants|boys|girls");
    static final Set<String> SEX = Set.of("f", "m", "female", "male", "women", "men");
    private static final Set<String> CATEGORIES = Set.of("idps", "displaced", "refugees");
    /** Attributes that say stock or flow; IDMC tags new displacements {@code +new}, {@code +internaldisp}. */
    private static final Set<String> FLOW_ATTRIBUTES = Set.of("flow", "new", "newdisp", "internaldisp");

    private static final Map<String, Integer> PLACE_RANK =
            Map.of("country", 0, "adm1", 1, "adm2", 2, "adm3", 3, "adm4", 4, "adm5", 5, "loc", 6);
    private static final Map<String, Role> META_ROLES = Map.ofEntries(
            Map.entry("source", Role.SOURCE),
            Map.entry("id", Role.ID),
            Map.entry("kind", Role.KIND),
            Map.entry("what", Role.WHAT),
            Map.entry("count", Role.COUNT),
            Map.entry("place_kind", Role.PLACE_KIND),
            Map.entry("origin_kind", Role.ORIGIN_KIND),
            Map.entry("destination_kind", Role.DEST_KIND),
            Map.entry("controlled_by", Role.CONTROLLED_BY),
            Map.entry("origin_controlled_by", Role.ORIGIN_CONTROLLED_BY),
            Map.entry("period_accuracy", Role.ACCURACY),
            Map.entry("part_of", Role.PART_OF),
            Map.entry("quantifier", Role.QUANTIFIER),
            Map.entry("count_high", Role.COUNT_HIGH));

    /** What a column holds. */
    enum Role {
        ORIGIN,
        DEST,
        PLACE,
        REPORTED,
        START,
        END,
        YEAR,
        SOURCE,
        ID,
        KIND,
        WHAT,
        COUNT,
        PLACE_KIND,
        ORIGIN_KIND,
        DEST_KIND,
        CONTROLLED_BY,
        ORIGIN_CONTROLLED_BY,
        ACCURACY,
        PART_OF,
        QUANTIFIER,
        COUNT_HIGH,
        VALUE,
        DISAGGREGATED,
        KEPT
    }

    /** Whether every non-blank cell of a row is a hashtag (and at least one is). */
    static boolean isHashtagRow(List<String> fields) {
        boolean any = false;
        for (String f : fields) {
            String v = f.strip();
            if (v.isEmpty()) {
                continue;
            }
            if (!TAG.matcher(v).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * @param index the column's position
     * @param header its header
     * @param spec its hashtag, as in the file (a valid tag: see {@link #isHashtagRow})
     * @return the column
     */
    static HxlColumn of(int index, String header, String spec) {
        Matcher m = TAG.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a hashtag: " + spec);
        }
        String tag = m.group(1).toLowerCase(Locale.ROOT);
        List<String> attrs = new ArrayList<>();
        for (String a : m.group(2).split("\\+")) {
            if (!a.isBlank()) {
                attrs.add(a.strip().toLowerCase(Locale.ROOT));
            }
        }
        Set<String> set = Set.copyOf(attrs);
        String norm = "#" + tag + (attrs.isEmpty() ? "" : "+" + String.join("+", attrs));
        if (PLACE_RANK.containsKey(tag)) {
            Role role = set.contains("origin") ? Role.ORIGIN : set.contains("dest") ? Role.DEST : Role.PLACE;
            return new HxlColumn(
                    index, header, norm, role, PLACE_RANK.get(tag), set.contains("code"), "", false, "", set);
        }
        if (tag.equals("date")) {
            Role role = set.contains("start")
                    ? Role.START
                    : set.contains("end")
                            ? Role.END
                            : set.contains("year")
                                    ? Role.YEAR
                                    : attrs.isEmpty() || set.contains("reported") ? Role.REPORTED : Role.KEPT;
            return simple(index, header, norm, role, set);
        }
        if (tag.equals("meta") && attrs.size() == 1) {
            return simple(index, header, norm, META_ROLES.getOrDefault(attrs.get(0), Role.KEPT), set);
        }
        boolean people = tag.equals("population")
                || tag.equals("affected") && attrs.stream().anyMatch(CATEGORIES::contains);
        if (!people || set.contains("hh")) {
            return simple(index, header, norm, Role.KEPT, set);
        }
        return value(index, header, tag, norm, attrs, set);
    }

    private static HxlColumn value(
            int index, String header, String tag, String norm, List<String> attrs, Set<String> set) {
        TreeSet<String> baseAttrs = new TreeSet<>();
        List<String> extra = new ArrayList<>();
        boolean disaggregated = false;
        for (String a : attrs) {
            if (SEX.contains(a) || AGE.matcher(a).matches()) {
                disaggregated = true;
            } else if (!a.equals("ind") && !a.equals("total")) {
                baseAttrs.add(a);
                if (!CATEGORIES.contains(a) && !a.equals("stock") && !FLOW_ATTRIBUTES.contains(a)) {
                    extra.add(a);
                }
            }
        }
        String category = tag.equals("population")
                ? "population"
                : attrs.stream().filter(CATEGORIES::contains).findFirst().orElseThrow();
        boolean stock = set.contains("stock")
                || !(set.stream().anyMatch(FLOW_ATTRIBUTES::contains) || category.equals("displaced"));
        String what = category + (extra.isEmpty() ? "" : " " + String.join(" ", extra));
        String base = "#" + tag + "+" + String.join("+", baseAttrs);
        return new HxlColumn(
                index, header, norm, disaggregated ? Role.DISAGGREGATED : Role.VALUE, 0, false, base, stock, what, set);
    }

    private static HxlColumn simple(int index, String header, String tag, Role role, Set<String> attributes) {
        return new HxlColumn(index, header, tag, role, 0, false, "", false, "", attributes);
    }

    /**
     * The tag this column repeats unrounded, when an attribute ends in {@code _raw} ({@code +conflict_raw} beside
     * {@code +conflict}).
     *
     * @return the twin's tag, or empty
     */
    Optional<String> rawTwinOf() {
        if (attributes.stream().noneMatch(a -> a.endsWith("_raw"))) {
            return Optional.empty();
        }
        return Optional.of(tag.replace("_raw", ""));
    }

    /**
     * @return this {@code #meta+count} column of a report's {@code figures.csv} read as the people counted: a
     *     stock or a flow as the row's {@code #meta+kind} says, its quantifier in {@code #meta+quantifier}
     */
    HxlColumn reportCount() {
        return new HxlColumn(index, header, tag, Role.VALUE, 0, false, tag, false, "people", attributes);
    }

    /** @return this column, kept in the quotes but not read */
    HxlColumn kept() {
        return new HxlColumn(index, header, tag, Role.KEPT, rank, code, base, stock, what, attributes);
    }
}
