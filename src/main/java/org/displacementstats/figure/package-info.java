/**
 * Value types for displacement figures: {@link org.displacementstats.figure.Count} with its
 * {@link org.displacementstats.figure.Quantifier}, {@link org.displacementstats.figure.Interval},
 * {@link org.displacementstats.figure.Place}, {@link org.displacementstats.figure.Period}, and the sealed
 * {@link org.displacementstats.figure.Figure} (a stock or a flow).
 */
package org.displacementstats.figure;
