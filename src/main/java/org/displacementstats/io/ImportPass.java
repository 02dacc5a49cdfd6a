package org.displacementstats.io;

import java.util.Objects;
import java.util.Optional;
import org.displacementstats.provenance.Source;

/**
 * One reading of a file: into a dataset ({@link Mode#WHOLE}), or, for a streamed import, a scan that checks every
 * row and learns the source ({@link Mode#SCAN}) and then the pass that hands each figure to the sink as its record
 * is read ({@link Mode#EMIT}).
 */
final class ImportPass {
    /** Which reading. */
    enum Mode {
        WHOLE,
        SCAN,
        EMIT
    }

    private final Mode mode;
    private final ImportSink sink;
    private final Optional<Source> source;
    /**
     * The ids given in the file and the line each was first given on: built by {@link Mode#WHOLE} and
     * {@link Mode#SCAN} as they read, and handed whole by the scan to {@link Mode#EMIT}, which reads the same rows
     * the same way and so need not build them again ({@link ImportContext#firstLine}).
     */
    private final CompactIds ids;
    /** What the scan found: whether some figure is part of another. */
    private boolean partsOfWholes;

    private ImportPass(Mode mode, ImportSink sink, Optional<Source> source, CompactIds ids) {
        this.mode = mode;
        this.sink = sink;
        this.source = source;
        this.ids = ids;
    }

    static ImportPass whole() {
        return new ImportPass(Mode.WHOLE, null, Optional.empty(), new CompactIds());
    }

    static ImportPass scan(ImportSink sink) {
        return new ImportPass(Mode.SCAN, Objects.requireNonNull(sink, "sink"), Optional.empty(), new CompactIds());
    }

    /** The pass after {@code scan}, with the ids it read. */
    static ImportPass emit(ImportPass scan, Source source) {
        return new ImportPass(Mode.EMIT, scan.sink, Optional.of(source), scan.ids);
    }

    Mode mode() {
        return mode;
    }

    /** @return where a streamed import's figures go; {@code null} for {@link Mode#WHOLE} */
    ImportSink sink() {
        return sink;
    }

    /** @return the file's source, known in {@link Mode#EMIT} */
    Optional<Source> source() {
        return source;
    }

    /** @return the ids given in the file so far (every id of the file, in {@link Mode#EMIT}) */
    CompactIds ids() {
        return ids;
    }

    boolean partsOfWholes() {
        return partsOfWholes;
    }

    void partsOfWholes(boolean found) {
        partsOfWholes = found;
    }

    /** @return the word progress lines start with: what this reading is for */
    String phase() {
        return mode == Mode.EMIT ? "checking and writing" : "reading";
    }
}
