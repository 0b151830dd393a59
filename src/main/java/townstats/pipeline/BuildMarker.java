package townstats.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import townstats.util.TabFields;

/**
 * What a published site was built from and what its build said, kept in the site as {@value #FILE}: a later build
 * whose inputs hash to the same {@code inputs} leaves the site as it is and says the same summary, without reading,
 * or decoding from the cache, a single report.
 *
 * @param inputs   the fingerprint of everything the site is made from, taken before any report was read
 * @param parts    the fingerprints it is made of, by name (the program, the theme, the reports …): what {@code --explain}
 *                 compares
 * @param reports  reports in the site
 * @param files    files in the site, this one included (the manifest not)
 * @param skipped  the files skipped, with their reasons (said again by a build that finds nothing changed)
 */
record BuildMarker(String inputs, Map<String, String> parts, int reports, int facts, int warnings, int files,
                   List<Build.Skipped> skipped) {
    static final String FILE = ".townstats-build";
    private static final String HEADER = "townstats-build 3";

    String text() {
        StringBuilder b = new StringBuilder(HEADER).append('\n').append(inputs).append('\n');
        parts.forEach((name, hash) -> b.append(TabFields.escape(name)).append('=').append(hash).append('\t'));
        b.append('\n').append(reports).append(' ').append(facts).append(' ').append(warnings).append(' ').append(files).append('\n');
        for (Build.Skipped s : skipped) b.append(TabFields.escape(s.source())).append('\t').append(TabFields.escape(s.reason())).append('\n');
        return b.toString();
    }

    /** The marker of the site at {@code site}; null when there is none or it is of another version or damaged. */
    static BuildMarker read(Path site) {
        Path file = site.resolve(FILE);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return null;
            List<String> lines = Files.readAllLines(file);
            if (lines.size() < 4 || !lines.get(0).equals(HEADER)) return null;
            Map<String, String> parts = new LinkedHashMap<>();
            for (String part : lines.get(2).split("\t")) {
                int eq = part.lastIndexOf('=');
                if (eq > 0) parts.put(TabFields.unescape(part.substring(0, eq)), part.substring(eq + 1));
            }
            String[] counts = lines.get(3).split(" ");
            List<Build.Skipped> skipped = new ArrayList<>();
            for (String line : lines.subList(4, lines.size())) {
                String[] cells = line.split("\t", -1);
                if (cells.length != 2) return null;
                skipped.add(new Build.Skipped(TabFields.unescape(cells[0]), TabFields.unescape(cells[1])));
            }
            return new BuildMarker(lines.get(1), parts, Integer.parseInt(counts[0]), Integer.parseInt(counts[1]),
                    Integer.parseInt(counts[2]), Integer.parseInt(counts[3]), List.copyOf(skipped));
        } catch (IOException | RuntimeException e) {
            return null; // not a marker this build can trust: the site is built again
        }
    }

    /**
     * What changed between the build that wrote {@code before} (null: none, or of another version) and these parts: the
     * names of the parts whose fingerprints differ, in order.
     */
    static List<String> changedParts(BuildMarker before, Map<String, String> now) {
        if (before == null) return List.of("everything (no earlier build to compare with)");
        List<String> changed = new ArrayList<>();
        now.forEach((name, hash) -> {
            if (!hash.equals(before.parts().get(name))) changed.add(name);
        });
        return changed;
    }
}
