/**
 * Importers for the formats displacement data really comes in: HXL-tagged CSV (and an HXL writer), IDMC
 * GIDD country × year tables, {@code date;count} time series and origin × destination matrices. Each reads a
 * file, streaming, into a {@link org.displacementstats.dataset.DisplacementDataset}: stocks and flows kept
 * apart, with their places, periods, and a source and quote that point at the exact record in the file.
 * Start with {@link org.displacementstats.io.Importers}.
 */
package org.displacementstats.io;
