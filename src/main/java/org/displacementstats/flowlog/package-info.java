/**
 * Summaries of long flow logs ({@code date,origin,destination,count,quantifier,source}, one row per
 * observation), read in chunks, aggregated in parallel into primitive-keyed maps and merged: memory grows
 * with the number of groups, not of rows. Start with {@link org.displacementstats.flowlog.FlowLogSummary#summarize}.
 */
package org.displacementstats.flowlog;
