package org.displacementstats.io;

import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Stock;

/**
 * Stock totals that never mix dates nor what is counted: the people present at each date, by what is counted
 * (refugees and IDPs are never added together), and, apart and named so, the latest known figure per place,
 * with the date of its oldest part.
 *
 * <pre>{@code
 * StockTotals totals = StockTotals.of(Importers.idmcGidd(Path.of("idmc-gidd.csv")).dataset());
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
        Builder b = new Builder();
        dataset.figures().forEach(b::add);
        return b.build();
    }

    /**
     * Adds the totals up one figure at a time, for an import too large to hold whole; keeps one sum per date and
     * what is counted, and one per place, never the figures. The sums at dates are kept in pages of 256
     * consecutive days (a daily series of a million days costs some 12 bytes a day), the places at a
     * date as numbers, in a set only for dates with more than one place.
     */
    public static final class Builder {
        private final Map<String, Long2ObjectOpenHashMap<DayPage>> byWhat = new TreeMap<>();
        private final Map<String, Map<String, PlaceLatest>> latestByWhat = new TreeMap<>();
        private final Object2IntOpenHashMap<String> placeNumbers = new Object2IntOpenHashMap<>();
        private final LongSlab slab = new LongSlab(DayPage.RUN);

        /** Starts with no stock. */
        public Builder() {}

        /**
         * Adds a figure, if it is a stated stock with a point.
         *
         * @param f the figure
         */
        public void add(Figure f) {
            if (!(f instanceof Stock s) || s.isDerived() || s.estimate().point().isEmpty()) {
                return;
            }
            long point = s.estimate().point().getAsLong();
            LocalDate date = s.period().end();
            String place = s.place().name();
            int number = placeNumbers.getOrDefault(place, -1);
            if (number < 0) {
                number = placeNumbers.size();
                placeNumbers.put(place, number);
            }
            long day = date.toEpochDay();
            Long2ObjectOpenHashMap<DayPage> pages =
                    byWhat.computeIfAbsent(s.what(), w -> new Long2ObjectOpenHashMap<>());
            DayPage page = pages.get(Math.floorDiv(day, DAYS));
            if (page == null) {
                page = new DayPage(slab);
                pages.put(Math.floorDiv(day, DAYS), page);
            }
            page.add(Math.floorMod(day, DAYS), number, point);
            latestByWhat
                    .computeIfAbsent(s.what(), w -> new TreeMap<>())
                    .computeIfAbsent(place, p -> new PlaceLatest())
                    .add(date, point);
        }

        /** @return the totals of the stocks added */
        public StockTotals build() {
            List<AtDate> atDates = new ArrayList<>();
            byWhat.forEach((what, pages) -> pages.long2ObjectEntrySet().stream()
                    .sorted(Comparator.comparingLong(Long2ObjectMap.Entry::getLongKey))
                    .forEach(e -> e.getValue().totals(e.getLongKey() * DAYS, what, atDates::add)));
            List<LatestKnown> latest = new ArrayList<>();
            latestByWhat.forEach((what, places) -> {
                long people = 0;
                LocalDate oldest = null;
                LocalDate newest = null;
                for (PlaceLatest p : places.values()) {
                    people += p.people;
                    oldest = oldest == null || p.date.isBefore(oldest) ? p.date : oldest;
                    newest = newest == null || p.date.isAfter(newest) ? p.date : newest;
                }
                latest.add(new LatestKnown(what, people, places.size(), newest, oldest));
            });
            atDates.sort((a, b) -> a.date().equals(b.date())
                    ? a.what().compareTo(b.what())
                    : a.date().compareTo(b.date()));
            return new StockTotals(atDates, latest);
        }
    }

    /** Days per {@link DayPage}. */
    private static final int DAYS = 256;

    /**
     * The people at each of {@link #DAYS} consecutive days, and in how many places: a day's first place is kept as
     * a number, the others, on days that have several, in a {@link DayPlaces}. The sums and first places are a run
     * of a {@link LongSlab}: {@link #DAYS} sums, then the first places, two to a {@code long}.
     */
    private static final class DayPage {
        /** The longs of a page's run. */
        static final int RUN = DAYS + DAYS / 2;

        private final long[] block;
        private final int start;
        /** The places of each day that has more than one, or {@code null}. */
        private DayPlaces[] places;

        DayPage(LongSlab slab) {
            this.start = slab.next();
            this.block = slab.block();
        }

        /** @return 1 + the number of the day's first place; 0 for a day with no stock */
        private int firstPlace(int day) {
            return (int) (block[start + DAYS + (day >>> 1)] >>> ((day & 1) << 5));
        }

        private void firstPlace(int day, int placePlusOne) {
            block[start + DAYS + (day >>> 1)] |= (long) placePlusOne << ((day & 1) << 5);
        }

        void add(int day, int place, long point) {
            block[start + day] += point;
            int first = firstPlace(day);
            if (first == 0) {
                firstPlace(day, place + 1);
            } else if (first != place + 1) {
                if (places == null) {
                    places = new DayPlaces[DAYS];
                }
                if (places[day] == null) {
                    places[day] = new DayPlaces();
                    places[day].add(first - 1);
                }
                places[day].add(place);
            }
        }

        /** Hands over the total of each day that has a stock, in date order. */
        void totals(long firstDay, String what, Consumer<AtDate> out) {
            for (int d = 0; d < DAYS; d++) {
                if (firstPlace(d) != 0) {
                    int n = places == null || places[d] == null ? 1 : places[d].size();
                    out.accept(new AtDate(LocalDate.ofEpochDay(firstDay + d), what, block[start + d], n));
                }
            }
        }
    }

    /**
     * The places of one day: bits by place number while there are at least about as many places as 64-bit words
     * (a table of 200 countries a day costs 4 words a day, not a hash set of 512 slots), else a hash set. A long
     * import keeps one per day, and young collections copy them until they are old.
     */
    static final class DayPlaces {
        private long[] bits = new long[1];
        private IntOpenHashSet set;
        private int size;

        /** @param place a place's number, from 0 */
        void add(int place) {
            if (set != null) {
                set.add(place);
                return;
            }
            int word = place >>> 6;
            if (word >= bits.length) {
                if (word + 1 > 4 + 2 * size) {
                    set = new IntOpenHashSet(2 * size + 2);
                    for (int w = 0; w < bits.length; w++) {
                        for (long b = bits[w]; b != 0; b &= b - 1) {
                            set.add(w << 6 | Long.numberOfTrailingZeros(b));
                        }
                    }
                    set.add(place);
                    bits = null;
                    return;
                }
                bits = Arrays.copyOf(bits, word + 1);
            }
            long bit = 1L << place;
            if ((bits[word] & bit) == 0) {
                bits[word] |= bit;
                size++;
            }
        }

        /** @return how many different places were added */
        int size() {
            return set != null ? set.size() : size;
        }
    }

    /** A place's latest date and the people there at that date. */
    private static final class PlaceLatest {
        private LocalDate date;
        private long people;

        void add(LocalDate at, long point) {
            if (date == null || at.isAfter(date)) {
                date = at;
                people = point;
            } else if (at.equals(date)) {
                people += point;
            }
        }
    }
}
