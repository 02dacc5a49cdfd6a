package org.displacementstats.flowlog;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.RecordType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.displacementstats.RejectedRow;

/**
 * FastCSV's reader on a chunk, through a callback handler that hands each field's chars to the
 * {@link Accumulator} without building a record object. The reference for {@link ByteChunkParser}.
 */
final class LibraryChunkParser implements ChunkParser {

    @Override
    public void parse(Chunk chunk, Accumulator accumulator, ChunkOutcome outcome, boolean skipBadRows) {
        String text = new String(chunk.bytes(), 0, chunk.length(), StandardCharsets.UTF_8);
        Handler handler = new Handler(accumulator, outcome, chunk, skipBadRows);
        try (CsvReader<Object> reader = CsvReader.builder()
                .skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .maxBufferSize(Integer.MAX_VALUE - 16)
                .build(handler, text)) {
            reader.iterator().hasNext();
        } catch (CsvParseException e) {
            outcome.fatal(
                    handler.line,
                    e.getMessage()
                            + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            accumulator.flush();
        }
        outcome.lines = lineBreaks(chunk.bytes(), chunk.length());
    }

    /** Line breaks as FastCSV counts them: LF, CRLF and a lone CR, quoted or not. */
    static long lineBreaks(byte[] b, int length) {
        long lines = 0;
        for (int i = 0; i < length; i++) {
            if (endsLine(b, i, length)) {
                lines++;
            }
        }
        return lines;
    }

    /** Whether {@code b[i]} ends a line: an LF, or a CR not followed by an LF. */
    private static boolean endsLine(byte[] b, int i, int length) {
        return b[i] == '\n' || b[i] == '\r' && (i + 1 >= length || b[i + 1] != '\n');
    }

    private static final class Handler extends AbstractBaseCsvCallbackHandler<Object> {
        private final Accumulator accumulator;
        private final ChunkOutcome outcome;
        private final Chunk chunk;
        /** A line of the chunk and where it starts, moved forward to each bad row's line. */
        private long cursorLine;

        private int cursor;
        private final boolean skipBadRows;
        private final Fields fields = new Fields();
        private byte[] scratch = new byte[1024];
        private int used;
        private boolean stopped;
        long line;

        Handler(Accumulator accumulator, ChunkOutcome outcome, Chunk chunk, boolean skipBadRows) {
            this.accumulator = accumulator;
            this.outcome = outcome;
            this.chunk = chunk;
            this.skipBadRows = skipBadRows;
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            used = 0;
            line = startingLineNumber - 1;
        }

        @Override
        protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
            if (index >= Fields.COLUMNS) {
                return;
            }
            if (used + length * 3 > scratch.length) {
                scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, used + length * 3));
            }
            int from = used;
            for (int i = offset; i < offset + length; i++) {
                char c = buf[i];
                if (c >= 0x80) {
                    byte[] utf8 = new String(buf, offset, length).getBytes(StandardCharsets.UTF_8);
                    if (from + utf8.length > scratch.length) {
                        scratch = Arrays.copyOf(scratch, from + utf8.length + scratch.length);
                    }
                    System.arraycopy(utf8, 0, scratch, from, utf8.length);
                    used = from + utf8.length;
                    fields.set(index, scratch, from, utf8.length);
                    return;
                }
                scratch[used++] = (byte) c;
            }
            fields.set(index, scratch, from, length);
        }

        @Override
        protected Object buildRecord() {
            if (stopped || getRecordType() != RecordType.DATA) {
                return null;
            }
            fields.count = getFieldCount();
            Optional<RejectedRow> bad = accumulator.add(fields, line);
            if (bad.isPresent()) {
                byte[] b = chunk.bytes();
                while (cursorLine < line) {
                    if (endsLine(b, cursor, chunk.length())) {
                        cursorLine++;
                    }
                    cursor++;
                }
                outcome.bad(bad.get(), b, cursor, Chunker.recordEnd(b, cursor, chunk.length()));
                stopped = !skipBadRows;
            }
            return null;
        }
    }
}
