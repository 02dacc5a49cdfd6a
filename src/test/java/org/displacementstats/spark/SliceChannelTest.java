package org.displacementstats.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Byte ranges cut as Hadoop cuts text: every byte in exactly one slice, each slice whole lines. */
class SliceChannelTest {
    private static final byte[] LOG = ("date,origin,destination,count,quantifier,source\n"
                    + "2016-01-01,A,B,1,exact,S\r\n".repeat(40) + "\n\n2016-01-02,A,\"B\nC\",2,about,\"long "
                    + "x".repeat(300)
                    + "\"\n" + "2016-01-03,A,B,3,,S\n".repeat(25) + "2016-01-04,A,B,4,exact,no final line feed")
            .getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 17, 64, 1000, 100_000})
    void slices_share_no_byte_miss_none_and_end_after_a_line_feed(int size) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (long start = 0; start < LOG.length; start += size) {
            long end = Math.min(LOG.length, start + size);
            byte[] slice = read(start, end);
            int at = all.size();
            all.write(slice);
            if (slice.length > 0) {
                assertThat(at == 0 || LOG[at - 1] == '\n')
                        .as("slice from %d starts a line", start)
                        .isTrue();
                assertThat(slice[slice.length - 1] == '\n' || at + slice.length == LOG.length)
                        .as("slice from %d ends a line", start)
                        .isTrue();
            }
        }

        assertThat(all.toByteArray()).isEqualTo(LOG);
    }

    private static byte[] read(long start, long end) throws IOException {
        InputStream in = new ByteArrayInputStream(LOG);
        in.skipNBytes(Math.max(0, start - 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SliceChannel channel = new SliceChannel(new BufferedInputStream(in, 7), start, end)) {
            ByteBuffer buffer = ByteBuffer.allocate(5);
            while (channel.read(buffer) >= 0) {
                out.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
        }
        return out.toByteArray();
    }
}
