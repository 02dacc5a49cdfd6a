package org.displacementstats.report;

/**
 * A node of the flow chart. FlowPlot draws {@code toString()} as the label; equality and order are by name
 * only, and the hash depends only on the strings, so the plot's drawing order is the same on every run.
 *
 * @param name the place or controller
 * @param label what the chart prints
 */
record ChartNode(String name, String label) implements Comparable<ChartNode> {
    /** A node labelled with its name only: the middle column, where a longer label would run into the next. */
    static ChartNode named(String name) {
        return new ChartNode(name, name);
    }

    /** A node labelled with its name and count. */
    static ChartNode of(String name, Amount amount) {
        // One separator that survives SVG's collapsing of white space.
        return new ChartNode(name, name + ": " + amount.label());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChartNode n && n.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public int compareTo(ChartNode o) {
        return name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return label;
    }
}
