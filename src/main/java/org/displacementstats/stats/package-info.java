/**
 * Shares, rates and their uncertainty; the only package that uses Apache Commons Math. {@link
 * org.displacementstats.stats.MonteCarlo} propagates the uncertainty of stated counts through {@link
 * org.displacementstats.stats.Expression}s (a {@link org.displacementstats.stats.LinearSum}, or one divided by
 * another): {@link org.displacementstats.dataset.DisplacementDataset#uncertainty} runs it on a dataset's derived
 * figures, and gives each {@link org.displacementstats.dataset.DerivedQuantity} with its expression; a client may run
 * it on expressions of its own.
 */
package org.displacementstats.stats;
