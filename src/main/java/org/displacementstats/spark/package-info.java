/**
 * The flow-log summary on Apache Spark, for logs larger than one machine: {@link
 * org.displacementstats.spark.SparkFlowLogSummary} returns the tables of {@link
 * org.displacementstats.flowlog.FlowLogSummary} as Spark {@code Dataset}s, and {@link
 * org.displacementstats.spark.SummarizeJob} is the {@code spark-submit} job that writes the same CSV files as
 * {@code summarize}. Spark is a provided dependency: only this package refers to it.
 */
package org.displacementstats.spark;
