package org.displacementstats.io;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.internal.CsvCells;

/**
 * Reads a UTF-8 text file record by record, without holding the file in memory: LF, CRLF or CR line ends, a
 * leading byte order mark ignored, blank lines skipped, quoted fields may span lines. Each record keeps its
 * raw text and its code-point offset, so that a figure can quote exactly the bytes it came from.
 */
final class RecordReader implements Closeable {
    /** Longer than any real record; the bound keeps a file without line ends from exhausting memory. */
    static final int MAX_RECORD_CHARS = 1 << 20;

    private final String file;
    private final Counting counting;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private boolean endOfBytes;
    private boolean flushed;
    /** A byte that is not UTF-8, met while decoding ahead: reported when the records before it have been read. */
    private CoderResult malformed;

    private final long size;
    private final Consumer<String> progress;
    /** What the reading is for, as progress lines start: {@code reading}, {@code checking and writing}. */
    private final String phase;

    private final char[] buffer = new char[1 << 16];
    private int position;
    private int length;
    private long line = 1;
    private long offset;
    private long records;
    private int reported;
    private boolean started;

    RecordReader(Path path, Consumer<String> progress, String phase) {
        this.file = path.toString();
        this.progress = progress;
        this.phase = phase;
        try {
            this.size = Files.size(path);
            this.counting = new Counting(Files.newInputStream(path));
        } catch (NoSuchFileException e) {
            throw new DisplacementDataException(file + ": no such file", e);
        } catch (IOException e) {
            throw new DisplacementDataException(file + ": cannot be read (" + e + ")", e);
        }
    }

    String file() {
        return file;
    }

    /** @return whether the file is large enough for progress lines ({@link ImportOptions#PROGRESS_BYTES}) */
    boolean isLarge() {
        return size > ImportOptions.PROGRESS_BYTES;
    }

    /**
     * @return the next non-blank record, or {@code null} at the end of the file
     * @throws DisplacementDataException if the file cannot be split into records there
     */
    Record next() {
        StringBuilder text = new StringBuilder();
        boolean quoted = false;
        long startLine = line;
        long startOffset = offset;
        while (true) {
            int c = read();
            if (c < 0) {
                if (quoted) {
                    throw unreadable(
                            startLine,
                            "a quoted field opened in this record must be closed" + " before the end of the file",
                            "close the double quote");
                }
                return text.length() == 0 ? null : record(startLine, startOffset, text);
            }
            if (!started) {
                started = true;
                if (c == '\uFEFF') {
                    continue;
                }
            }
            if (CsvCells.isRefusedControl(c)) {
                throw unreadable(
                        line,
                        String.format(Locale.ROOT, "a record must not hold the control" + " character U+%04X", c),
                        "remove it (was the file saved as text?)");
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == '\n' || c == '\r') {
                boolean crlf = c == '\r' && peek() == '\n';
                if (!quoted) {
                    if (crlf) {
                        read();
                    }
                    line++;
                    offset += crlf ? 2 : 1;
                    if (text.length() == 0) {
                        startLine = line;
                        startOffset = offset;
                        continue;
                    }
                    return record(startLine, startOffset, text);
                }
                if (!crlf) {
                    line++;
                }
            }
            text.append((char) c);
            if (!Character.isLowSurrogate((char) c)) {
                offset++;
            }
            if (text.length() > MAX_RECORD_CHARS) {
                throw unreadable(
                        startLine,
                        "a record must be at most " + MAX_RECORD_CHARS + " characters"
                                + (quoted ? " (a double quote opened here is never closed)" : ""),
                        "is this a CSV file with line breaks?");
            }
        }
    }

    /** A file that cannot be split into records stops the import: no record can be set aside. */
    private DisplacementDataException unreadable(long at, String rule, String fix) {
        return new DisplacementDataException(Problem.ofRecord(0, "", rule, fix).message(file, at));
    }

    private Record record(long startLine, long startOffset, StringBuilder text) {
        if (offset > Integer.MAX_VALUE) {
            throw new DisplacementDataException(file + ":" + startLine + ": the file is too large to quote: offsets"
                    + " must stay below " + Integer.MAX_VALUE + " code points; split the file");
        }
        records++;
        if (isLarge() && progress != null) {
            int tenth = (int) (counting.count * 10 / size);
            if (tenth > reported) {
                reported = tenth;
                progress.accept(String.format(
                        Locale.ROOT,
                        "%s %s: %d%% (%d of %d MB, %d records)",
                        phase,
                        file,
                        Math.min(100, tenth * 10),
                        counting.count >> 20,
                        size >> 20,
                        records));
            }
        }
        return new Record(file, startLine, (int) startOffset, text.toString());
    }

    private int read() {
        if (position == length && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() {
        if (position == length && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    /**
     * Decodes the next characters. A byte that is not UTF-8 is reported only once the characters before it are
     * read, so that the message names the line it is on (a Reader would fail a whole buffer ahead of it).
     */
    private boolean fill() {
        if (malformed != null) {
            throw new DisplacementDataException(String.format(
                    Locale.ROOT,
                    "%s:%d: must be UTF-8 text but byte 0x%02X" + " is not valid UTF-8; save the file as UTF-8",
                    file,
                    line,
                    bytes.get(bytes.position()) & 0xFF));
        }
        if (flushed) {
            return false;
        }
        CharBuffer chars = CharBuffer.wrap(buffer);
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, endOfBytes);
            if (result.isError()) {
                malformed = result;
            } else if (result.isUnderflow() && !endOfBytes) {
                if (chars.position() > 0) {
                    break;
                }
                readBytes();
                continue;
            } else if (result.isUnderflow()) {
                // The decoder must not be called again once flushed; UTF-8 leaves nothing to flush.
                decoder.flush(chars);
                flushed = true;
            }
            break;
        }
        if (chars.position() == 0) {
            return malformed != null ? fill() : false;
        }
        position = 0;
        length = chars.position();
        return true;
    }

    private void readBytes() {
        bytes.compact();
        try {
            int n = counting.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfBytes = true;
            } else {
                bytes.position(bytes.position() + n);
            }
        } catch (IOException e) {
            throw new DisplacementDataException(file + ":" + line + ": cannot be read (" + e + ")", e);
        } finally {
            bytes.flip();
        }
    }

    @Override
    public void close() {
        try {
            counting.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the bytes read, for progress lines. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }
    }
}
