package org.displacementstats.provenance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.displacementstats.DisplacementDataException;

/**
 * A document that states figures: who published it, what it is, when, and where its text is.
 *
 * @param id short identifier used by figures ({@code afp-osdh-2016-11-29})
 * @param publisher who published it, and whom it cites ({@code "AFP, citing OSDH"})
 * @param document title, outlet or address of the document
 * @param date publication date
 * @param dateBasis whether {@code date} is printed in the document or inferred
 * @param textFile path of the document's plain text, relative to the dataset directory, if kept
 * @param note how the date was inferred, or anything else a reader must know
 */
public record Source(String id, String publisher, String document, LocalDate date, DateBasis dateBasis,
        Optional<String> textFile, String note) {

    /**
     * Validates every field; see {@link Ids#requireId} for the form of ids.
     *
     * @param id short identifier used by figures ({@code afp-osdh-2016-11-29})
     * @param publisher who published it, and whom it cites ({@code "AFP, citing OSDH"})
     * @param document title, outlet or address of the document
     * @param date publication date
     * @param dateBasis whether {@code date} is printed in the document or inferred
     * @param textFile path of the document's plain text, relative to the dataset directory, if kept
     * @param note how the date was inferred, or anything else a reader must know
     */
    public Source {
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
    }
}
