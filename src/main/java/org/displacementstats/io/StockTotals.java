package org.displacementstats.io;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Stock;

/**
 * Stock totals that never mix dates nor what is counted: the people present at each date, by what is counted
 * (refugees and IDPs are never added together), and, apart and named so, the latest known figure per place,
 * with the date of its oldest part.
 *
 * <pre>{@code
 * StockTotals totals = StockTotals.of(Importers.idmcGidd(Path.of("idmc-gidd.csv")));
 * totals.atDates();      // 2022-12-31 idps at year end: 5913638 in 1 place, …
 * totals.latestKnown();  // idps at year end: 13368016 in 4 places, oldest part 2016-12-31
 * }</pre>
 *
 * @param atDates one total per date and what is counted, by date then what
 * @param latestKnown one total per what is counted: each place's latest stock, summed
 */
public record StockTotals(List<AtDate> atDates, List<LatestKnown> latestKnown) {

    /**
     * The people present at one date.
     *
     * @param date the date
     * @param what what is counted
     * @param people the sum of the stocks' points
     * @param places how many places the stocks are in
     */
    public record AtDate(LocalDate date, String what, long people, int places) {}

    /**
     * The latest known stock of each place, summed: a total whose parts may be of different dates.
     *
     * @param what what is counted
     * @param people the sum
     * @param places how many places
     * @param latest the newest part's date
     * @param oldest the oldest part's date
     */
    public record LatestKnown(String what, long people, int places, LocalDate latest, LocalDate oldest) {

        /** @return whether every part is of the same date, so that the total is also a total at that date */
        public boolean isOneDate() {
            return latest.equals(oldest);
        }

        /** @return how much older the oldest part is than the newest, in years, months and days */
        public Period oldestPartAge() {
            return Period.between(oldest, latest);
        }
    }

    /**
     * Copies the lists.
     *
     * @param atDates one total per date and what is counted, by date then what
     * @param latestKnown one total per what is counted: each place's latest stock, summed
     */
    public StockTotals {
        atDates = List.copyOf(atDates);
        latestKnown = List.copyOf(latestKnown);
    }

    /**
     * @param dataset the dataset
     * @return the totals of its stated stocks that have a point (vague ones are left out)
     */
    public static StockTotals of(DisplacementDataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        Map<String, Map<LocalDate, Map<String, Long>>> byWhat = new TreeMap<>();
        for (Figure f : dataset.figures()) {
            if (f instanceof Stock s && !s.isDerived() && s.estimate().point().isPresent()) {
                byWhat.computeIfAbsent(s.what(), w -> new TreeMap<>())
                        .computeIfAbsent(s.period().end(), d -> new TreeMap<>())
                        .merge(s.place().name(), s.estimate().point().getAsLong(), Long::sum);
            }
        }
        List<AtDate> atDates = new ArrayList<>();
        List<LatestKnown> latest = new ArrayList<>();
        byWhat.forEach((what, dates) -> {
            Map<String, LocalDate> placeLatest = new TreeMap<>();
            dates.forEach((date, places) -> {
                atDates.add(new AtDate(
                        date,
                        what,
                        places.values().stream().mapToLong(Long::longValue).sum(),
                        places.size()));
                places.keySet().forEach(p -> placeLatest.put(p, date));
            });
            long people = 0;
            LocalDate oldest = null;
            LocalDate newest = null;
            for (Map.Entry<String, LocalDate> e : placeLatest.entrySet()) {
                people += dates.get(e.getValue()).get(e.getKey());
                oldest = oldest == null || e.getValue().isBefore(oldest) ? e.getValue() : oldest;
                newest = newest == null || e.getValue().isAfter(newest) ? e.getValue() : newest;
            }
            latest.add(new LatestKnown(what, people, placeLatest.size(), newest, oldest));
        });
        atDates.sort((a, b) -> a.date().equals(b.date())
                ? a.what().compareTo(b.what())
                : a.date().compareTo(b.date()));
        return new StockTotals(atDates, latest);
    }
}
