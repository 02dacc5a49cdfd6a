package org.displacementstats.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The reviewed golden report files of the seed dataset, in {@code src/test/resources/golden/}. */
public final class Golden {
    /** The plain report. */
    public static final String PLAIN = "aleppo-2016-11";

    /** The report with HXL hashtag rows. */
    public static final String HXL = "aleppo-2016-11-hxl";

    private Golden() {}

    /**
     * @param variant {@link #PLAIN} or {@link #HXL}
     * @param file a report file name such as {@code figures.csv}
     * @return the golden file's bytes
     */
    public static byte[] bytes(String variant, String file) {
        String resource = "/golden/" + variant + "/" + file;
        try (InputStream in = Golden.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param dir a directory
     * @return every regular file in it by name, with its bytes, sorted by name
     */
    public static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
