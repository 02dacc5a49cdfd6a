package org.displacementstats.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Base of the command-line tests: runs {@link Main#execute} in-process and keeps what it printed. */
abstract class InProcessCommandLine {
    /** What the runs printed on standard output. */
    protected final StringWriter out = new StringWriter();
    /** What the runs printed on standard error. */
    protected final StringWriter err = new StringWriter();

    /**
     * @param args the command line
     * @return its exit code
     */
    protected int run(String... args) {
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        int code = Main.execute(args, o, e);
        o.flush();
        e.flush();
        return code;
    }
}
