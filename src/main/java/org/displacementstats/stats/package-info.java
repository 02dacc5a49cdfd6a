/** Shares, rates and their uncertainty; the only package that uses Apache Commons Math. */
package org.displacementstats.stats;
