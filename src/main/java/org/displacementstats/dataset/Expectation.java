package org.displacementstats.dataset;

import java.util.List;
import java.util.Objects;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.internal.Ids;

/**
 * Something a file states about its own numbers that the figures alone do not show, checked by the dataset
 * and reported as rows of its checks, never as a rejection: a cumulative count that should not fall, or
 * parts (by sex, by age, by origin) that should add up to the total printed next to them.
 *
 * <p>Importers declare these when they read a file; see {@link DisplacementDataset#imported}.
 *
 * <p>Immutable and safe to share between threads.
 */
public sealed interface Expectation permits Expectation.NotFalling, Expectation.AddsUp, Expectation.Noted {

    /**
     * The stocks of one cumulative count, in date order: each should be at least the one before it. Each
     * stock after the first gives a {@code stock-not-falling:<id>} check, {@code warn} when it fell.
     *
     * @param stockIds ids of stocks of the dataset, in date order
     */
    record NotFalling(List<String> stockIds) implements Expectation {

        /**
         * Copies the ids and checks their form.
         *
         * @param stockIds ids of stocks of the dataset, in date order
         */
        public NotFalling {
            Objects.requireNonNull(stockIds, "NotFalling.stockIds");
            stockIds = List.copyOf(stockIds);
            stockIds.forEach(id -> Ids.requireId("NotFalling.stockIds", id));
        }
    }

    /**
     * Parts printed next to a total, which the file says add up to it. They are never added into the total;
     * the check {@code <rule>:<subject>} passes when they equal it, fails when they exceed it, and when they
     * fall short it warns if the parts may be incomplete (some were blank, or the breakdown is partial) and
     * fails otherwise.
     *
     * @param rule the rule part of the check id ({@code disaggregation-within-total}, {@code row-total-matches})
     * @param subject what is checked, for the check id ({@code syr-2016-idps})
     * @param where where the numbers are, for the detail ({@code idps.csv line 12})
     * @param totalLabel the total's column
     * @param total the total as printed
     * @param parts the parts as printed
     * @param partsMayBeIncomplete whether parts that fall short are only a warning
     */
    record AddsUp(
            String rule,
            String subject,
            String where,
            String totalLabel,
            long total,
            List<Part> parts,
            boolean partsMayBeIncomplete)
            implements Expectation {

        /**
         * Validates the fields.
         *
         * @param rule the rule part of the check id ({@code disaggregation-within-total}, {@code row-total-matches})
         * @param subject what is checked, for the check id ({@code syr-2016-idps})
         * @param where where the numbers are, for the detail ({@code idps.csv line 12})
         * @param totalLabel the total's column
         * @param total the total as printed
         * @param parts the parts as printed
         * @param partsMayBeIncomplete whether parts that fall short are only a warning
         */
        public AddsUp {
            Ids.requireId("AddsUp.rule", rule);
            Ids.requireText("AddsUp.subject", subject);
            Ids.requireText("AddsUp.where", where);
            Ids.requireText("AddsUp.totalLabel", totalLabel);
            Objects.requireNonNull(parts, "AddsUp.parts");
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new DisplacementDataException(
                        "AddsUp.parts must name at least one part but was empty" + " (subject '" + subject + "')");
            }
        }

        /** @return the sum of the parts */
        public long sum() {
            long sum = 0;
            for (Part p : parts) {
                sum = Math.addExact(sum, p.value());
            }
            return sum;
        }
    }

    /**
     * One part of an {@link AddsUp}.
     *
     * @param label the part's column
     * @param value the part as printed
     */
    record Part(String label, long value) {

        /**
         * Validates the fields.
         *
         * @param label the part's column
         * @param value the part as printed
         */
        public Part {
            Ids.requireText("Part.label", label);
            if (value < 0) {
                throw new DisplacementDataException("Part.value must be >= 0 but was " + value);
            }
        }
    }

    /**
     * Something the importer saw and could not turn into figures without guessing (suppressed cells, a column
     * it did not add): a {@code warn} row {@code <rule>:<subject>} of the checks, so that it is never silent.
     *
     * @param rule the rule part of the check id ({@code suppressed-values})
     * @param subject what it is about, for the check id (a file's slug)
     * @param detail what was seen, how often, and what was done
     */
    record Noted(String rule, String subject, String detail) implements Expectation {

        /**
         * Validates the fields.
         *
         * @param rule the rule part of the check id ({@code suppressed-values})
         * @param subject what it is about, for the check id (a file's slug)
         * @param detail what was seen, how often, and what was done
         */
        public Noted {
            Ids.requireId("Noted.rule", rule);
            Ids.requireId("Noted.subject", subject);
            Ids.requireText("Noted.detail", detail);
        }
    }
}
