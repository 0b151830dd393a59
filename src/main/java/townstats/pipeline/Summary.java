package townstats.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import townstats.util.Printable;

/**
 * The summary printed at the end of every build, each line {@linkplain Printable printable}; the skipped files were
 * said on the log (standard error), one line each, as the build found them: not again here.
 */
public final class Summary {
    private Summary() {
    }

    public static List<String> lines(Build.Result r, Path out) {
        List<String> lines = new ArrayList<>();
        lines.add(Printable.line(String.format("townstats: built %s from %d reports (%d read, %d unchanged from cache), %d skipped, %d facts, %d warnings",
                out, r.reportsRead() + r.reportsCached(), r.reportsRead(), r.reportsCached(), r.skipped().size(), r.facts(), r.warnings())));
        lines.add(String.format("townstats: %d files written, %d unchanged, in %.1f s",
                r.pagesWritten(), r.pagesUnchanged(), r.millis() / 1000.0));
        return lines;
    }
}
