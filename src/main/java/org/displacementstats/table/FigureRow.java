package org.displacementstats.table;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.PeriodAccuracy;
import org.displacementstats.figure.Quantifier;

/**
 * One row of {@link SummaryTables#figures()}: a figure, stated or derived, with its estimate and its provenance.
 * Equal rows have equal fields. Immutable and safe to share between threads.
 */
public final class FigureRow {
    /** Column {@value}: the figure's id. */
    public static final String ID = "id";
    /** Column {@value}: {@code stock} or {@code flow}. */
    public static final String KIND = "kind";
    /** Column {@value}: what is counted. */
    public static final String WHAT = "what";
    /** Column {@value}: a stock's place. */
    public static final String PLACE = "place";
    /** Column {@value}: a flow's origin. */
    public static final String ORIGIN = "origin";
    /** Column {@value}: a flow's destination. */
    public static final String DESTINATION = "destination";
    /** Column {@value}: who controls the place or the destination. */
    public static final String CONTROLLED_BY = "controlled_by";
    /** Column {@value}: the first day of the period. */
    public static final String PERIOD_START = "period_start";
    /** Column {@value}: the last day of the period. */
    public static final String PERIOD_END = "period_end";
    /** Column {@value}: how precisely the source dates it, in lower case. */
    public static final String PERIOD_ACCURACY = "period_accuracy";
    /** Column {@value}: the quantifier's name in the data files ({@code nearly}, {@code at_least}). */
    public static final String QUANTIFIER = "quantifier";
    /** Column {@value}: the stated number. */
    public static final String COUNT = "count";
    /** Column {@value}: the upper number of a « between » count. */
    public static final String COUNT_HIGH = "count_high";
    /** Column {@value}: the point estimate. */
    public static final String POINT = "point";
    /** Column {@value}: its lower bound. */
    public static final String LOW = "low";
    /** Column {@value}: true when {@link #LOW} is unbounded below (its cell is then missing). */
    public static final String LOW_UNBOUNDED = "low_unbounded";
    /** Column {@value}: its upper bound; missing when unbounded. */
    public static final String HIGH = "high";
    /** Column {@value}: true when {@link #HIGH} is unbounded above (its cell is then missing). */
    public static final String HIGH_UNBOUNDED = "high_unbounded";
    /** Column {@value}: the id of the flow this one is part of. */
    public static final String PART_OF = "part_of";
    /** Column {@value}: the formula of a derived figure. */
    public static final String DERIVED_AS = "derived_as";
    /** Column {@value}: the source's id. */
    public static final String SOURCE = "source";
    /** Column {@value}: the source's exact words. */
    public static final String QUOTE = "quote";
    /** Column {@value}: where the quote starts in the source's text. */
    public static final String QUOTE_START = "quote_start";
    /** Column {@value}: where it ends. */
    public static final String QUOTE_END = "quote_end";

    /** The columns of {@code figures}, in order. */
    public static final Columns<FigureRow> COLUMNS = Columns.<FigureRow>named("figures")
            .text(ID, FigureRow::id)
            .text(KIND, FigureRow::kind)
            .text(WHAT, FigureRow::what)
            .optionalText(PLACE, FigureRow::place)
            .optionalText(ORIGIN, FigureRow::origin)
            .optionalText(DESTINATION, FigureRow::destination)
            .optionalText(CONTROLLED_BY, FigureRow::controlledBy)
            .date(PERIOD_START, FigureRow::periodStart)
            .date(PERIOD_END, FigureRow::periodEnd)
            .text(PERIOD_ACCURACY, r -> r.periodAccuracy().csvName())
            .optionalText(QUANTIFIER, r -> r.quantifier().map(Quantifier::csvName))
            .optionalPeople(COUNT, FigureRow::count)
            .optionalPeople(COUNT_HIGH, FigureRow::countHigh)
            .estimate(POINT, LOW, HIGH, FigureRow::estimate)
            .optionalText(PART_OF, FigureRow::partOf)
            .optionalText(DERIVED_AS, FigureRow::derivedAs)
            .optionalText(SOURCE, FigureRow::source)
            .optionalText(QUOTE, FigureRow::quote)
            .optionalPeople(QUOTE_START, FigureRow::quoteStart)
            .optionalPeople(QUOTE_END, FigureRow::quoteEnd)
            .build();

    private final String id;
    private final String kind;
    private final String what;
    private final Optional<String> place;
    private final Optional<String> origin;
    private final Optional<String> destination;
    private final Optional<String> controlledBy;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final PeriodAccuracy periodAccuracy;
    private final Optional<Quantifier> quantifier;
    private final OptionalLong count;
    private final OptionalLong countHigh;
    private final Estimate estimate;
    private final Optional<String> partOf;
    private final Optional<String> derivedAs;
    private final Optional<String> source;
    private final Optional<String> quote;
    private final OptionalLong quoteStart;
    private final OptionalLong quoteEnd;

    FigureRow(
            String id,
            String kind,
            String what,
            Optional<String> place,
            Optional<String> origin,
            Optional<String> destination,
            Optional<String> controlledBy,
            LocalDate periodStart,
            LocalDate periodEnd,
            PeriodAccuracy periodAccuracy,
            Optional<Quantifier> quantifier,
            OptionalLong count,
            OptionalLong countHigh,
            Estimate estimate,
            Optional<String> partOf,
            Optional<String> derivedAs,
            Optional<String> source,
            Optional<String> quote,
            OptionalLong quoteStart,
            OptionalLong quoteEnd) {
        this.id = component(id);
        this.kind = component(kind);
        this.what = component(what);
        this.place = component(place);
        this.origin = component(origin);
        this.destination = component(destination);
        this.controlledBy = component(controlledBy);
        this.periodStart = component(periodStart);
        this.periodEnd = component(periodEnd);
        this.periodAccuracy = component(periodAccuracy);
        this.quantifier = component(quantifier);
        this.count = component(count);
        this.countHigh = component(countHigh);
        this.estimate = component(estimate);
        this.partOf = component(partOf);
        this.derivedAs = component(derivedAs);
        this.source = component(source);
        this.quote = component(quote);
        this.quoteStart = component(quoteStart);
        this.quoteEnd = component(quoteEnd);
    }

    /** Checks a component: one by one, not through a list, as an import makes a row per figure. */
    private static <T> T component(T value) {
        return Objects.requireNonNull(value, "FigureRow components are never null");
    }

    /** @return the figure's id */
    public String id() {
        return id;
    }

    /** @return {@code stock} or {@code flow} */
    public String kind() {
        return kind;
    }

    /** @return what is counted */
    public String what() {
        return what;
    }

    /** @return a stock's place */
    public Optional<String> place() {
        return place;
    }

    /** @return a flow's origin */
    public Optional<String> origin() {
        return origin;
    }

    /** @return a flow's destination, if stated */
    public Optional<String> destination() {
        return destination;
    }

    /** @return who controls the stock's place or the flow's destination, if stated */
    public Optional<String> controlledBy() {
        return controlledBy;
    }

    /** @return the first day of the figure's period */
    public LocalDate periodStart() {
        return periodStart;
    }

    /** @return the last day */
    public LocalDate periodEnd() {
        return periodEnd;
    }

    /** @return how precisely the source dates it */
    public PeriodAccuracy periodAccuracy() {
        return periodAccuracy;
    }

    /** @return the stated count's quantifier, if there is a count */
    public Optional<Quantifier> quantifier() {
        return quantifier;
    }

    /** @return the stated number ({@code 10000} of « près de 10.000 »); empty for a vague count or none */
    public OptionalLong count() {
        return count;
    }

    /** @return the upper number of a « between » count */
    public OptionalLong countHigh() {
        return countHigh;
    }

    /** @return the point and interval used in computations */
    public Estimate estimate() {
        return estimate;
    }

    /** @return the id of the flow this one is part of, if any */
    public Optional<String> partOf() {
        return partOf;
    }

    /** @return the formula of a derived figure */
    public Optional<String> derivedAs() {
        return derivedAs;
    }

    /** @return the source's id, if any */
    public Optional<String> source() {
        return source;
    }

    /** @return the source's exact words, if quoted */
    public Optional<String> quote() {
        return quote;
    }

    /** @return where the quote starts in the source's text */
    public OptionalLong quoteStart() {
        return quoteStart;
    }

    /** @return where it ends */
    public OptionalLong quoteEnd() {
        return quoteEnd;
    }

    private List<Object> components() {
        return Arrays.asList(
                id,
                kind,
                what,
                place,
                origin,
                destination,
                controlledBy,
                periodStart,
                periodEnd,
                periodAccuracy,
                quantifier,
                count,
                countHigh,
                estimate,
                partOf,
                derivedAs,
                source,
                quote,
                quoteStart,
                quoteEnd);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FigureRow r && components().equals(r.components());
    }

    @Override
    public int hashCode() {
        return components().hashCode();
    }

    /** @return the row as a record would print it: {@code FigureRow[id=..., ...]} */
    @Override
    public String toString() {
        return "FigureRow[id=" + id + ", kind=" + kind + ", what=" + what + ", place=" + place + ", origin=" + origin
                + ", destination=" + destination + ", controlledBy=" + controlledBy + ", periodStart=" + periodStart
                + ", periodEnd=" + periodEnd + ", periodAccuracy=" + periodAccuracy + ", quantifier=" + quantifier
                + ", count=" + count + ", countHigh=" + countHigh + ", estimate=" + estimate + ", partOf=" + partOf
                + ", derivedAs=" + derivedAs + ", source=" + source + ", quote=" + quote + ", quoteStart=" + quoteStart
                + ", quoteEnd=" + quoteEnd + "]";
    }
}
