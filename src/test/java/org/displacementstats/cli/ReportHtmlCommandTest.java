package org.displacementstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.io.ImportOptions;
import org.displacementstats.io.Importers;
import org.displacementstats.report.HtmlReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code report --html}: the page beside the CSV files, for the bundled dataset and for an imported one. */
class ReportHtmlCommandTest extends InProcessCommandLine {
    @TempDir
    Path tmp;

    private static Document parse(Path page) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(page.toFile());
    }

    @Test
    void report_with_html_writes_the_page_beside_the_csv_files() throws Exception {
        Path dir = tmp.resolve("report");

        int code = run("report", "--html", "--out", dir.toString());

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("wrote 9 files to " + dir);
        Path page = dir.resolve(HtmlReport.FILE);
        assertThat(parse(page).getElementsByTagName("h1").item(0).getTextContent())
                .isEqualTo("Displacement report: aleppo-2016-11");
        Path api = tmp.resolve("api.html");
        HtmlReport.write(DisplacementDataset.aleppo2016(), api);
        assertThat(Files.readAllBytes(page)).isEqualTo(Files.readAllBytes(api));
    }

    @Test
    void a_second_run_without_html_replaces_the_report_and_drops_the_page() {
        Path dir = tmp.resolve("report");
        assertThat(run("report", "--html", "--out", dir.toString())).isZero();

        int code = run("report", "--out", dir.toString());

        assertThat(code).isZero();
        assertThat(dir.resolve(HtmlReport.FILE)).doesNotExist();
    }

    @Test
    void report_with_html_reads_an_imported_dataset_written_as_a_dataset_directory() throws Exception {
        Path file = tmp.resolve("idps.csv");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "Governorate,Date,IDPs,Publisher",
                        "#adm1+name,#date+reported,#affected+idps+ind,#meta+source",
                        "Aleppo,2024-03-31,1000,OCHA",
                        "Hama & <b>Homs</b>,2024-03-31,500,OCHA",
                        ""),
                StandardCharsets.UTF_8);
        Importers.hxl(file, ImportOptions.strict()).dataset().write(tmp.resolve("data"));
        Path dir = tmp.resolve("report");

        int code = run("report", "--data", tmp.resolve("data").toString(), "--html", "--out", dir.toString());

        assertThat(code).as(err.toString()).isZero();
        Document page = parse(dir.resolve(HtmlReport.FILE));
        assertThat(page.getElementsByTagName("b").getLength()).isZero();
        assertThat(page.getDocumentElement().getTextContent()).contains("Aleppo", "Hama & <b>Homs</b>", "1,000");
    }
}
