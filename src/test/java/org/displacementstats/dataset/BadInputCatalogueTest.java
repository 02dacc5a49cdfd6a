package org.displacementstats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.cli.Main;
import org.displacementstats.figure.Figure;
import org.displacementstats.io.Importers;
import org.displacementstats.io.MatrixLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of hostile and broken inputs, {@code src/test/resources/bad-input/cases.csv} (its README.md says
 * what each column means): each case is read by the library and ends as the catalogue says — rejected with a
 * {@link DisplacementDataException} whose message holds every expected fragment (file, line, column, value), or
 * accepted with the stated figures and checks. No other exception, and no {@link OutOfMemoryError}, may end a
 * case. A rejected case is also run through the command line into a directory that holds a previous report,
 * which must come out byte-identical, with nothing written beside it.
 */
class BadInputCatalogueTest {
    static final Path CATALOGUE = Path.of("src", "test", "resources", "bad-input");
    private static final int HUGE_LINE_BYTES = 50 << 20;
    private static final int LONG_LINE_BYTES = 10 << 20;
    private static final int MANY = 100_000;
    /** A message that names file, line, column and value stays short, whatever the input. */
    private static final int LONGEST_MESSAGE = 1_000;

    @TempDir
    static Path previous;

    @TempDir
    Path root;

    /**
     * One row of cases.csv.
     *
     * @param name the case, also its folder under bad-input/
     * @param target {@code dataset} (the file replaces one of a copy of the seed dataset) or an import format
     * @param file the file's name
     * @param input {@code committed} (bad-input/&lt;case&gt;/&lt;file&gt;) or {@code generated:<how>}
     * @param accepted whether the input is accepted
     * @param expected the message's fragments, or what an accepted case must give
     * @param args the import command's further arguments
     */
    record Case(
            String name,
            String target,
            String file,
            String input,
            boolean accepted,
            List<String> expected,
            List<String> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (CsvReader<CsvRecord> reader =
                CsvReader.builder().ofCsvRecord(CATALOGUE.resolve("cases.csv"), StandardCharsets.UTF_8)) {
            for (CsvRecord r : reader) {
                if (r.getStartingLineNumber() == 1) {
                    assertThat(r.getFields())
                            .startsWith("case", "target", "file", "input", "outcome", "expected", "args");
                    continue;
                }
                assertThat(r.getField(4)).as("outcome of %s", r.getField(0)).isIn("accepted", "rejected");
                cases.add(new Case(
                        r.getField(0),
                        r.getField(1),
                        r.getField(2),
                        r.getField(3),
                        r.getField(4).equals("accepted"),
                        Arrays.asList(r.getField(5).split(" \\| ")),
                        r.getField(6).isBlank()
                                ? List.of()
                                : Arrays.asList(r.getField(6).split(" "))));
            }
        }
        return cases.stream();
    }

    /** A previous report and a previous import, which a failed run must leave as they are. */
    @BeforeAll
    static void previousOutputs() throws IOException {
        assertThat(cli("report", "--out", previous.resolve("report").toString(), "--draws", "1000").code)
                .isZero();
        Path series = Files.writeString(previous.resolve("series.csv"), "2013-01-31;100\n2013-02-28;200\n");
        assertThat(cli(
                                "import",
                                "--format",
                                "series",
                                series.toString(),
                                "--out",
                                previous.resolve("import").toString())
                        .code)
                .isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ends_as_the_catalogue_says(Case c) throws IOException {
        Path input = prepare(c);

        Throwable thrown = catchThrowable(() -> load(c, input));

        if (c.accepted()) {
            assertThat(thrown).as("case %s is accepted", c.name()).isNull();
            accepted(c, load(c, input));
            writtenByTheCommandLine(c, input);
        } else {
            assertThat(thrown).as("case %s", c.name()).isExactlyInstanceOf(DisplacementDataException.class);
            assertThat(thrown.getMessage()).contains(c.expected()).hasSizeLessThanOrEqualTo(LONGEST_MESSAGE);
            nothingWrittenByTheCommandLine(c, input);
        }
    }

    @Test
    void readme_lists_every_case_with_its_outcome() throws IOException {
        String readme = Files.readString(CATALOGUE.resolve("README.md"), StandardCharsets.UTF_8);

        List<Case> cases = cases().toList();

        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        assertThat(cases)
                .allSatisfy(c -> assertThat(readme)
                        .contains("| `" + c.name() + "` | " + c.target() + " | " + c.file() + " | " + c.input()
                                + " | **" + (c.accepted() ? "accepted" : "rejected") + "** |"));
        assertThat(readme).contains(cases.size() + " hostile or broken inputs");
    }

    /** @return the dataset directory, or the file to import */
    private Path prepare(Case c) throws IOException {
        Path target;
        if (c.target().equals("dataset")) {
            AleppoCopy copy = AleppoCopy.in(root);
            target = copy.file(c.file());
        } else {
            target = Files.createDirectories(root.resolve("import")).resolve(c.file());
        }
        if (c.input().equals("committed")) {
            Files.copy(
                    CATALOGUE.resolve(c.name()).resolve(c.file()),
                    target,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } else {
            generate(c.input().substring("generated:".length()), target);
        }
        return c.target().equals("dataset") ? target.getParent() : target;
    }

    /** The huge inputs, written in pieces, never held whole in memory. */
    private static void generate(String how, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            switch (how) {
                case "huge-line" -> {
                    byte[] chunk = new byte[1 << 20];
                    Arrays.fill(chunk, (byte) 'a');
                    for (int written = 0; written < HUGE_LINE_BYTES; written += chunk.length) {
                        out.write(chunk);
                    }
                }
                case "long-line" -> {
                    byte[] chunk = new byte[1 << 20];
                    Arrays.fill(chunk, (byte) 'a');
                    for (int written = 0; written < LONG_LINE_BYTES; written += chunk.length) {
                        out.write(chunk);
                    }
                }
                case "many-columns" -> {
                    for (int i = 1; i <= MANY; i++) {
                        out.write(((i == 1 ? "" : ",") + "c" + i).getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write('\n');
                }
                case "many-fields" -> {
                    List<String> seed = Files.readAllLines(AleppoCopy.DATA.resolve("figures.csv"));
                    out.write((seed.get(0) + "\n" + seed.get(1) + "\n").getBytes(StandardCharsets.UTF_8));
                    for (int i = 1; i <= MANY; i++) {
                        out.write((i == 1 ? "x" : ",x").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write('\n');
                }
                default -> throw new IllegalArgumentException("no generator " + how);
            }
        }
    }

    private static DisplacementDataset load(Case c, Path input) {
        return switch (c.target()) {
            case "dataset" -> DisplacementDataset.read(input);
            case "hxl" -> Importers.hxl(input).dataset();
            case "idmc-gidd" -> Importers.idmcGidd(input).dataset();
            case "series" -> Importers.series(input).dataset();
            case "matrix" ->
                Importers.matrix(
                                input,
                                MatrixLayout.of(
                                                List.of(arg(c, "--place-columns")
                                                        .split(",")),
                                                arg(c, "--origin-columns"))
                                        .on(LocalDate.parse(arg(c, "--date"))))
                        .dataset();
            default -> throw new IllegalArgumentException("unknown target " + c.target());
        };
    }

    private static String arg(Case c, String name) {
        return c.args().get(c.args().indexOf(name) + 1);
    }

    /**
     * What an accepted case must give: {@code same figures as the seed}, {@code figure <id> <count>},
     * {@code check <id> <status>}, {@code note of <source id> holds a line break}.
     */
    private void accepted(Case c, DisplacementDataset ds) throws IOException {
        for (String e : c.expected()) {
            String[] w = e.split(" ");
            if (e.equals("same figures as the seed")) {
                DisplacementDataset seed = AleppoCopy.in(root.resolve("seed")).read();
                assertThat(summary(ds.figures())).isEqualTo(summary(seed.figures()));
            } else if (w[0].equals("figure")) {
                assertThat(ds.figure(w[1]).count()).map(Object::toString).as(e).contains(w[2]);
            } else if (w[0].equals("check")) {
                assertThat(ds.checks())
                        .as(e)
                        .filteredOn(k -> k.id().equals(w[1]))
                        .singleElement()
                        .satisfies(k -> assertThat(k.status().name()).isEqualToIgnoringCase(w[2]));
            } else if (e.startsWith("note of ") && e.endsWith(" holds a line break")) {
                assertThat(ds.sources())
                        .filteredOn(s -> s.id().equals(w[2]))
                        .singleElement()
                        .satisfies(s -> assertThat(s.note()).contains("\n"));
            } else {
                throw new IllegalArgumentException("case " + c.name() + ": unknown expectation '" + e + "'");
            }
        }
    }

    private static List<String> summary(List<Figure> figures) {
        return figures.stream()
                .map(f -> f.id() + " " + f.count() + " " + f.estimate())
                .toList();
    }

    /** An accepted input goes through the whole command line: its report is written. */
    private void writtenByTheCommandLine(Case c, Path input) {
        Path out = root.resolve("out");
        Run run = cli(commandLine(c, input, out));

        assertThat(run.code).as("exit code of %s, stderr %s", c.name(), run.err).isZero();
        assertThat(out.resolve("figures.csv")).isRegularFile();
    }

    private static String[] commandLine(Case c, Path input, Path out) {
        List<String> args = new ArrayList<>(
                c.target().equals("dataset")
                        ? List.of("report", "--data", input.toString(), "--out", out.toString(), "--draws", "1000")
                        : List.of("import", "--format", c.target(), input.toString(), "--out", out.toString()));
        args.addAll(c.args());
        return args.toArray(String[]::new);
    }

    /** The same input through the command line: exit 1, the same message, the previous output untouched. */
    private void nothingWrittenByTheCommandLine(Case c, Path input) throws IOException {
        boolean report = c.target().equals("dataset");
        Path parent = Files.createDirectories(root.resolve("out"));
        Path out = parent.resolve("previous");
        Path before = previous.resolve(report ? "report" : "import");
        copyTree(before, out);

        Run run = cli(commandLine(c, input, out));

        assertThat(run.code).as("exit code of %s, stderr %s", c.name(), run.err).isEqualTo(1);
        assertThat(run.err).startsWith("error: ").contains(c.expected());
        assertThat(tree(out)).as("the previous output of %s", c.name()).isEqualTo(tree(before));
        try (Stream<Path> beside = Files.list(parent)) {
            assertThat(beside).as("nothing written beside the output").containsExactly(out);
        }
    }

    private record Run(int code, String out, String err) {}

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }

    /** Every file under {@code dir}, by relative path, with its bytes (as text, for readable failures). */
    private static Map<String, String> tree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .collect(Collectors.toMap(
                            f -> dir.relativize(f).toString(),
                            f -> {
                                try {
                                    return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                                } catch (IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            },
                            (a, b) -> a,
                            TreeMap::new));
        }
    }
}
