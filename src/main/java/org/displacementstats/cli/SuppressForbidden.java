package org.displacementstats.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one place allowed to use an API that the build forbids (forbiddenapis, pom.xml): the command line's
 * entry point, which alone may touch {@code System.out} and {@code System.err}.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
@interface SuppressForbidden {
    /**
     * @return why the forbidden API is needed here
     */
    String reason();
}
