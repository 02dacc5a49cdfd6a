package org.displacementstats.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * The bytes of one slice of a log: from the first record that starts at or after {@code start} (the byte after
 * the first line feed at or after {@code start - 1}; the log's first byte for {@code start} 0) to the line feed
 * that ends the record holding byte {@code end - 1}. So consecutive slices share no byte and miss none, as
 * Hadoop's line reader cuts text files.
 */
final class SliceChannel implements ReadableByteChannel {
    private final InputStream in;
    private final long end;
    private long position;
    private int lastByte = '\n';
    private boolean done;

    /**
     * @param in the log, positioned at {@code start - 1} (or at 0 when {@code start} is 0); buffered, as the end
     *     of a slice is read byte by byte
     */
    SliceChannel(InputStream in, long start, long end) throws IOException {
        this.in = in;
        this.end = end;
        if (start == 0) {
            position = 0;
        } else {
            position = start - 1;
            int b;
            do {
                b = in.read();
                position++;
            } while (b >= 0 && b != '\n');
            done = b < 0;
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (done) {
            return -1;
        }
        int n = 0;
        while (dst.hasRemaining() && position < end) {
            int want = (int) Math.min(dst.remaining(), end - position);
            byte[] into = dst.hasArray() ? dst.array() : new byte[want];
            int offset = dst.hasArray() ? dst.arrayOffset() + dst.position() : 0;
            int got = in.read(into, offset, want);
            if (got < 0) {
                done = true;
                return n == 0 ? -1 : n;
            }
            if (dst.hasArray()) {
                dst.position(dst.position() + got);
            } else {
                dst.put(into, 0, got);
            }
            lastByte = dst.get(dst.position() - 1) & 0xFF;
            position += got;
            n += got;
        }
        while (dst.hasRemaining() && position >= end && lastByte != '\n') {
            int b = in.read();
            if (b < 0) {
                done = true;
                return n == 0 ? -1 : n;
            }
            dst.put((byte) b);
            lastByte = b;
            position++;
            n++;
        }
        if (position >= end && lastByte == '\n') {
            done = true;
        }
        return n == 0 && done ? -1 : n;
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
