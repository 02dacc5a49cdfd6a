package org.displacementstats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.DisplacementDataset;
import org.displacementstats.stats.UncertaintySettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The report page read as a machine without a browser reads it: parsed as XML. */
class HtmlReportTest {
    private static final DisplacementDataset ALEPPO = DisplacementDataset.aleppo2016();
    private static String aleppoPage;
    private static HtmlPage aleppo;
    private static HtmlPage hostile;

    @BeforeAll
    static void render() throws Exception {
        aleppoPage = HtmlReport.page(ALEPPO, UncertaintySettings.DEFAULT);
        aleppo = HtmlPage.parse(aleppoPage);
        hostile = HtmlPage.parse(HtmlReport.page(HostileData.dataset(), UncertaintySettings.DEFAULT));
    }

    @Test
    void writes_one_utf8_page_that_is_well_formed_xml(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.html");

        HtmlReport.write(ALEPPO, file);

        String page = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\"").isEqualTo(aleppoPage);
        assertThat(HtmlPage.parse(page).texts("//h1")).containsExactly("Displacement report: aleppo-2016-11");
    }

    @Test
    void sections_come_in_the_order_of_the_issue_and_headings_never_skip_a_level() throws Exception {
        assertThat(aleppo.texts("//h2"))
                .containsExactly(
                        "Headline numbers",
                        "Charts",
                        "Checks",
                        "Uncertainty",
                        "What the sources agree on",
                        "Figures",
                        "Sources");
        int previous = 1;
        for (Element h : aleppo.all("//*[self::h1 or self::h2 or self::h3 or self::h4]")) {
            int level = h.getTagName().charAt(1) - '0';
            assertThat(level).as(h.getTextContent()).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
    }

    @Test
    void headline_numbers_show_each_count_with_its_interval_and_link_to_its_figure() throws Exception {
        assertThat(aleppo.texts("//section[@id='headline']//td"))
                .contains(
                        "≈ 250,000 [225,000 – 275,000]",
                        "≈ 10,000 [9,000 – 10,000]",
                        "≈ 240,000 [215,000 – 266,000]",
                        "6,000",
                        "≈ 4,000 [3,000 – 4,000]",
                        "Kurdish forces",
                        "≈ 60 % [60 % – 66.7 %]");
        assertThat(aleppo.all("//section[@id='headline']//a[@href='#figure-fled-to-sheikh-maqsoud']"))
                .isNotEmpty();
    }

    @Test
    void every_table_has_a_caption_and_header_cells() throws Exception {
        List<Element> tables = aleppo.all("//table");
        assertThat(tables).hasSizeGreaterThanOrEqualTo(8);
        for (Element table : tables) {
            assertThat(table.getElementsByTagName("caption").getLength()).isEqualTo(1);
            assertThat(table.getElementsByTagName("th").getLength()).isPositive();
        }
    }

    @Test
    void both_charts_are_inline_svg_with_their_labels_and_a_caption_in_words() throws Exception {
        List<Element> svgs = aleppo.all("//figure/svg");
        assertThat(svgs).hasSize(2);
        for (Element svg : svgs) {
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            assertThat(aleppo.byId(svg.getAttribute("aria-labelledby")).getTagName())
                    .isEqualTo("figcaption");
        }
        assertThat(aleppo.texts("//figure/svg//text"))
                .contains(
                        "Cheikh Maqsoud: 6,000",
                        "Alep-Est: ≈ 10,000 [9,000 – 10,000]",
                        "≈ 240,000 [215,000 – 266,000]");
        assertThat(aleppo.byId("flows-caption").getTextContent())
                .contains("Alep-Est → Kurdish forces → Cheikh Maqsoud: 6,000");
        assertThat(aleppo.byId("balance-caption").getTextContent())
                .contains("Alep-Est: population ≈ 250,000 [225,000 – 275,000]");
    }

    @Test
    void a_figure_links_to_its_marked_quote_and_the_quote_links_back() throws Exception {
        Element row = aleppo.byId("figure-fled-east-aleppo");
        List<Element> links = aleppo.all("//tr[@id='figure-fled-east-aleppo']//q/a");
        assertThat(links).hasSize(1);

        Element mark = aleppo.byId(links.get(0).getAttribute("href").substring(1));

        assertThat(row.getTagName()).isEqualTo("tr");
        assertThat(mark.getTagName()).isEqualTo("mark");
        assertThat(mark.getTextContent()).isEqualTo("Près de 10.000 d'entre eux ont fui les deux derniers jours");
        assertThat(aleppo.all("//mark[@id='" + mark.getAttribute("id") + "']/following-sibling::sup[1]"
                        + "/a[@href='#figure-fled-east-aleppo']"))
                .hasSize(1);
    }

    @Test
    void a_span_quoted_by_three_control_changes_is_marked_once_and_links_back_to_each() throws Exception {
        List<Element> marks =
                aleppo.all("//mark[.='prendre le contrôle des quartiers de Sakhour, Haydariyé et" + " Cheikh Khodr']");
        assertThat(marks).hasSize(1);
        assertThat(aleppo.all("//mark[@id='" + marks.get(0).getAttribute("id") + "']/following-sibling::sup[1]/a"))
                .extracting(a -> a.getAttribute("href"))
                .containsExactly("#change-sakhour-taken", "#change-haydariye-taken", "#change-cheikh-khodr-taken");
    }

    @Test
    void every_link_leads_to_one_element_of_the_page_and_ids_are_unique() throws Exception {
        Set<String> ids = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (Element e : aleppo.all("//*[@id]")) {
            if (!ids.add(e.getAttribute("id"))) {
                duplicates.add(e.getAttribute("id"));
            }
        }
        assertThat(duplicates).isEmpty();
        for (Element a : aleppo.all("//a[@href]")) {
            assertThat(a.getAttribute("href")).startsWith("#");
            assertThat(ids).contains(a.getAttribute("href").substring(1));
        }
    }

    @Test
    void the_page_needs_nothing_from_outside_and_runs_no_script() throws Exception {
        assertThat(aleppo.all("//script | //link | //img | //iframe | //object"))
                .isEmpty();
        assertThat(aleppoPage)
                .doesNotContain("http://www.w3.org/1999/xlink\" xlink:href=\"http", "url(http", "@import", " src=");
    }

    @Test
    void checks_list_failures_first() throws Exception {
        List<String> statuses = hostile.texts("//section[@id='checks']//td[@class='status']");
        assertThat(statuses).isNotEmpty();
        assertThat(statuses.get(0)).isEqualTo("fail");
        assertThat(statuses)
                .isSortedAccordingTo((a, b) -> Integer.compare(
                        List.of("fail", "warn", "skipped", "pass").indexOf(a),
                        List.of("fail", "warn", "skipped", "pass").indexOf(b)));
    }

    @Test
    void hostile_quotes_and_names_are_text_not_markup() throws Exception {
        assertThat(hostile.all("//script | //img | //b | //i")).isEmpty();
        assertThat(hostile.texts("//mark"))
                .contains(HostileData.HOSTILE_QUOTE, "Alep-Est comptait <b>250.000</b> habitants");
        assertThat(hostile.texts("//h1")).containsExactly("Displacement report: hostile <test> & \"co\"");
        assertThat(hostile.texts("//section[@id='sources']//h3")).containsExactly("Agence <i>\"&amp;\"</i>");
        assertThat(hostile.texts("//section[@id='headline']//td")).contains("rebels & <i>co</i>");
        assertThat(hostile.byId("figure-fled").getTextContent()).contains(HostileData.HOSTILE_QUOTE);
    }

    @Test
    void an_imported_dataset_shows_its_totals_by_period_and_its_figures(@TempDir Path dir) throws Exception {
        HtmlPage page = HtmlPage.parse(HtmlReport.page(ImportedData.dataset(dir), UncertaintySettings.DEFAULT));

        assertThat(page.texts("//section[@id='headline']//h3")).contains("Totals by period");
        assertThat(page.texts("//section[@id='headline']//td")).contains("total", "1500");
        assertThat(page.texts("//section[@id='figures']//td"))
                .contains("Aleppo", "Hama <b>&</b> \"Homs\"", "exact 1,000");
        assertThat(page.all("//b")).isEmpty();
        assertThat(page.all("//figure/svg")).hasSize(2);
    }

    @Test
    void same_bytes_on_every_run() {
        assertThat(HtmlReport.page(ALEPPO, UncertaintySettings.DEFAULT)).isEqualTo(aleppoPage);
    }

    @Test
    void the_page_does_not_depend_on_the_default_locale() {
        UncertaintySettings quick = new UncertaintySettings(20161129, 1000, 10);
        Locale saved = Locale.getDefault();
        List<String> pages = new ArrayList<>();
        try {
            for (String tag : List.of("und", "tr-TR", "ar-EG-u-nu-arab", "fr-FR", "hi-IN-u-nu-deva")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                pages.add(HtmlReport.page(ALEPPO, quick));
            }
        } finally {
            Locale.setDefault(saved);
        }

        assertThat(pages).containsOnly(pages.get(0));
        assertThat(pages.get(0)).contains("≈ 250,000 [225,000 – 275,000]", "1000 seeded Monte Carlo draws");
    }

    @Test
    void a_file_that_cannot_be_written_is_bad_data_naming_it(@TempDir Path dir) {
        Path file = dir.resolve("missing").resolve("report.html");

        assertThatThrownBy(() -> HtmlReport.write(ALEPPO, file))
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void misuse_of_the_api_throws_what_the_jdk_throws() {
        assertThatThrownBy(() -> HtmlReport.write(null, Path.of("x.html"))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> HtmlReport.write(ALEPPO, null)).isInstanceOf(NullPointerException.class);
    }
}
