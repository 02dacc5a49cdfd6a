package org.displacementstats.figure;

import java.time.LocalDate;
import java.util.List;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.Lineage;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;

/** Valid building blocks for figure tests, so each test changes only the field it is about. */
final class Fixtures {
    static final Source SOURCE = Source.builder("afp-osdh-2016-11-29")
            .publisher("AFP, citing OSDH")
            .document("Aleppo article")
            .inferred(LocalDate.of(2016, 11, 29), "« hier » is Mon 28 Nov")
            .build();
    static final Quote QUOTE = new Quote("Près de 10.000", "", "", 0, 14);
    static final Lineage LINEAGE = Lineage.difference("fled-east-aleppo", List.of("fled-to-sheikh-maqsoud"));
    static final Evidence STATED = Evidence.stated(SOURCE, QUOTE);
    static final Evidence DERIVED = Evidence.derived(LINEAGE);
    static final Evidence QUOTED_AND_DERIVED = Evidence.derived(SOURCE, QUOTE, LINEAGE);
    static final Place EAST_ALEPPO = Place.of("Alep-Est", PlaceKind.DISTRICT);
    static final Place SHEIKH_MAQSOUD = Place.controlled("Cheikh Maqsoud", PlaceKind.ENCLAVE, "Kurdish forces");
    static final Period TWO_DAYS = Period.days(LocalDate.of(2016, 11, 27), LocalDate.of(2016, 11, 28));

    private Fixtures() {}

    static Estimate estimateOf(Count count) {
        return Estimate.of(count, QuantifierPolicy.DEFAULT);
    }
}
