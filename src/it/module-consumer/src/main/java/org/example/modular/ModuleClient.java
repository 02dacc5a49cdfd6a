package org.example.modular;

import static org.displacementstats.figure.Count.about;
import static org.displacementstats.figure.Count.atLeast;

import java.io.StringReader;
import java.lang.module.ModuleDescriptor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.DatasetSource;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.Stock;
import org.displacementstats.provenance.Source;
import org.displacementstats.provenance.SourceText;
import org.displacementstats.table.SummaryTables;
import tech.tablesaw.api.Table;

/**
 * A module-path client: two figures built with the builders, every problem of a broken dataset, a dataset read from
 * readers, and a Tablesaw table. Exits with status 1 on the first check that fails.
 */
public final class ModuleClient {
    private static final String TEXT = "Quelque 250.000 habitants vivaient à Tal Rifaat. Au moins 4.000 d'entre eux"
            + " ont fui vers Afrin, selon l'OSDH.";

    private ModuleClient() {}

    /**
     * Runs the checks.
     *
     * @param args none
     */
    public static void main(String[] args) {
        Module library = DisplacementDataset.class.getModule();
        check(ModuleClient.class.getModule().isNamed(), "the client runs as a named module");
        check("org.displacementstats".equals(library.getName()), "the library is the module org.displacementstats");
        check(!library.isExported("org.displacementstats.internal"), "the internal package is not exported");
        System.out.println("exported: "
                + new TreeSet<>(library.getDescriptor().exports().stream()
                        .map(ModuleDescriptor.Exports::source)
                        .toList()));

        SourceText article = Source.builder("afp-2016-12-01")
                .publisher("AFP, citing OSDH")
                .document("Syrie: exode de Tal Rifaat")
                .published(LocalDate.of(2016, 12, 1))
                .withText(TEXT);
        Place talRifaat = Place.of("Tal Rifaat", PlaceKind.CITY);
        Place afrin = Place.controlled("Afrin", PlaceKind.CITY, "Kurdish forces");
        Stock residents = Stock.stated("tal-rifaat-residents")
                .in(talRifaat)
                .count(about(250_000))
                .on(LocalDate.of(2016, 11, 30))
                .quote(article, "Quelque 250.000 habitants");
        Flow fled = Flow.stated("fled-tal-rifaat")
                .from(talRifaat)
                .to(afrin)
                .count(atLeast(4_000))
                .on(LocalDate.of(2016, 12, 1))
                .quote(article, "Au moins 4.000");
        DisplacementDataset ds = DisplacementDataset.builder("tal-rifaat")
                .source(article)
                .figures(residents, fled)
                .build();
        String interval = ds.figure("fled-tal-rifaat").estimate().interval().toString();
        check(interval.equals("[4000, inf)"), "the flow's interval is [4000, inf), was " + interval);

        Table flows = SummaryTables.of(ds).flowsByDestination();
        System.out.println(flows.print());
        check(flows.rowCount() == 1, "one destination, Afrin");

        Flow part = Flow.stated("fled-by-road")
                .from(talRifaat)
                .count(atLeast(4_000))
                .on(LocalDate.of(2016, 12, 1))
                .partOf("fled-nowhere")
                .quote(article, "Au moins 4.000");
        List<DisplacementDataException> problems = DisplacementDataset.builder("broken")
                .source(article)
                .figures(residents, residents, part)
                .problems();
        problems.forEach(p -> System.out.println("problem: " + p.getMessage()));
        check(problems.size() == 2, "two problems (a repeated id, an unknown part_of), were " + problems.size());

        String sources = "id,publisher,document,date,date_basis,text_file,note\n"
                + "ocha-1,OCHA,Aleppo situation report,2016-12-01,stated,,\n";
        String places = "name,kind,controlled_by\neastern Aleppo,district,\n";
        String figures = "id,kind,what,place,origin,destination,period_start,period_end,period_accuracy,quantifier,"
                + "count,count_high,part_of,derived_as,source,quote_start,quote_end,quote_exact,quote_prefix,"
                + "quote_suffix\n"
                + "displaced,flow,displaced,,eastern Aleppo,,2016-11-24,2016-12-01,day,about,31500,,,,ocha-1,0,5,"
                + "about,,\n";
        DisplacementDataset read = DisplacementDataset.read(DatasetSource.of(
                "mine",
                Map.of(
                        "sources.csv", new StringReader(sources),
                        "places.csv", new StringReader(places),
                        "figures.csv", new StringReader(figures))));
        String readInterval = read.figure("displaced").estimate().interval().toString();
        check(readInterval.equals("[28350, 34650]"), "the read flow's interval, was " + readInterval);

        String aleppo = DisplacementDataset.aleppo2016()
                .figure("fled-east-aleppo")
                .estimate()
                .interval()
                .toString();
        check(aleppo.equals("[9000, 10000]"), "the bundled dataset reads from the module, was " + aleppo);
        System.out.println("module-path client: all checks passed");
    }

    private static void check(boolean holds, String what) {
        if (!holds) {
            System.out.println("FAILED: " + what);
            System.exit(1);
        }
    }
}
