package org.displacementstats.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.figure.Stock;
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
        Source source = Source.builder("hostile")
                .publisher("Agence <i>\"&amp;\"</i>")
                .document("<img src=x onerror=alert(1)>")
                .published(LocalDate.of(2016, 11, 29))
                .build();
        Period days = Period.days(LocalDate.of(2016, 11, 27), LocalDate.of(2016, 11, 28));
        Place east = Place.controlled("Alep-Est", PlaceKind.DISTRICT, "rebels & <i>co</i>");
        Place enclave = Place.controlled("Cheikh \"Maqsoud\"", PlaceKind.ENCLAVE, "<Kurdish> forces");
        Stock population = Stock.stated("population")
                .what("residents")
                .in(east)
                .count(Count.exact(250_000))
                .during(days)
                .evidence(
                        Evidence.stated(source, Quote.locate(TEXT, "Alep-Est comptait <b>250.000</b> habitants", 20)));
        Flow fled = Flow.stated("fled")
                .what("fled")
                .from(east)
                .count(Count.nearly(10_000))
                .during(days)
                .evidence(Evidence.stated(source, Quote.locate(TEXT, HOSTILE_QUOTE, 20)));
        Flow part = Flow.stated("fled-to-enclave")
                .what("fled")
                .from(east)
                .to(enclave)
                .count(Count.exact(12_000))
                .during(days)
                .partOf("fled")
                .evidence(Evidence.stated(source, Quote.locate(TEXT, "dont 12.000 vers Cheikh Maqsoud", 20)));
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
