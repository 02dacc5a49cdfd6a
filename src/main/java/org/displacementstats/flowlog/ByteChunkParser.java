package org.displacementstats.flowlog;

import java.util.Arrays;
import java.util.Optional;
import org.displacementstats.RejectedRow;

/**
 * RFC 4180 on the raw UTF-8 bytes: no decoding to chars and no String per field. Field and line rules are
 * those of FastCSV's reader (LF, CRLF or CR end a line, also inside quotes, for line numbers; a quote opens a
 * quoted field only at its start; {@code ""} inside quotes is one quote; empty lines are skipped; a character
 * after a closing quote is an error); {@code ByteChunkParserTest} checks both agree.
 */
final class ByteChunkParser implements ChunkParser {
    private final Fields fields = new Fields();
    private final PlainRecord plain = new PlainRecord();
    private byte[] scratch = new byte[1024];

    @Override
    public void parse(Chunk chunk, Accumulator accumulator, ChunkOutcome outcome, boolean skipBadRows) {
        try {
            parseRecords(chunk, accumulator, outcome, skipBadRows);
        } finally {
            accumulator.flush();
        }
    }

    private void parseRecords(Chunk chunk, Accumulator accumulator, ChunkOutcome outcome, boolean skipBadRows) {
        byte[] b = chunk.bytes();
        int end = chunk.length();
        Fields f = fields;
        int pos = 0;
        long line = 0;
        while (pos < end) {
            byte first = b[pos];
            if (first == '\n') {
                line++;
                pos++;
                continue;
            }
            if (first == '\r') {
                pos++;
                if (pos < end && b[pos] == '\n') {
                    pos++;
                }
                line++;
                continue;
            }
            int next = plain.add(b, pos, end, accumulator);
            if (next >= 0) {
                line++;
                pos = next;
                continue;
            }
            long recordLine = line;
            int recordStart = pos;
            int n = 0;
            int scratchUsed = 0;
            while (true) {
                if (pos < end && b[pos] == '"') {
                    int start = ++pos;
                    boolean escaped = false;
                    while (true) {
                        if (pos >= end) {
                            if (!chunk.last()) {
                                outcome.misaligned = true;
                                return;
                            }
                            outcome.fatal(recordLine, "a quoted field is not closed (a double quote is missing)");
                            outcome.lines = line;
                            return;
                        }
                        byte x = b[pos];
                        if (x == '"') {
                            if (pos + 1 < end && b[pos + 1] == '"') {
                                escaped = true;
                                pos += 2;
                                continue;
                            }
                            break;
                        }
                        if (x == '\n' || x == '\r' && (pos + 1 >= end || b[pos + 1] != '\n')) {
                            line++;
                        }
                        pos++;
                    }
                    int fieldEnd = pos++;
                    if (escaped) {
                        int needed = scratchUsed + (fieldEnd - start);
                        if (needed > scratch.length) {
                            scratch = Arrays.copyOf(scratch, Math.max(needed, scratch.length * 2));
                        }
                        int from = scratchUsed;
                        for (int i = start; i < fieldEnd; i++) {
                            scratch[scratchUsed++] = b[i];
                            if (b[i] == '"') {
                                i++;
                            }
                        }
                        f.set(n, scratch, from, scratchUsed - from);
                    } else {
                        f.set(n, b, start, fieldEnd - start);
                    }
                    if (pos < end && b[pos] != ',' && b[pos] != '\n' && b[pos] != '\r') {
                        outcome.fatal(
                                line,
                                "unexpected character after a closing double quote (write a double"
                                        + " quote inside a quoted field as two double quotes)");
                        outcome.lines = line;
                        return;
                    }
                } else {
                    int start = pos;
                    while (pos < end) {
                        byte x = b[pos];
                        if (x == ',' || x == '\n' || x == '\r') {
                            break;
                        }
                        pos++;
                    }
                    f.set(n, b, start, pos - start);
                }
                n++;
                if (pos >= end) {
                    break;
                }
                byte t = b[pos++];
                if (t == ',') {
                    continue;
                }
                if (t == '\r' && pos < end && b[pos] == '\n') {
                    pos++;
                }
                line++;
                break;
            }
            f.count = n;
            Optional<RejectedRow> bad = accumulator.add(f, recordLine);
            if (bad.isPresent()) {
                outcome.bad(bad.get(), b, recordStart, pos);
                if (!skipBadRows) {
                    break;
                }
            }
        }
        outcome.lines = line;
    }
}
