package org.displacementstats.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Claim;
import org.displacementstats.figure.ClaimRole;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.PeriodAccuracy;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;

/**
 * The draft dataset of {@code extract --dataset}: one source per text, one figure per claim (its most telling
 * quantifier, the quote of that mention), the other mentions of a claim as quotes in {@code claims.csv}. What the
 * text does not say is filled so that the files read, and marked for the analyst: the date is the one given with
 * {@code --date}, else the first full date the text prints, as in a dateline; periods are that day, approximate;
 * a missing place is « unknown place of … ».
 */
final class DraftDataset {
    private static final String MONTHS_FR =
            "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre" + "|novembre|décembre";
    private static final String MONTHS_EN =
            "January|February|March|April|May|June|July|August|September|October" + "|November|December";
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(?iU)\\b(\\d{1,2})(?:er)? (" + MONTHS_FR + "|" + MONTHS_EN + ") (\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b(" + MONTHS_EN + ") (\\d{1,2}),? (\\d{4})\\b");
    private static final List<String> MONTHS =
            List.of((MONTHS_FR + "|" + MONTHS_EN).toLowerCase(Locale.ROOT).split("\\|"));

    private DraftDataset() {}

    static String textFileName(ExtractedText t) {
        return t.sourceId() + ".txt";
    }

    static DisplacementDataset of(List<ExtractedText> texts) {
        List<Source> sources = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        Map<String, String> sourceTexts = new LinkedHashMap<>();
        Map<String, Place> places = new LinkedHashMap<>();
        for (ExtractedText t : texts) {
            Optional<LocalDate> printed = firstDate(t.text());
            LocalDate date = t.published()
                    .or(() -> printed)
                    .orElseThrow(() -> new DisplacementDataException(t.name()
                            + ": the text prints no full date, and a draft source needs the day it was published;"
                            + " give it with --date YYYY-MM-DD (never taken from the file system)"));
            Source source = Source.builder(t.sourceId())
                    .publisher("to fill in: publisher (draft by extract)")
                    .document("to fill in: title of " + t.name())
                    .inferred(
                            date,
                            "Draft written by extract from " + t.name() + ": the date is "
                                    + (t.published().isPresent()
                                            ? "the one given with --date"
                                            : "the first full date the text prints")
                                    + "; check every figure, place and period.")
                    .textFile(Extraction.TEXTS + "/" + textFileName(t))
                    .build();
            sources.add(source);
            sourceTexts.put(source.id(), t.text());
            Period period = new Period(date, date, PeriodAccuracy.APPROXIMATE);
            Map<String, List<Mention>> byClaim = new LinkedHashMap<>();
            t.mentions()
                    .forEach(m -> byClaim.computeIfAbsent(m.claim(), k -> new ArrayList<>())
                            .add(m));
            for (List<Mention> mentions : byClaim.values()) {
                Mention chosen = mentions.stream()
                        .filter(m -> m.count().quantifier() != Quantifier.EXACT)
                        .findFirst()
                        .orElse(mentions.get(0));
                String id = t.sourceId() + "-" + chosen.claim();
                figures.add(figure(id, chosen, source, period, places));
                if (mentions.size() > 1) {
                    List<Quote> quotes = mentions.stream().map(Mention::quote).toList();
                    claims.add(new Claim(id + "-text", id, ClaimRole.TRIANGULATION, chosen.count(), source, quotes));
                }
            }
        }
        return DisplacementDataset.of(
                "draft", QuantifierPolicy.DEFAULT, sources, figures, claims, List.of(), sourceTexts);
    }

    private static Figure figure(String id, Mention m, Source source, Period period, Map<String, Place> places) {
        Count count = m.count();
        Evidence evidence = Evidence.stated(source, m.quote());
        String what = m.unit() == Unit.HOUSEHOLDS ? m.what() + " (households)" : m.what();
        if (m.kind() == Kind.STOCK) {
            Place place = place(m.hints().place().or(() -> m.hints().origin()), id, places);
            return Stock.stated(id)
                    .what(what)
                    .in(place)
                    .count(count)
                    .during(period)
                    .evidence(evidence);
        }
        Place origin = place(m.hints().origin().or(() -> m.hints().place()), id, places);
        Flow.Builder flow = Flow.stated(id).what(what).from(origin).count(count).during(period);
        m.hints().destination().map(d -> place(Optional.of(d), id, places)).ifPresent(flow::to);
        return flow.evidence(evidence);
    }

    private static Place place(Optional<String> name, String figureId, Map<String, Place> places) {
        String n = name.orElse("unknown place of " + figureId);
        String lower = n.toLowerCase(Locale.ROOT);
        PlaceKind kind = lower.startsWith("zones") || lower.contains("areas") || lower.contains("-held")
                ? PlaceKind.AREAS_HELD
                : name.isEmpty() ? PlaceKind.REGION : PlaceKind.CITY;
        return places.computeIfAbsent(n, k -> Place.of(k, kind));
    }

    /** The first full date the text prints (« 1er décembre 2016 », "1 December 2016", "December 1, 2016"). */
    static Optional<LocalDate> firstDate(String text) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        Matcher e = MONTH_DAY_YEAR.matcher(text);
        boolean dayFirst = m.find();
        boolean monthFirst = e.find();
        if (dayFirst && (!monthFirst || m.start() < e.start())) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        return monthFirst ? date(e.group(3), e.group(1), e.group(2)) : Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        int index = MONTHS.indexOf(month.toLowerCase(Locale.ROOT));
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), index % 12 + 1, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
