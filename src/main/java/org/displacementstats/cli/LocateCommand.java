package org.displacementstats.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.displacementstats.dataset.SourceTexts;
import org.displacementstats.provenance.Quote;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code locate --text FILE --quote "…"}: the offsets, prefix and suffix of a quote, ready for a dataset row. */
@Command(
        name = "locate",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Finds a quote in a source's text and prints, as CSV, the five quote columns of a dataset row:"
                    + " quote_start and quote_end (code points, end exclusive), quote_exact, quote_prefix and"
                    + " quote_suffix.",
            "The quote must occur once; otherwise the message names every offset where it occurs, or the nearest"
                    + " near-match."
        },
        footerHeading = "%nExample:%n",
        footer = {"  displacement-stats locate --text seeds/article.txt --quote \"Près de 10.000 d'entre eux\""})
final class LocateCommand implements Callable<Integer> {
    @Option(names = "--text", required = true, paramLabel = "FILE", description = "The source's text (UTF-8).")
    Path text;

    @Option(names = "--quote", required = true, paramLabel = "WORDS", description = "The words to find, as printed.")
    String quote;

    @Option(
            names = "--context",
            paramLabel = "N",
            defaultValue = "24",
            description = "Code points of prefix and suffix (default: ${DEFAULT-VALUE}).")
    int context;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (context < 0 || context > 1000) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--context must be between 0 and 1000 but was " + context);
        }
        Quote q = Quote.locate(SourceTexts.read(text), quote, context);
        CsvWriter csv = CsvWriter.builder()
                .lineDelimiter(LineDelimiter.LF)
                .build(spec.commandLine().getOut());
        csv.writeRecord(List.of("quote_start", "quote_end", "quote_exact", "quote_prefix", "quote_suffix"));
        csv.writeRecord(
                List.of(Integer.toString(q.start()), Integer.toString(q.end()), q.exact(), q.prefix(), q.suffix()));
        try {
            csv.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return 0;
    }
}
