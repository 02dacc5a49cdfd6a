/** The CSV report of a dataset: deterministic, RFC 4180, injection-safe files, written atomically. */
package org.displacementstats.report;
