package org.displacementstats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.figure.Claim;
import org.displacementstats.figure.ClaimRole;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Estimate;
import org.displacementstats.figure.Figure;
import org.displacementstats.figure.Flow;
import org.displacementstats.figure.Interval;
import org.displacementstats.figure.Period;
import org.displacementstats.figure.Place;
import org.displacementstats.figure.PlaceKind;
import org.displacementstats.figure.QuantifierPolicy;
import org.displacementstats.provenance.Evidence;
import org.displacementstats.provenance.Quote;
import org.displacementstats.provenance.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Several sources' claims about one quantity: the intersection of their intervals with the claims that bound
 * it, or a conflict reported as a failed check — never a silent pick.
 */
class ReconciliationTest {
    private static final DisplacementDataset ALEPPO = DisplacementDataset.aleppo2016();

    private static final Source SEED = source("seed");
    private static final Source OTHER = source("other");
    private static final Source THIRD = source("third");
    private static final Place EAST = Place.controlled("Alep-Est", PlaceKind.DISTRICT, "rebels");
    private static final Period DAYS = Period.days(LocalDate.of(2016, 11, 27), LocalDate.of(2016, 11, 28));

    // ---- The bundled dataset -------------------------------------------------------------------------------

    @Test
    void bundled_dataset_reconciles_the_four_figures_that_other_sources_state_in_figure_order() {
        // WHEN reconciling the bundled dataset's claims
        List<Reconciliation> all = ALEPPO.reconciliations();

        // THEN there is one reconciliation per figure with claims, in the order of figures.csv
        assertThat(all)
                .extracting(Reconciliation::figureId)
                .containsExactly(
                        "east-aleppo-population",
                        "fled-east-aleppo",
                        "fled-to-sheikh-maqsoud",
                        "fled-to-government-areas");
        assertThat(all).noneMatch(Reconciliation::isConflict);
    }

    @ParameterizedTest(name = "{0} agreed [{1}, {2}]")
    @CsvFileSource(resources = "/org/displacementstats/dataset/bundled-claims-agreed.psv", delimiter = '|')
    void bundled_claims_agree_on_the_intersection_of_their_intervals_bounded_by_the_named_claims(
            String figure, long low, long high, String lowBy, String highBy) {
        // GIVEN the reconciliation of one figure of the bundled dataset
        Reconciliation r = reconciliation(ALEPPO, figure);

        // THEN the agreed interval is the intersection, and the claims that set each bound are named
        assertThat(r.agreed()).hasValueSatisfying(i -> {
            assertThat(i.low()).hasValue(low);
            assertThat(i.high()).hasValue(high);
        });
        assertThat(r.lowBoundBy()).containsExactly(lowBy.split(" "));
        assertThat(r.highBoundBy()).containsExactly(highBy.split(" "));
    }

    @Test
    void figures_own_claim_comes_first_as_recommended_then_other_sources_in_file_order() {
        Reconciliation fled = reconciliation(ALEPPO, "fled-east-aleppo");

        assertThat(fled.positions())
                .extracting(Reconciliation.Position::claimId)
                .containsExactly("fled-east-aleppo", "lci-fled-at-least-10000", "afp-en-fled-nearly-10000");
        assertThat(fled.positions())
                .extracting(Reconciliation.Position::role)
                .containsExactly(ClaimRole.RECOMMENDED, ClaimRole.TRIANGULATION, ClaimRole.TRIANGULATION);
        assertThat(fled.positions())
                .extracting(p -> p.source().orElseThrow().id())
                .containsExactly("afp-osdh-2016-11-29", "lci-2016-11-27", "chinapost-afp-2016-11-29");
    }

    @Test
    void lci_claim_repeated_in_headline_and_body_is_one_position_with_two_quotes() {
        // GIVEN the reconciliation of the people who fled east Aleppo
        Reconciliation fled = reconciliation(ALEPPO, "fled-east-aleppo");

        // WHEN taking LCI's position
        Reconciliation.Position lci = fled.positions().get(1);

        // THEN it is one claim, « au moins 10.000 », with both quotes, and it alone sets the agreed low
        assertThat(lci.claimId()).isEqualTo("lci-fled-at-least-10000");
        assertThat(lci.count()).contains(Count.atLeast(10_000));
        assertThat(lci.interval().low()).hasValue(10_000);
        assertThat(lci.interval().high()).isEmpty();
        assertThat(lci.quotes()).hasSize(2);
        assertThat(ALEPPO.claims())
                .filteredOn(c -> c.id().equals("lci-fled-at-least-10000"))
                .hasSize(1);
    }

    @Test
    void derived_figures_own_position_has_no_count_and_its_interval_arithmetic_interval() {
        Reconciliation government = reconciliation(ALEPPO, "fled-to-government-areas");

        Reconciliation.Position own = government.positions().get(0);

        assertThat(own.count()).isEmpty();
        assertThat(own.interval()).isEqualTo(Interval.closed(3_000, 4_000));
        assertThat(own.quotes()).extracting(Quote::exact).containsExactly("le reste vers les zones gouvernementales");
    }

    @Test
    void bundled_dataset_passes_one_claims_agree_check_per_reconciled_figure() {
        List<Check> agree = ALEPPO.checks().stream()
                .filter(c -> c.rule().equals("claims-agree"))
                .toList();

        assertThat(agree)
                .extracting(Check::id)
                .containsExactly(
                        "claims-agree:east-aleppo-population",
                        "claims-agree:fled-east-aleppo",
                        "claims-agree:fled-to-sheikh-maqsoud",
                        "claims-agree:fled-to-government-areas");
        assertThat(agree).allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
        assertThat(agree.get(1).detail())
                .contains(
                        "[10000, 10000]",
                        "low from lci-fled-at-least-10000",
                        "high from fled-east-aleppo + afp-en-fled-nearly-10000");
    }

    // ---- Claims built in the test --------------------------------------------------------------------------

    @Test
    void overlapping_claims_agree_on_the_intersection() {
        // GIVEN « près de 10.000 » [9000, 10000], "about 9,500" [8550, 10450] and "between 8,000 and 9,800"
        DisplacementDataset ds = dataset(
                Count.nearly(10_000),
                claim("about-9500", OTHER, Count.about(9_500)),
                claim("between-8000-9800", THIRD, Count.between(8_000, 9_800)));

        // WHEN reconciling
        Reconciliation r = reconciliation(ds, "fled");

        // THEN they agree on [9000, 9800]: the low from the seed, the high from the range
        assertThat(r.isConflict()).isFalse();
        assertThat(r.agreed()).contains(Interval.closed(9_000, 9_800));
        assertThat(r.lowBoundBy()).containsExactly("fled");
        assertThat(r.highBoundBy()).containsExactly("between-8000-9800");
        assertThat(check(ds, "claims-agree:fled").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void claims_touching_at_one_value_agree_on_that_value() {
        DisplacementDataset ds = dataset(Count.upTo(6_000), claim("at-least-6000", OTHER, Count.atLeast(6_000)));

        Reconciliation r = reconciliation(ds, "fled");

        assertThat(r.agreed()).contains(Interval.point(6_000));
        assertThat(r.lowBoundBy()).containsExactly("at-least-6000");
        assertThat(r.highBoundBy()).containsExactly("fled");
    }

    @Test
    void disjoint_claims_are_a_conflict_and_a_failed_check_naming_the_claims_never_a_pick() {
        // GIVEN the seed's 6,000 and another source's "between 7,000 and 9,000"
        DisplacementDataset withoutClaims = dataset(Count.exact(6_000));
        DisplacementDataset ds =
                dataset(Count.exact(6_000), claim("between-7000-9000", OTHER, Count.between(7_000, 9_000)));

        // WHEN reconciling
        Reconciliation r = reconciliation(ds, "fled");

        // THEN no value satisfies both: a conflict with no agreed interval, the bounding claims named
        assertThat(r.isConflict()).isTrue();
        assertThat(r.agreed()).isEmpty();
        assertThat(r.lowBoundBy()).containsExactly("between-7000-9000");
        assertThat(r.highBoundBy()).containsExactly("fled");

        // AND the check fails, naming both claims and their intervals
        Check check = check(ds, "claims-agree:fled");
        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.detail())
                .contains("no value satisfies every claim", "between-7000-9000 [7000, 9000]", "fled [6000, 6000]");

        // AND the figures are those of the dataset without the other claim: nothing was picked or changed
        assertThat(ds.figures()).isEqualTo(withoutClaims.figures());
        assertThat(ds.figure("fled").estimate()).isEqualTo(new Estimate(OptionalLong.of(6_000), Interval.point(6_000)));
    }

    @Test
    void conflict_among_other_sources_fails_even_when_each_overlaps_the_seed() {
        // GIVEN « près de 10.000 » [9000, 10000], "at least 9,900" and "fewer than 9,500" [0, 9499]
        DisplacementDataset ds = dataset(
                Count.nearly(10_000),
                claim("at-least-9900", OTHER, Count.atLeast(9_900)),
                claim("fewer-than-9500", THIRD, Count.lessThan(9_500)));

        Reconciliation r = reconciliation(ds, "fled");

        assertThat(r.isConflict()).isTrue();
        assertThat(r.lowBoundBy()).containsExactly("at-least-9900");
        assertThat(r.highBoundBy()).containsExactly("fewer-than-9500");
        assertThat(check(ds, "claims-agree:fled").detail())
                .contains("at-least-9900 start above where fewer-than-9500" + " end");
    }

    @Test
    void claims_unbounded_above_agree_on_an_unbounded_interval_with_no_high_bound() {
        // GIVEN « au moins 10.000 » and "more than 9,000" [9001, inf)
        DisplacementDataset ds = dataset(Count.atLeast(10_000), claim("more-than-9000", OTHER, Count.moreThan(9_000)));

        Reconciliation r = reconciliation(ds, "fled");

        // THEN they agree on [10000, inf): the low from the seed, no claim bounds it above
        assertThat(r.isConflict()).isFalse();
        assertThat(r.agreed()).contains(Interval.atLeast(10_000));
        assertThat(r.lowBoundBy()).containsExactly("fled");
        assertThat(r.highBoundBy()).isEmpty();
        Check check = check(ds, "claims-agree:fled");
        assertThat(check.status()).isEqualTo(CheckStatus.PASS);
        assertThat(check.detail()).contains("high from none: unbounded");
    }

    @Test
    void figure_without_other_claims_is_not_reconciled() {
        DisplacementDataset ds = dataset(Count.nearly(10_000));

        assertThat(ds.reconciliations()).isEmpty();
        assertThat(ds.checks()).noneMatch(c -> c.rule().equals("claims-agree"));
    }

    @Test
    void recommended_claim_is_rejected_because_the_figure_row_is_the_recommended_one() {
        Claim recommended = new Claim(
                "recommended-9500", "fled", ClaimRole.RECOMMENDED, Count.about(9_500), OTHER, List.of(quote()));

        assertThatThrownBy(() -> dataset(Count.nearly(10_000), recommended))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("recommended-9500", "role must be TRIANGULATION", "RECOMMENDED");
    }

    @Test
    void claim_about_an_unknown_figure_is_rejected_with_the_figure_id() {
        Claim stray =
                new Claim("stray", "fled-west", ClaimRole.TRIANGULATION, Count.about(9_500), OTHER, List.of(quote()));

        assertThatThrownBy(() -> dataset(Count.nearly(10_000), stray))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("stray", "fled-west", "unknown");
    }

    @Test
    void claim_whose_id_is_a_figure_id_is_rejected() {
        Claim clash = claim("fled", OTHER, Count.about(9_500));

        assertThatThrownBy(() -> dataset(Count.nearly(10_000), clash))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("claim id 'fled'", "unique");
    }

    @Test
    void claim_with_a_source_outside_the_dataset_is_rejected() {
        Claim foreign = claim("foreign-9500", source("foreign"), Count.about(9_500));

        assertThatThrownBy(() -> dataset(Count.nearly(10_000), foreign))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("foreign-9500", "source 'foreign'");
    }

    @Test
    void vague_claim_is_rejected_because_it_has_no_number_to_reconcile() {
        assertThatThrownBy(() -> claim("thousands", OTHER, Count.vague()))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Claim.count", "VAGUE", "thousands");
    }

    @Test
    void claim_without_a_quote_is_rejected() {
        assertThatThrownBy(() ->
                        new Claim("unquoted", "fled", ClaimRole.TRIANGULATION, Count.about(9_500), OTHER, List.of()))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContainingAll("Claim.quotes", "unquoted");
    }

    // ---- Helpers -------------------------------------------------------------------------------------------

    private static Source source(String id) {
        return Source.builder(id)
                .publisher("Publisher " + id)
                .document("Document " + id)
                .published(LocalDate.of(2016, 11, 29))
                .build();
    }

    private static Quote quote() {
        return new Quote("words", "", "", 0, 5);
    }

    private static Claim claim(String id, Source source, Count count) {
        return new Claim(id, "fled", ClaimRole.TRIANGULATION, count, source, List.of(quote()));
    }

    /** One stated flow {@code fled} from the seed source, and other sources' claims about it. */
    private static DisplacementDataset dataset(Count fled, Claim... claims) {
        Figure flow = Flow.stated("fled")
                .what("fled")
                .from(EAST)
                .count(fled)
                .during(DAYS)
                .evidence(Evidence.stated(SEED, quote()));
        return DisplacementDataset.of(
                "test",
                QuantifierPolicy.DEFAULT,
                List.of(SEED, OTHER, THIRD),
                List.of(flow),
                Arrays.asList(claims),
                List.of(),
                Map.of());
    }

    private static Reconciliation reconciliation(DisplacementDataset ds, String figureId) {
        return ds.reconciliations().stream()
                .filter(r -> r.figureId().equals(figureId))
                .findFirst()
                .orElseThrow();
    }

    private static Check check(DisplacementDataset ds, String id) {
        return ds.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
