package org.displacementstats.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.displacementstats.DisplacementDataException;

/**
 * The columns of a wide origin × destination matrix (IOM DTM style): one row per host place, one column
 * per origin. Built with {@link #of}, then {@link #withFamilies(String, BigDecimal)} and {@link #on}:
 *
 * <pre>{@code
 * MatrixLayout layout = MatrixLayout.of(List.of("Governorate", "District"), "Individuals_(.+)")
 *         .withFamilies("Families_(.+)", new BigDecimal("6"));
 * }</pre>
 *
 * <p>Equal layouts have equal columns, patterns (their text and flags), household sizes and days. Immutable and
 * safe to share between threads.
 */
public final class MatrixLayout {
    private final List<String> placeColumns;
    private final Pattern originColumns;
    private final Optional<Pattern> familiesColumns;
    private final Optional<BigDecimal> householdSize;
    private final Optional<LocalDate> date;

    private MatrixLayout(
            List<String> placeColumns,
            Pattern originColumns,
            Optional<Pattern> familiesColumns,
            Optional<BigDecimal> householdSize,
            Optional<LocalDate> date) {
        Objects.requireNonNull(placeColumns, "MatrixLayout.placeColumns");
        placeColumns = List.copyOf(placeColumns);
        if (placeColumns.isEmpty()) {
            throw new DisplacementDataException(
                    "MatrixLayout.placeColumns must name at least one column but was empty");
        }
        requireGroup("MatrixLayout.originColumns", originColumns);
        familiesColumns.ifPresent(p -> requireGroup("MatrixLayout.familiesColumns", p));
        householdSize.ifPresent(s -> {
            if (s.signum() <= 0 || s.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new DisplacementDataException(
                        "MatrixLayout.householdSize must be > 0 and <= 100 but was " + s.toPlainString());
            }
        });
        this.placeColumns = placeColumns;
        this.originColumns = originColumns;
        this.familiesColumns = familiesColumns;
        this.householdSize = householdSize;
        this.date = date;
    }

    private static void requireGroup(String field, Pattern p) {
        Objects.requireNonNull(p, field);
        if (p.matcher("").groupCount() < 1) {
            throw new DisplacementDataException(field + " must have a group 1 that captures the origin's name (like"
                    + " 'Individuals_(.+)') but was '" + p.pattern() + "'");
        }
    }

    /**
     * A layout with individuals columns only.
     *
     * @param placeColumns the columns naming the host place
     * @param originRegex the origin columns' pattern, group 1 the origin's name
     * @return the layout
     * @throws DisplacementDataException if the pattern is not a valid regular expression with a group
     */
    public static MatrixLayout of(List<String> placeColumns, String originRegex) {
        return new MatrixLayout(
                placeColumns,
                compile("MatrixLayout.originColumns", originRegex),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * @param familiesRegex the families columns' pattern, group 1 the origin's name
     * @param size people per household
     * @return this layout with households counted as individuals
     */
    public MatrixLayout withFamilies(String familiesRegex, BigDecimal size) {
        return new MatrixLayout(
                placeColumns,
                originColumns,
                Optional.of(compile("MatrixLayout.familiesColumns", familiesRegex)),
                Optional.of(Objects.requireNonNull(size, "MatrixLayout.householdSize")),
                date);
    }

    /**
     * Names the families columns without a household size: they are recognised, not read as origins, and kept
     * (listed in {@link ImportResult#keptColumns()}) rather than counted as people.
     *
     * @param familiesRegex the families columns' pattern, group 1 the origin's name
     * @return this layout with families columns and no household size
     */
    public MatrixLayout withFamilies(String familiesRegex) {
        return new MatrixLayout(
                placeColumns,
                originColumns,
                Optional.of(compile("MatrixLayout.familiesColumns", familiesRegex)),
                Optional.empty(),
                date);
    }

    /**
     * @param day the day the matrix describes
     * @return this layout with that day
     */
    public MatrixLayout on(LocalDate day) {
        return new MatrixLayout(
                placeColumns,
                originColumns,
                familiesColumns,
                householdSize,
                Optional.of(Objects.requireNonNull(day, "MatrixLayout.date")));
    }

    /** @return the columns that name the host place, joined with " / " in this order */
    public List<String> placeColumns() {
        return placeColumns;
    }

    /**
     * @return a pattern whose whole match selects an origin column and whose group 1 is the origin's name; a group
     *     1 of {@code total}, {@code all} or {@code sum} marks the row-total column instead
     */
    public Pattern originColumns() {
        return originColumns;
    }

    /** @return the same for households ("families"), if the file has them */
    public Optional<Pattern> familiesColumns() {
        return familiesColumns;
    }

    /**
     * @return people per household, to count households as individuals when an origin has no individuals value;
     *     the product is rounded half up to whole people and stated as "about"
     */
    public Optional<BigDecimal> householdSize() {
        return householdSize;
    }

    /**
     * @return the day the matrix describes; when empty, the import's date ({@link ImportOptions#on}) must be given
     *     (never the file's last-modified day)
     */
    public Optional<LocalDate> date() {
        return date;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatrixLayout m
                && placeColumns.equals(m.placeColumns)
                && samePattern(originColumns, m.originColumns)
                && familiesColumns.isPresent() == m.familiesColumns.isPresent()
                && (familiesColumns.isEmpty() || samePattern(familiesColumns.get(), m.familiesColumns.get()))
                && householdSize.equals(m.householdSize)
                && date.equals(m.date);
    }

    private static boolean samePattern(Pattern a, Pattern b) {
        return a.pattern().equals(b.pattern()) && a.flags() == b.flags();
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                placeColumns, originColumns.pattern(), familiesColumns.map(Pattern::pattern), householdSize, date);
    }

    /** @return the layout as a record would print it: {@code MatrixLayout[placeColumns=[Governorate], ...]} */
    @Override
    public String toString() {
        return "MatrixLayout[placeColumns=" + placeColumns + ", originColumns=" + originColumns + ", familiesColumns="
                + familiesColumns + ", householdSize=" + householdSize + ", date=" + date + "]";
    }

    static Pattern compile(String field, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new DisplacementDataException(
                    field + " must be a regular expression but '" + regex + "' is not: " + e.getDescription(), e);
        }
    }
}
