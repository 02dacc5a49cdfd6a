package org.displacementstats.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.displacementstats.DisplacementDataException;

/**
 * A header row: column names found case-insensitively, a missing required column named with the columns the
 * header has.
 *
 * @param file the file, for messages
 * @param format what the file is read as, for messages
 * @param names the names, stripped
 */
record Header(String file, String format, List<String> names) {

    Header {
        names = List.copyOf(names);
    }

    static Header of(String file, String format, Record record, char separator) {
        List<String> names = new ArrayList<>();
        record.fields(separator).orElseThrow(record).forEach(n -> names.add(n.strip()));
        return new Header(file, format, names);
    }

    OptionalInt find(String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    boolean has(String name) {
        return find(name).isPresent();
    }

    int require(String name) {
        return find(name)
                .orElseThrow(() -> new DisplacementDataException(file + ":1: missing column '" + name + "'; " + format
                        + " has it, but this header has " + Problem.shown(String.join(", ", names))));
    }
}
