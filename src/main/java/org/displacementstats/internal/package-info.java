/**
 * What several packages of the library share but its users need not see: writing a directory of files all at once
 * ({@link org.displacementstats.internal.AtomicDirectory}), the spreadsheet-formula guard of CSV cells
 * ({@link org.displacementstats.internal.CsvCells}), identifier rules ({@link org.displacementstats.internal.Ids}), the
 * strict reading of ISO dates that every file reader shares ({@link org.displacementstats.internal.IsoDates}) and
 * the annotation that lets the static platform check pass a reviewed call.
 *
 * <p>Not part of the API: the module does not export this package, and its types may change in any release.
 */
package org.displacementstats.internal;
