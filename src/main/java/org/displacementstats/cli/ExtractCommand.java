package org.displacementstats.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.dataset.SourceTexts;
import org.displacementstats.extract.ExtractedText;
import org.displacementstats.extract.Extraction;
import org.displacementstats.extract.Extractor;
import org.displacementstats.extract.Language;
import org.displacementstats.extract.Mention;
import org.displacementstats.internal.CsvCells;
import org.displacementstats.internal.Ids;
import org.displacementstats.internal.IsoDates;
import org.displacementstats.io.Slug;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract FILE... --out DIR}: the displacement figures of French or English texts, with exact quotes. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Finds the displacement figures of French or English texts (UTF-8, at most 16 MiB each) and"
                    + " writes mentions.csv: one row per figure, with its quantifier (« près de », \"at least\"),"
                    + " count, kind (stock, flow, unknown), unit, the number's and the quote's code-point offsets,"
                    + " and hints (place, origin, destination, period, attribution). A text with no figure gives a"
                    + " header-only file.",
            "With --dataset, also a draft dataset (sources.csv, places.csv, figures.csv, claims.csv and a copy of"
                    + " each text under texts/) that `report --data DIR` reads as it is, for the analyst to correct."
        },
        footerHeading = "%nExample:%n",
        footer = {
            "  displacement-stats extract article.txt --out extracted",
            "  displacement-stats extract article.txt --lang fr --source lci-2016-11-27 --dataset --out draft",
            "  curl -s https://example.org/article.txt | displacement-stats extract - --out extracted"
        })
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files to read; - reads standard input.")
    List<String> files;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Directory to write to; created if missing, replaced if it holds a previous extraction.")
    Path out;

    @Option(names = "--lang", paramLabel = "fr|en", description = "The texts' language (default: detected).")
    String lang;

    @Option(
            names = "--source",
            paramLabel = "ID",
            description = "Source id of the text (default: made from the file name); one FILE only.")
    String source;

    @Option(names = "--dataset", description = "Also write a draft dataset that `report --data` reads.")
    boolean dataset;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "The day the texts were published, for the"
                    + " draft dataset (default: the first full date each text prints; a text that prints none"
                    + " needs it).")
    String date;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Extractor extractor;
        Optional<LocalDate> published;
        try {
            extractor = lang == null
                    ? Extractor.detectingLanguage()
                    : Extractor.forLanguage(Language.fromCode(lang.toLowerCase(Locale.ROOT)));
            if (source != null) {
                Ids.requireId("--source", source);
            }
            published = date == null ? Optional.empty() : Optional.of(IsoDates.day(date));
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "Invalid value for --date: expected a day" + " YYYY-MM-DD but was '" + date + "'"
                            + (IsoDates.isNotADay(e) ? " (" + e.getMessage() + ")" : ""));
        } catch (DisplacementDataException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid option value: " + e.getMessage());
        }
        if (source != null && files.size() > 1) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--source names one text but " + files.size() + " files were given; leave it out");
        }
        List<ExtractedText> texts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int mentions = 0;
        for (String file : files) {
            boolean stdin = file.equals("-");
            String text = stdin ? SourceTexts.read("standard input", System.in) : SourceTexts.read(Path.of(file));
            requireText(stdin ? "standard input" : file, text);
            String id = source != null
                    ? source
                    : stdin
                            ? "stdin"
                            : Slug.ofFileName(Path.of(file).getFileName().toString());
            for (int n = 2; !ids.add(id); n++) {
                id = id.replaceAll("-\\d+$", "") + "-" + n;
            }
            List<Mention> found = extractor.extract(text);
            mentions += found.size();
            ExtractedText extracted = ExtractedText.of(
                    id, stdin ? "-" : Path.of(file).getFileName().toString(), text, found);
            texts.add(published.map(extracted::publishedOn).orElse(extracted));
        }
        Extraction.write(out, texts, dataset);
        spec.commandLine()
                .getOut()
                .println("extracted " + mentions + " mentions from " + texts.size()
                        + (texts.size() == 1 ? " text" : " texts") + " into " + out.resolve(Extraction.MENTIONS)
                        + (dataset ? ", with a draft dataset for `report --data " + out + "`" : ""));
        return 0;
    }

    /** A text holds no NUL or other control character but tab and line breaks: else it is binary. */
    private static void requireText(String name, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (CsvCells.isRefusedControl(text.charAt(i))) {
                long line =
                        1 + text.substring(0, i).chars().filter(c -> c == '\n').count();
                throw new DisplacementDataException(String.format(
                        Locale.ROOT,
                        "%s line %d: must be plain text but"
                                + " holds the control character U+%04X at character offset %d; is it a binary file?",
                        name,
                        line,
                        (int) text.charAt(i),
                        i));
            }
        }
    }
}
