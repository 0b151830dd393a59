package townstats.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import townstats.util.Csv;
import townstats.analyze.Analysis;
import townstats.catalog.Catalog;
import townstats.analyze.Observation;
import townstats.analyze.Ranking;
import townstats.analyze.Stats;

/**
 * Writes statistics.csv: one row per indicator × year × group × measure with its statistics, UTF-8 with a
 * byte-order mark so that Excel and WPS read the Chinese names. Empty cell = not defined (sd of one figure).
 */
public final class StatisticsCsv {
    static final List<String> HEADER = List.of("indicator", "name", "unit", "year", "group", "measure", "n", "ranked", "mean", "median",
            "q1", "q3", "min", "max", "sd", "cv");

    private StatisticsCsv() {
    }

    public static void write(Analysis analysis, Catalog catalog, Path file) throws IOException {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            write(analysis, catalog, out);
        }
    }

    public static void write(Analysis analysis, Catalog catalog, java.io.OutputStream out) throws IOException {
        try (Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
             CSVPrinter csv = Csv.table(w, HEADER)) {
            for (Ranking r : analysis.rankings()) {
                Stats s = r.stats();
                String unit = r.measure().equals(Observation.GROWTH) ? "%" : catalog.unit(r.indicator());
                Csv.record(csv, r.indicator(), catalog.name(r.indicator()), unit,
                        String.valueOf(r.year()), r.group(), r.measure(), String.valueOf(r.n()), String.valueOf(r.ranked()),
                        num(s.mean()), num(s.median()), num(s.q1()), num(s.q3()), num(s.min()), num(s.max()),
                        num(s.sd()), num(s.cv()));
            }
        }
    }

    private static String num(Double d) {
        if (d == null || d.isNaN()) return "";
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return String.valueOf(d.longValue());
        return String.valueOf(d);
    }
}
