package townstats.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a published site was built from and what its build said, kept in the site as {@value #FILE}: a later build
 * whose inputs hash to the same {@code inputs} leaves the site as it is and says the same summary, without reading,
 * or decoding from the cache, a single report.
 *
 * @param inputs   the fingerprint of everything the site is made from, taken before any report was read
 * @param reports  reports in the site
 * @param skipped  the files skipped, with their reasons (said again by a build that finds nothing changed)
 */
record BuildMarker(String inputs, int reports, int facts, int warnings, List<Build.Skipped> skipped) {
    static final String FILE = ".townstats-build";
    private static final String HEADER = "townstats-build 2";

    String text() {
        StringBuilder b = new StringBuilder(HEADER).append('\n').append(inputs).append('\n')
                .append(reports).append(' ').append(facts).append(' ').append(warnings).append('\n');
        for (Build.Skipped s : skipped) b.append(escape(s.source())).append('\t').append(escape(s.reason())).append('\n');
        return b.toString();
    }

    /** The marker of the site at {@code site}; null when there is none or it is of another version or damaged. */
    static BuildMarker read(Path site) {
        Path file = site.resolve(FILE);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return null;
            List<String> lines = Files.readAllLines(file);
            if (lines.size() < 3 || !lines.get(0).equals(HEADER)) return null;
            String[] counts = lines.get(2).split(" ");
            List<Build.Skipped> skipped = new ArrayList<>();
            for (String line : lines.subList(3, lines.size())) {
                String[] cells = line.split("\t", -1);
                if (cells.length != 2) return null;
                skipped.add(new Build.Skipped(unescape(cells[0]), unescape(cells[1])));
            }
            return new BuildMarker(lines.get(1), Integer.parseInt(counts[0]), Integer.parseInt(counts[1]),
                    Integer.parseInt(counts[2]), List.copyOf(skipped));
        } catch (IOException | RuntimeException e) {
            return null; // not a marker this build can trust: the site is built again
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
