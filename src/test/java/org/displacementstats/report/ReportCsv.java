package org.displacementstats.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a report file back as RFC 4180 records, to look at single cells. */
final class ReportCsv {
    private ReportCsv() {}

    /**
     * @param file a report file
     * @return its records, header first, each as its list of fields
     */
    static List<List<String>> read(Path file) {
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(Files.readString(file, UTF_8))) {
            return csv.stream().map(CsvRecord::getFields).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param records the records of a file without an HXL row
     * @param column a column name of the header
     * @return the column's cells, header excluded
     */
    static List<String> column(List<List<String>> records, String column) {
        int i = records.get(0).indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + records.get(0));
        }
        return records.subList(1, records.size()).stream().map(r -> r.get(i)).toList();
    }
}
