package townstats.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import townstats.model.Document;
import townstats.model.Fact;
import townstats.model.Place;
import townstats.model.ReportFacts;
import townstats.util.SiteFiles;

/**
 * The data files other tools read (design.md, "Output contract"): facts.json and reports.json. Field names and
 * order are part of the contract.
 */
public final class DataExport {
    public static final ObjectMapper JSON = new ObjectMapper(jsonFactory())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private DataExport() {
    }

    /**
     * How every JSON data file is written: numbers by Schubfach (shortest exact digits) rather than Double.toString,
     * which was the top cost of the rankings files by JFR; the same bytes. A new factory for each mapper or writer.
     */
    static com.fasterxml.jackson.core.JsonFactory jsonFactory() {
        return com.fasterxml.jackson.core.JsonFactory.builder().enable(com.fasterxml.jackson.core.StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();
    }

    /** One facts.json row: report fields, then the fact's. */
    public static Map<String, Object> factRow(ReportFacts r, Fact f) {
        Document d = r.document();
        Place p = r.place();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("report", d.report().id());
        row.put("source", d.report().source());
        row.put("town", d.town());
        row.put("county", p != null && p.county() != null ? p.county() : d.county());
        row.put("province", p == null ? null : p.province());
        row.put("year", d.year());
        row.put("indicator", f.indicator());
        row.put("value", f.value());
        row.put("unit", f.unit());
        row.put("growth", f.growth());
        row.put("period", f.period() == null ? null : period(f));
        row.put("qualifier", f.qualifier() == null ? null : f.qualifier().id());
        row.put("section", f.section().id());
        row.put("quote", f.quote());
        row.put("offset", f.offset());
        row.put("mentions", f.mentions().stream().map(Fact.Mention::offset).toList());
        row.put("ocr_confidence", f.confidence());
        row.put("check", check(f));
        return row;
    }

    /**
     * {"action": "corrected", "note": …, "was": "4410万元"} for a figure an official stated in the sidecar (人工核对); null
     * for one as read. (An added figure has no offset in the text: -1.)
     */
    private static Map<String, Object> check(Fact f) {
        if (f.correction() == null) return null;
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("action", f.correction().action().id());
        check.put("note", f.correction().note());
        check.put("was", f.correction().was());
        return check;
    }

    /** {"from": 1, "to": 11} in this order: Map.of iterates in a different order in every JVM. */
    private static Map<String, Object> period(Fact f) {
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("from", f.period().from());
        period.put("to", f.period().to());
        return period;
    }

    public static Map<String, Object> reportRow(ReportFacts r) {
        Document d = r.document();
        Place p = r.place();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", d.report().id());
        row.put("source", d.report().source());
        row.put("town", d.town());
        row.put("county", p != null && p.county() != null ? p.county() : d.county());
        row.put("city", p == null ? null : p.city());
        row.put("province", p == null ? null : p.province());
        row.put("division_code", p == null ? null : p.divisionCode());
        row.put("place_status", p == null ? null : p.status().name().toLowerCase(java.util.Locale.ROOT));
        row.put("year", d.year());
        row.put("title", d.title());
        row.put("anonymised", d.anonymised());
        row.put("format", d.report().format());
        row.put("encoding", d.report().encoding());
        row.put("facts", r.facts().size());
        row.put("warnings", r.warnings());
        List<Map<String, Object>> issues = new java.util.ArrayList<>();
        for (townstats.model.QualityIssue i : r.issues()) {
            Map<String, Object> issue = new LinkedHashMap<>();
            issue.put("kind", i.kind().id());
            issue.put("indicator", i.indicator());
            issue.put("message", i.message());
            issues.add(issue);
        }
        row.put("issues", issues);
        Map<String, Object> grounds = new LinkedHashMap<>();
        grounds.put("year", evidence(d.grounds().year()));
        grounds.put("town", evidence(d.grounds().town()));
        grounds.put("county", evidence(d.grounds().county()));
        row.put("grounds", grounds);
        return row;
    }

    /** Why a field reads as it does: the rule, and the words and their place in the cleaned text (when any). */
    private static Map<String, Object> evidence(townstats.model.Evidence e) {
        if (e == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", e.value());
        m.put("reason", e.reason());
        m.put("quote", e.quote());
        m.put("start", e.start() < 0 ? null : e.start());
        return m;
    }

    /** Writes facts.json and reports.json under {@code data/} of the site (the tables for Excel are {@link Tables}'). */
    public static void writeAll(List<ReportFacts> reports, SiteFiles site) throws IOException {
        Map<String, SiteFiles.Writing> files = new LinkedHashMap<>();
        files.put("data/facts.json", out -> writeFactsJson(reports, out));
        files.put("data/reports.json", out -> writeReportsJson(reports, out));
        site.writeAll(files);
    }

    public static void writeFactsJson(List<ReportFacts> reports, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeFactsJson(reports, out);
        }
    }

    public static void writeFactsJson(List<ReportFacts> reports, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("facts");
            for (ReportFacts r : reports) {
                for (Fact f : r.facts()) JSON.writeValue(g, factRow(r, f));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    public static void writeReportsJson(List<ReportFacts> reports, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeReportsJson(reports, out);
        }
    }

    public static void writeReportsJson(List<ReportFacts> reports, OutputStream out) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ReportFacts r : reports) rows.add(reportRow(r));
        JSON.writeValue(out, Map.of("reports", rows));
    }
}
