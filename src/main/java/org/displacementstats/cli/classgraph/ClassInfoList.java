package org.displacementstats.cli.classgraph;

import java.util.List;

/** Class names found by the {@link ClassGraph} stand-in. */
public final class ClassInfoList {
    private final List<String> names;

    ClassInfoList(List<String> names) {
        this.names = names;
    }

    /** @return the fully qualified class names */
    public List<String> getNames() {
        return names;
    }
}
