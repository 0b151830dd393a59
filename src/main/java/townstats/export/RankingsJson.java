package townstats.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import townstats.analyze.Analysis;
import townstats.analyze.RankEntry;
import townstats.analyze.Ranking;
import townstats.analyze.Stats;
import townstats.util.SiteFiles;

/**
 * Writes site/data/rankings.json in the documented shape:
 * {@code {"rankings":[{indicator, year, group, measure, period:{from,to}|null, n, stats:{mean, median, q1, q3, min, max, sd, cv},
 * entries:[{report, town, value, rank, percentile, z, flags}]}]}}. Fields are written explicitly so the
 * contract cannot drift with the records; rank/percentile/z are null in a group too small to rank.
 * <p>By default the rankings are split by what changes together: one file per indicator and year,
 * site/data/rankings/INDICATOR/YEAR.json, in the same shape, with site/data/rankings/index.json listing them
 * ({@code {"rankings":[{indicator, year, file, tables}]}}); the single combined file is written on request.
 */
public final class RankingsJson {
    private static final JsonFactory JSON = DataExport.jsonFactory();

    private RankingsJson() {
    }

    /**
     * Streamed, one ranking at a time: a national corpus has millions of entries, which as a JSON tree in memory
     * would take gigabytes. Each ranking is one line (the file is too large to read indented anyway).
     */
    public static void write(Analysis analysis, Path file) throws IOException {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            write(analysis, out);
        }
    }

    public static void write(Analysis analysis, java.io.OutputStream out) throws IOException {
        write(analysis.rankings(), out);
    }

    /** The folder of the split files, below the site's root. */
    public static final String SPLIT_DIR = "data/rankings/";

    /**
     * One file per indicator and year (data/rankings/gdp/2022.json) and the index (data/rankings/index.json):
     * a report that changes touches the files of its own indicators and year, and an unchanged file keeps its
     * bytes and modification time.
     */
    public static void writeSplit(Analysis analysis, SiteFiles site) throws IOException {
        Map<String, List<Ranking>> byFile = new LinkedHashMap<>();
        for (Ranking r : analysis.rankings()) byFile.computeIfAbsent(file(r), k -> new ArrayList<>()).add(r);
        // a file whose rankings did not change is kept as published, not written again (one new report changes a few)
        List<Map.Entry<String, List<Ranking>>> changed = new ArrayList<>();
        Map<String, String> inputs = new java.util.HashMap<>();
        for (Map.Entry<String, List<Ranking>> e : byFile.entrySet()) {
            String key = townstats.util.Hashes.of(e.getValue().stream().map(Ranking::fingerprint).toArray(String[]::new));
            inputs.put(e.getKey(), key);
            if (!site.reuseIfUnchanged(SPLIT_DIR + e.getKey(), key)) changed.add(e);
        }
        townstats.util.Parallel.forEach(changed, e -> site.write(SPLIT_DIR + e.getKey(), out -> write(e.getValue(), out), inputs.get(e.getKey())));
        site.write(SPLIT_DIR + "index.json", out -> writeIndex(byFile, out));
    }

    /** gdp/2022.json: indicator ids are ASCII (a-z, 0-9, _), so they serve as folder names as they are. */
    static String file(Ranking r) {
        return r.indicator() + "/" + r.year() + ".json";
    }

    private static void writeIndex(Map<String, List<Ranking>> byFile, java.io.OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new MinimalPrettyPrinter(""));
            g.writeStartObject();
            g.writeArrayFieldStart("rankings");
            for (Map.Entry<String, List<Ranking>> e : byFile.entrySet()) {
                Ranking first = e.getValue().get(0);
                g.writeRaw('\n');
                g.writeStartObject();
                g.writeStringField("indicator", first.indicator());
                g.writeNumberField("year", first.year());
                g.writeStringField("file", e.getKey());
                g.writeNumberField("tables", e.getValue().size());
                g.writeEndObject();
            }
            g.writeRaw('\n');
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void write(List<Ranking> rankings, java.io.OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new MinimalPrettyPrinter(""));
            g.writeStartObject();
            g.writeArrayFieldStart("rankings");
            for (Ranking r : rankings) {
                g.writeRaw('\n');
                write(g, r);
            }
            g.writeRaw('\n');
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void write(JsonGenerator g, Ranking r) throws IOException {
        g.writeStartObject();
        g.writeStringField("indicator", r.indicator());
        g.writeNumberField("year", r.year());
        g.writeStringField("group", r.group());
        g.writeStringField("measure", r.measure());
        g.writeFieldName("period");
        if (r.period() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeNumberField("from", r.period().from());
            g.writeNumberField("to", r.period().to());
            g.writeEndObject();
        }
        g.writeNumberField("n", r.n());
        g.writeObjectFieldStart("stats");
        Stats st = r.stats();
        number(g, "mean", st.mean());
        number(g, "median", st.median());
        number(g, "q1", st.q1());
        number(g, "q3", st.q3());
        number(g, "min", st.min());
        number(g, "max", st.max());
        number(g, "sd", st.sd());
        number(g, "cv", st.cv());
        g.writeEndObject();
        g.writeArrayFieldStart("entries");
        for (RankEntry e : r.entries()) {
            g.writeStartObject();
            g.writeStringField("report", e.report());
            g.writeStringField("town", e.town());
            number(g, "value", e.value());
            g.writeFieldName("rank");
            if (e.rank() == null) g.writeNull();
            else g.writeNumber(e.rank());
            number(g, "percentile", e.percentile());
            number(g, "z", e.z());
            g.writeArrayFieldStart("flags");
            for (String f : e.flags()) g.writeString(f);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, Double value) throws IOException {
        g.writeFieldName(name);
        if (value == null) g.writeNull();
        else g.writeNumber(value);
    }
}
