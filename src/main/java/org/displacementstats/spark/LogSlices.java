package org.displacementstats.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.displacementstats.DisplacementDataException;
import org.displacementstats.flowlog.FlowLogSlice;
import org.displacementstats.flowlog.FlowLogSummary.Options;

/**
 * The logs to read (one file, or the files of a directory, through Hadoop's file systems: local, hdfs://,
 * s3a://...) cut into byte ranges, one Spark task each.
 */
final class LogSlices {
    private LogSlices() {}

    /**
     * One byte range of one log.
     *
     * @param file the log's index among the inputs, in path order
     * @param name the log's file name, as messages name it
     * @param path the log's path
     * @param slice the range's index in its log
     * @param start the first byte
     * @param end the byte after the last; the range's last record runs on to its line feed
     * @param fileEnds whether {@code end} is the log's end
     */
    record Slice(int file, String name, String path, int slice, long start, long end, boolean fileEnds)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Reads and sums the range with the local summary's parser and rules. */
        FlowLogSlice read(Map<String, String> hadoopConf, Options options) {
            Configuration conf = new Configuration(false);
            hadoopConf.forEach(conf::set);
            Path p = new Path(path);
            return FlowLogSlice.read(
                    name,
                    () -> {
                        FileSystem fs = p.getFileSystem(conf);
                        FSDataInputStream in = fs.open(p);
                        try {
                            if (start > 0) {
                                in.seek(start - 1);
                            }
                            return new SliceChannel(new BufferedInputStream(in, 1 << 16), start, end);
                        } catch (IOException | RuntimeException e) {
                            in.close();
                            throw e;
                        }
                    },
                    start == 0,
                    fileEnds,
                    options);
        }
    }

    /** @return the Hadoop configuration as plain strings, to rebuild it in each task */
    static Map<String, String> configuration(Configuration conf) {
        Map<String, String> copy = new HashMap<>();
        conf.forEach(e -> copy.put(e.getKey(), e.getValue()));
        return copy;
    }

    /**
     * Cuts the logs as Spark cuts the files of its own file sources (FilePartition.maxSplitBytes): ranges of
     * {@code maxBytes}, or smaller so that every task slot gets one, but not under {@code openCost}.
     *
     * @param maxBytes {@code spark.sql.files.maxPartitionBytes}
     * @param openCost {@code spark.sql.files.openCostInBytes}
     * @param parallelism the task slots ({@code spark.default.parallelism})
     * @param whole indexes of the logs to read as one range each (their cut fell inside a quoted field)
     * @return the ranges of every log under {@code paths}, logs in path order
     */
    static List<Slice> of(
            Configuration conf, List<String> paths, long maxBytes, long openCost, int parallelism, Set<Integer> whole) {
        List<FileStatus> files = new ArrayList<>();
        for (String s : paths) {
            Path p = new Path(s);
            try {
                FileSystem fs = p.getFileSystem(conf);
                FileStatus status = fs.getFileStatus(p);
                if (status.isDirectory()) {
                    FileStatus[] inside = fs.listStatus(
                            p, f -> !f.getName().startsWith("_") && !f.getName().startsWith("."));
                    Arrays.sort(inside, Comparator.comparing(f -> f.getPath().toString()));
                    Arrays.stream(inside).filter(FileStatus::isFile).forEach(files::add);
                } else {
                    files.add(status);
                }
            } catch (IOException e) {
                throw new DisplacementDataException(s + ": cannot be read (" + e + ")", e);
            }
        }
        if (files.isEmpty()) {
            throw new DisplacementDataException(String.join(", ", paths) + ": holds no flow log");
        }
        long total = 0;
        for (FileStatus f : files) {
            total += f.getLen() + openCost;
        }
        long split = Math.max(1, Math.min(maxBytes, Math.max(openCost, total / Math.max(1, parallelism))));
        List<Slice> slices = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            FileStatus status = files.get(f);
            long length = status.getLen();
            long step = whole.contains(f) ? Math.max(length, 1) : split;
            int index = 0;
            long start = 0;
            do {
                long end = Math.min(length, start + step);
                slices.add(new Slice(
                        f,
                        status.getPath().getName(),
                        status.getPath().toString(),
                        index++,
                        start,
                        end,
                        end == length));
                start = end;
            } while (start < length);
        }
        return slices;
    }
}
