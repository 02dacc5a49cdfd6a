package org.displacementstats.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a place allowed to use an API that the build forbids (forbiddenapis, pom.xml): the entry points of the
 * command line and of the Spark job, which alone may touch {@code System.out} and {@code System.err}.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SuppressForbidden {
    /**
     * @return why the forbidden API is needed here
     */
    String reason();
}
