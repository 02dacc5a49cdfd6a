package org.displacementstats.flowlog;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.displacementstats.DisplacementDataException;

/**
 * Reads the log in blocks and cuts them at the last line break that ends a record (not one inside a quoted
 * field), so that each {@link Chunk} holds whole records and can be parsed on its own.
 *
 * <p>An exact cut takes one pass over every byte with the quote rules of {@link ByteChunkParser}, which costs
 * about as much as parsing. So by default the cut is optimistic: after the last line feed of the block, found
 * from the end. It is wrong only when that line feed lies inside a quoted field; then the parser of that chunk,
 * which starts at a true record boundary, ends inside quotes and says so, and the summary is computed again
 * with exact cuts ({@link ChunkOutcome#misaligned}).
 */
final class Chunker implements AutoCloseable {
    static final List<String> HEADER = List.of(Accumulator.COLUMN_NAMES);
    /** A record longer than this is taken for an unclosed quote rather than read into ever larger buffers. */
    static final int MAX_RECORD_BYTES = 64 << 20;
    /** A header row may be this long, however small the chunks. */
    static final int MIN_HEADER_BYTES = 4096;

    private final String name;
    private final ReadableByteChannel channel;
    private final boolean exact;
    /** Whether the channel's end is the log's end (false for a slice that a later slice continues). */
    private final boolean fileEnds;

    private byte[] carry = new byte[0];
    private int carryLength;
    private boolean eof;
    private int nextIndex;
    private long offset;

    Chunker(Path file, boolean exact) {
        this(String.valueOf(file.getFileName()), open(file), exact, true);
    }

    /**
     * Cuts the bytes of {@code channel}, a whole log or a slice of one that starts at a record boundary.
     *
     * @param fileEnds whether the channel ends where the log ends: else a quoted field still open at its end is
     *     taken for a record that the next slice continues ({@link ChunkOutcome#misaligned})
     */
    Chunker(String name, ReadableByteChannel channel, boolean exact, boolean fileEnds) {
        this.name = name;
        this.channel = channel;
        this.exact = exact;
        this.fileEnds = fileEnds;
    }

    private static FileChannel open(Path file) {
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new DisplacementDataException(file + ": cannot be read (" + e + ")", e);
        }
    }

    /** Reads and checks the header row; the chunks start after it, on line 2. */
    void readHeader(byte[] chunkBuffer) {
        int limit = Math.max(chunkBuffer.length, MIN_HEADER_BYTES);
        byte[] buffer = chunkBuffer;
        int filled = fill(buffer, 0);
        int lf = 0;
        while (true) {
            while (lf < filled && buffer[lf] != '\n') {
                lf++;
            }
            if (lf < filled || eof) {
                break;
            }
            if (buffer.length >= limit) {
                throw new DisplacementDataException(name + ":1:1: the header row is longer than " + limit
                        + " bytes; it must be " + String.join(",", HEADER));
            }
            // Tiny test chunks: read the header in steps, so that what follows it stays as small as a chunk.
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, limit));
            filled = fill(buffer, filled);
        }
        int start =
                filled >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        String line = new String(buffer, start, lf - start, StandardCharsets.UTF_8).replaceFirst("\r$", "");
        if (!line.equals(String.join(",", HEADER))
                && (line.isEmpty()
                        || !CsvReader.builder()
                                .ofSingleCsvRecord(line)
                                .getFields()
                                .equals(HEADER))) {
            throw new DisplacementDataException(
                    name + ":1:1: the header row must be " + String.join(",", HEADER) + " but was '" + line + "'");
        }
        int next = Math.min(lf + 1, filled);
        carryLength = filled - next;
        carry = Arrays.copyOfRange(buffer, next, filled);
        offset = next;
    }

    /**
     * The next chunk, in {@code buffer} (or in a larger one when a record does not fit), or null at the end.
     */
    Chunk next(byte[] buffer) {
        if (eof && carryLength == 0) {
            return null;
        }
        byte[] buf = carryLength * 2 > buffer.length ? new byte[Math.max(buffer.length, carryLength) * 2] : buffer;
        System.arraycopy(carry, 0, buf, 0, carryLength);
        int filled = fill(buf, carryLength);
        int cut = eof ? filled : cut(buf, filled);
        while (cut < 0) {
            if (buf.length >= MAX_RECORD_BYTES) {
                throw new DisplacementDataException(
                        name + ": a record starting after byte " + offset + " is longer than "
                                + (MAX_RECORD_BYTES >> 20) + " MiB; check for a double quote that is never closed");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
            filled = fill(buf, filled);
            cut = eof ? filled : cut(buf, filled);
        }
        carryLength = filled - cut;
        if (carry.length < carryLength) {
            carry = new byte[Math.max(carryLength, buf.length / 4)];
        }
        System.arraycopy(buf, cut, carry, 0, carryLength);
        offset += cut;
        return new Chunk(nextIndex++, buf, cut, eof && carryLength == 0 && fileEnds);
    }

    private int cut(byte[] buf, int filled) {
        return exact ? lastRecordEnd(buf, filled) : lastLineEnd(buf, filled);
    }

    /** Index after the last LF in {@code b[0, length)}, or -1 if there is none. */
    static int lastLineEnd(byte[] b, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    /** Index after the last LF outside quotes in {@code b[0, length)}, or -1 if there is none. */
    static int lastRecordEnd(byte[] b, int length) {
        return recordEnd(b, 0, length, false);
    }

    /** Index after the first LF outside quotes in {@code b[from, length)}, or {@code length} if there is none. */
    static int recordEnd(byte[] b, int from, int length) {
        int end = recordEnd(b, from, length, true);
        return end < 0 ? length : end;
    }

    private static int recordEnd(byte[] b, int from, int length, boolean first) {
        int last = -1;
        boolean quoted = false;
        boolean fieldStart = true;
        boolean afterQuote = false;
        for (int i = from; i < length; i++) {
            byte x = b[i];
            if (quoted) {
                if (x == '"') {
                    quoted = false;
                    afterQuote = true;
                }
                continue;
            }
            if (x == '"') {
                quoted = fieldStart || afterQuote;
                fieldStart = false;
                afterQuote = false;
                continue;
            }
            afterQuote = false;
            if (x == '\n') {
                if (first) {
                    return i + 1;
                }
                last = i;
                fieldStart = true;
            } else {
                fieldStart = x == ',' || x == '\r';
            }
        }
        return last < 0 ? -1 : last + 1;
    }

    private int fill(byte[] buf, int from) {
        int filled = from;
        try {
            ByteBuffer bb = ByteBuffer.wrap(buf, from, buf.length - from);
            while (bb.hasRemaining()) {
                int n = channel.read(bb);
                if (n < 0) {
                    eof = true;
                    break;
                }
            }
            filled = bb.position();
        } catch (IOException e) {
            throw new DisplacementDataException(name + ": cannot be read (" + e + ")", e);
        }
        return filled;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // Read-only: nothing was written that closing could lose.
        }
    }
}
