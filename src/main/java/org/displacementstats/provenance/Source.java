package org.displacementstats.provenance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.internal.Ids;

/**
 * A document that states figures: who published it, what it is, when, and where its text is.
 *
 * <p>Build one with {@link #builder(String)}: {@code Source.builder("afp-2016-11-29").publisher("AFP")
 * .document("Alep: ...").published(LocalDate.of(2016, 11, 29)).build()}, or {@code .withText(text)} to quote it by
 * words ({@link SourceText}).
 *
 * <p>Equal sources have equal fields. Immutable and safe to share between threads.
 */
public final class Source {
    private final String id;
    private final String publisher;
    private final String document;
    private final LocalDate date;
    private final DateBasis dateBasis;
    private final Optional<String> textFile;
    private final String note;

    /** Validates every field; see {@link Ids#requireId} for the form of ids. */
    private Source(
            String id,
            String publisher,
            String document,
            LocalDate date,
            DateBasis dateBasis,
            Optional<String> textFile,
            String note) {
        Ids.requireId("Source.id", id);
        Ids.requireText("Source.publisher", publisher);
        Ids.requireText("Source.document", document);
        Objects.requireNonNull(date, "Source.date");
        Objects.requireNonNull(dateBasis, "Source.dateBasis");
        Objects.requireNonNull(textFile, "Source.textFile");
        textFile.ifPresent(f -> Ids.requireText("Source.textFile", f));
        Objects.requireNonNull(note, "Source.note");
        if (dateBasis == DateBasis.INFERRED && note.isBlank()) {
            throw new DisplacementDataException(
                    "Source.note must say how the date was inferred when Source.dateBasis is INFERRED but was empty"
                            + " (source '" + id + "')");
        }
        this.id = id;
        this.publisher = publisher;
        this.document = document;
        this.date = date;
        this.dateBasis = dateBasis;
        this.textFile = textFile;
        this.note = note;
    }

    /**
     * Starts a source with its id; the date is {@link DateBasis#STATED} unless {@link Builder#inferred} says how
     * it was worked out.
     *
     * @param id short identifier used by figures ({@code afp-osdh-2016-11-29})
     * @return a builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** @return short identifier used by figures ({@code afp-osdh-2016-11-29}) */
    public String id() {
        return id;
    }

    /** @return who published it, and whom it cites ({@code "AFP, citing OSDH"}) */
    public String publisher() {
        return publisher;
    }

    /** @return title, outlet or address of the document */
    public String document() {
        return document;
    }

    /** @return publication date */
    public LocalDate date() {
        return date;
    }

    /** @return whether {@link #date} is printed in the document or inferred */
    public DateBasis dateBasis() {
        return dateBasis;
    }

    /** @return path of the document's plain text, relative to the dataset directory, if kept */
    public Optional<String> textFile() {
        return textFile;
    }

    /** @return how the date was inferred, or anything else a reader must know; empty if nothing */
    public String note() {
        return note;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Source s
                && id.equals(s.id)
                && publisher.equals(s.publisher)
                && document.equals(s.document)
                && date.equals(s.date)
                && dateBasis == s.dateBasis
                && textFile.equals(s.textFile)
                && note.equals(s.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, publisher, document, date, dateBasis, textFile, note);
    }

    /** @return the source as a record would print it: {@code Source[id=..., publisher=..., ...]} */
    @Override
    public String toString() {
        return "Source[id=" + id + ", publisher=" + publisher + ", document=" + document + ", date=" + date
                + ", dateBasis=" + dateBasis + ", textFile=" + textFile + ", note=" + note + "]";
    }

    /** Gathers a source's fields; not thread-safe, use it where it is made. */
    public static final class Builder {
        private final String id;
        private String publisher;
        private String document;
        private LocalDate date;
        private DateBasis dateBasis = DateBasis.STATED;
        private String textFile;
        private String note = "";

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * @param publisher who published it, and whom it cites ({@code "AFP, citing OSDH"})
         * @return this builder
         */
        public Builder publisher(String publisher) {
            this.publisher = Objects.requireNonNull(publisher, "publisher");
            return this;
        }

        /**
         * @param document title, outlet or address of the document
         * @return this builder
         */
        public Builder document(String document) {
            this.document = Objects.requireNonNull(document, "document");
            return this;
        }

        /**
         * @param date the publication date, as printed in the document
         * @return this builder
         */
        public Builder published(LocalDate date) {
            this.date = Objects.requireNonNull(date, "date");
            this.dateBasis = DateBasis.STATED;
            return this;
        }

        /**
         * @param date the publication date, worked out rather than printed
         * @param how how it was worked out (becomes the note)
         * @return this builder
         */
        public Builder inferred(LocalDate date, String how) {
            this.date = Objects.requireNonNull(date, "date");
            this.note = Objects.requireNonNull(how, "how");
            this.dateBasis = DateBasis.INFERRED;
            return this;
        }

        /**
         * @param textFile path of the document's plain text, relative to the dataset directory
         * @return this builder
         */
        public Builder textFile(String textFile) {
            this.textFile = Objects.requireNonNull(textFile, "textFile");
            return this;
        }

        /**
         * @param note anything else a reader must know
         * @return this builder
         */
        public Builder note(String note) {
            this.note = Objects.requireNonNull(note, "note");
            return this;
        }

        /**
         * @return the source
         * @throws DisplacementDataException if a field breaks its rule: an id of lower-case letters, digits and
         *     inner hyphens, a publisher and a document given and not blank, a note that says how an inferred date
         *     was worked out
         * @throws NullPointerException if no date was given
         */
        public Source build() {
            return new Source(id, publisher, document, date, dateBasis, Optional.ofNullable(textFile), note);
        }

        /**
         * @param text the document's whole plain text, to quote figures from
         * @return the source with its text
         */
        public SourceText withText(String text) {
            return new SourceText(build(), text);
        }
    }
}
