package org.displacementstats.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.DateBasis;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;

/**
 * A dataset whose source text, quotes and names hold markup, quotes and ampersands, and whose part is larger than
 * its whole (a failing check).
 */
final class HostileData {
    /** The quote of the flow out: markup that a careless page would run. */
    static final String HOSTILE_QUOTE = "<script>window.hacked = 1</script> & \"près de 10.000\" personnes ont fui";

    static final String TEXT = "Le 28 novembre, " + HOSTILE_QUOTE + " Alep-Est, dont 12.000 vers Cheikh Maqsoud."
            + " Alep-Est comptait <b>250.000</b> habitants.";

    private HostileData() {}

    static DisplacementDataset dataset() {
        Source source = new Source(
                "hostile",
                "Agence <i>\"&amp;\"</i>",
                "<img src=x onerror=alert(1)>",
                LocalDate.of(2016, 11, 29),
                DateBasis.STATED,
                Optional.empty(),
                "");
        Period days = Period.days(LocalDate.of(2016, 11, 27), LocalDate.of(2016, 11, 28));
        Place east = Place.controlled("Alep-Est", PlaceKind.DISTRICT, "rebels & <i>co</i>");
        Place enclave = Place.controlled("Cheikh \"Maqsoud\"", PlaceKind.ENCLAVE, "<Kurdish> forces");
        Stock population = new Stock(
                "population",
                "residents",
                east,
                days,
                Optional.of(Count.exact(250_000)),
                Estimate.of(Count.exact(250_000), QuantifierPolicy.DEFAULT),
                Evidence.stated(source, Quote.locate(TEXT, "Alep-Est comptait <b>250.000</b> habitants", 20)));
        Flow fled = new Flow(
                "fled",
                "fled",
                east,
                Optional.empty(),
                days,
                Optional.of(Count.nearly(10_000)),
                Estimate.of(Count.nearly(10_000), QuantifierPolicy.DEFAULT),
                Optional.empty(),
                Evidence.stated(source, Quote.locate(TEXT, HOSTILE_QUOTE, 20)));
        Flow part = new Flow(
                "fled-to-enclave",
                "fled",
                east,
                Optional.of(enclave),
                days,
                Optional.of(Count.exact(12_000)),
                Estimate.of(Count.exact(12_000), QuantifierPolicy.DEFAULT),
                Optional.of("fled"),
                Evidence.stated(source, Quote.locate(TEXT, "dont 12.000 vers Cheikh Maqsoud", 20)));
        return DisplacementDataset.of(
                "hostile <test> & \"co\"",
                QuantifierPolicy.DEFAULT,
                List.of(source),
                List.of(population, fled, part),
                List.of(),
                List.of(),
                Map.of("hostile", TEXT));
    }
}
