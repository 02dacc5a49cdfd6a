package org.displacementstats.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.io.ImportOptions;
import org.displacementstats.io.Importers;

/** An imported dataset: a small HXL file written for the tests, with a name that holds markup. */
final class ImportedData {
    static final String HXL = String.join(
            "\n",
            "Governorate,Date,IDPs,Publisher",
            "#adm1+name,#date+reported,#affected+idps+ind,#meta+source",
            "Aleppo,2024-03-31,1000,OCHA",
            "Hama <b>&</b> \"Homs\",2024-03-31,500,OCHA",
            "");

    private ImportedData() {}

    /** Writes the HXL file into {@code dir} and imports it. */
    static DisplacementDataset dataset(Path dir) throws IOException {
        Path file = dir.resolve("idps.csv");
        Files.writeString(file, HXL, StandardCharsets.UTF_8);
        return Importers.hxl(file, ImportOptions.strict()).dataset();
    }
}
