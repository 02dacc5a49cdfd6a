/**
 * Figures from text: {@link org.displacementstats.extract.Extractor} reads a French or English article and
 * returns its displacement figures as {@link org.displacementstats.extract.Mention}s, each with the number's
 * span, a quote selector, a {@link org.displacementstats.figure.Count} that keeps the source's quantifier
 * (« près de », "at least"), the kind of figure and hints taken from the words around it.
 *
 * <p>The rules come from the two languages' grammar of numbers and quantities: no model, no data downloaded.
 */
package org.displacementstats.extract;
