/**
 * Displacement figures as typed, validated records that keep their source's wording and quote.
 *
 * <p>Start with {@link org.displacementstats.dataset.DisplacementDataset#aleppo2016()}, build tables
 * with {@link org.displacementstats.table.SummaryTables#of} and write them with
 * {@link org.displacementstats.report.CsvReport#write}.
 */
package org.displacementstats;
