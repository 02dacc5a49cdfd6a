/**
 * AssertJ assertions for the library's tables, for your own tests as for ours:
 * {@code TableAssert.assertThat(table).row("Alep-Est").has("remaining_point", 240_000)}.
 *
 * <p>AssertJ is an optional dependency of this library: add {@code org.assertj:assertj-core} (test scope) to
 * the project whose tests use this package. Nothing else in the library needs it.
 */
package org.displacementstats.assertj;
