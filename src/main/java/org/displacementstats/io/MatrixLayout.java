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
 * per origin.
 *
 * <pre>{@code
 * MatrixLayout layout = MatrixLayout.of(List.of("Governorate", "District"), "Individuals_(.+)")
 *         .withFamilies("Families_(.+)", new BigDecimal("6"));
 * }</pre>
 *
 * @param placeColumns the columns that name the host place, joined with " / " in this order
 * @param originColumns a pattern whose whole match selects an origin column and whose group 1 is the
 *     origin's name; a group 1 of {@code total}, {@code all} or {@code sum} marks the row-total column instead
 * @param familiesColumns the same for households ("families"), if the file has them
 * @param householdSize people per household, to count households as individuals when an origin has no
 *     individuals value; the product is rounded half up to whole people and stated as "about"
 * @param date the day the matrix describes; when empty, the import's date ({@link ImportOptions#on}) must be given
 *     (never the file's last-modified day)
 */
public record MatrixLayout(
        List<String> placeColumns,
        Pattern originColumns,
        Optional<Pattern> familiesColumns,
        Optional<BigDecimal> householdSize,
        Optional<LocalDate> date) {

    /**
     * Validates the columns and the household size.
     *
     * @param placeColumns the columns that name the host place, joined with " / " in this order
     * @param originColumns a pattern whose whole match selects an origin column and whose group 1 is the origin's
     *     name; a group 1 of {@code total}, {@code all} or {@code sum} marks the row-total column instead
     * @param familiesColumns the same for households ("families"), if the file has them
     * @param householdSize people per household, to count households as individuals when an origin has no
     *     individuals value; the product is rounded half up to whole people and stated as "about"
     * @param date the day the matrix describes; when empty, the import's date ({@link ImportOptions#on}) must be given
     */
    public MatrixLayout {
        Objects.requireNonNull(placeColumns, "MatrixLayout.placeColumns");
        placeColumns = List.copyOf(placeColumns);
        if (placeColumns.isEmpty()) {
            throw new DisplacementDataException(
                    "MatrixLayout.placeColumns must name at least one column but was empty");
        }
        requireGroup("MatrixLayout.originColumns", originColumns);
        Objects.requireNonNull(familiesColumns, "MatrixLayout.familiesColumns");
        familiesColumns.ifPresent(p -> requireGroup("MatrixLayout.familiesColumns", p));
        Objects.requireNonNull(householdSize, "MatrixLayout.householdSize");
        householdSize.ifPresent(s -> {
            if (s.signum() <= 0 || s.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new DisplacementDataException(
                        "MatrixLayout.householdSize must be > 0 and <= 100 but was " + s.toPlainString());
            }
        });
        Objects.requireNonNull(date, "MatrixLayout.date");
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
                Optional.of(size),
                date);
    }

    /**
     * @param day the day the matrix describes
     * @return this layout with that day
     */
    public MatrixLayout on(LocalDate day) {
        return new MatrixLayout(placeColumns, originColumns, familiesColumns, householdSize, Optional.of(day));
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
