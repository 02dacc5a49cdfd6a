package org.displacementstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.displacementstats.dataset.DisplacementDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report page as a reader sees it, in headless Chromium from the Debian packages {@code chromium} and
 * {@code chromium-driver}, driven through WebDriver. Runs in the Maven profile "browser", active where
 * {@code /usr/bin/chromium} exists; the driver and browser paths are given, so nothing is downloaded.
 */
class HtmlReportBrowserTest {
    private static final String CHROMIUM = "/usr/bin/chromium";

    @TempDir
    static Path dir;

    private static ChromeDriver browser;
    private static Path aleppo;
    private static Path hostile;
    private static Path imported;

    @BeforeAll
    static void openBrowser() throws IOException {
        aleppo = dir.resolve("aleppo.html");
        HtmlReport.write(DisplacementDataset.aleppo2016(), aleppo);
        hostile = dir.resolve("hostile.html");
        HtmlReport.write(HostileData.dataset(), hostile);
        Files.createDirectories(dir.resolve("import"));
        imported = dir.resolve("imported.html");
        HtmlReport.write(ImportedData.dataset(dir.resolve("import")), imported);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1200,1600",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1200, 1600));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void open(Path page) {
        browser.get(page.toUri().toString());
    }

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    @Test
    void the_reader_sees_the_headline_numbers_first() {
        open(aleppo);

        WebElement headline = browser.findElement(By.id("headline"));

        assertThat(headline.isDisplayed()).isTrue();
        assertThat(headline.getText())
                .contains(
                        "Population and people who fled",
                        "≈ 250,000 [225,000 – 275,000]",
                        "≈ 10,000 [9,000 – 10,000]",
                        "Cheikh Maqsoud",
                        "6,000",
                        "≈ 4,000 [3,000 – 4,000]",
                        "Kurdish forces");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Displacement report: aleppo-2016-11");
    }

    @Test
    void both_charts_are_drawn_with_their_labels() {
        open(aleppo);

        List<WebElement> charts = browser.findElements(By.cssSelector("figure.chart svg"));

        assertThat(charts).hasSize(2);
        for (WebElement chart : charts) {
            assertThat(chart.isDisplayed()).isTrue();
            assertThat(chart.getSize().getWidth()).isGreaterThan(600);
            assertThat(chart.getSize().getHeight()).isGreaterThan(200);
        }
        assertThat(charts.get(0).findElements(By.tagName("text")))
                .extracting(WebElement::getText)
                .contains("Cheikh Maqsoud: 6,000", "zones gouvernementales: ≈ 4,000 [3,000 – 4,000]", "Kurdish forces");
        assertThat(charts.get(1).findElements(By.tagName("text")))
                .extracting(WebElement::getText)
                .contains("≈ 250,000 [225,000 – 275,000]", "Alep-Est", "population");
    }

    @Test
    void following_a_figures_link_scrolls_to_its_highlighted_quote_and_back() throws IOException {
        open(aleppo);
        WebElement link = browser.findElement(By.cssSelector("#figure-fled-east-aleppo q a"));
        script("arguments[0].scrollIntoView({block: 'center'});", link);
        long before = ((Number) script("return window.scrollY;")).longValue();

        link.click();
        WebElement quote = browser.findElement(By.id(link.getAttribute("href").replaceFirst(".*#", "")));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(b -> quote.equals(script("return document.querySelector(':target');")));

        assertThat(((Number) script("return window.scrollY;")).longValue()).isGreaterThan(before);
        assertThat((Boolean) script(
                        "const r = arguments[0].getBoundingClientRect();"
                                + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                        quote))
                .isTrue();
        assertThat(quote.getTagName()).isEqualTo("mark");
        assertThat(quote.getText()).isEqualTo("Près de 10.000 d'entre eux ont fui les deux derniers jours");
        assertThat(quote.getCssValue("background-color")).isEqualTo("rgba(240, 228, 66, 1)");
        assertThat(quote.getCssValue("outline-color")).isEqualTo("rgba(213, 94, 0, 1)");
        Files.copy(
                browser.getScreenshotAs(OutputType.FILE).toPath(),
                Path.of("target", "report-html-quote.png"),
                StandardCopyOption.REPLACE_EXISTING);

        quote.findElement(By.xpath("following-sibling::sup[1]/a[@href='#figure-fled-east-aleppo']"))
                .click();
        WebElement row = browser.findElement(By.id("figure-fled-east-aleppo"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(b -> row.equals(script("return document.querySelector(':target');")));
        assertThat((Boolean) script(
                        "const r = arguments[0].getBoundingClientRect();"
                                + " return r.top >= 0 && r.top < window.innerHeight;",
                        row))
                .isTrue();
    }

    @Test
    void a_hostile_quote_shows_as_text_and_runs_nothing() {
        open(hostile);

        assertThat(script("return document.scripts.length;")).isEqualTo(0L);
        assertThat(script("return typeof window.hacked;")).isEqualTo("undefined");
        assertThat(browser.findElements(By.cssSelector("mark.quote")))
                .extracting(WebElement::getText)
                .contains(HostileData.HOSTILE_QUOTE);
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Displacement report: hostile <test> & \"co\"");
        assertThat(browser.findElement(By.cssSelector("#checks tbody tr td")).getText())
                .isEqualTo("fail");
    }

    @Test
    void an_imported_dataset_shows_its_totals_and_figures() {
        open(imported);

        assertThat(browser.findElement(By.id("headline")).getText()).contains("Totals by period", "1500");
        assertThat(browser.findElement(By.id("figures")).getText()).contains("Aleppo", "Hama <b>&</b> \"Homs\"");
        assertThat(browser.findElements(By.cssSelector("figure.chart svg"))).hasSize(2);
    }

    @Test
    void a_screenshot_shows_the_top_of_the_page() throws IOException {
        open(aleppo);
        script("window.scrollTo(0, 0);");

        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path saved =
                Files.copy(shot.toPath(), Path.of("target", "report-html.png"), StandardCopyOption.REPLACE_EXISTING);

        BufferedImage image = ImageIO.read(saved.toFile());
        assertThat(image.getWidth()).isGreaterThan(1000);
        assertThat(image.getHeight()).isGreaterThan(1000);
    }
}
