/**
 * Not API: a stand-in for ClassGraph that the CLI jar uses in place of the real one, so that Tablesaw does not scan
 * the class path at start-up (see {@link org.displacementstats.cli.classgraph.ClassGraph}).
 */
package org.displacementstats.cli.classgraph;
