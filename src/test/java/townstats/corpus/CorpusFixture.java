package townstats.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A generated corpus read back for tests: manifest entries, truth facts grouped by report, decoded texts. */
final class CorpusFixture {
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path dir;
    final List<JsonNode> reports = new ArrayList<>();
    final List<JsonNode> facts = new ArrayList<>();
    final Map<String, List<JsonNode>> factsByReport = new LinkedHashMap<>();

    private CorpusFixture(Path dir) {
        this.dir = dir;
    }

    static CorpusFixture generate(Path dir, int reports, int years, long seed) {
        try {
            CorpusGenerator.generate(new CorpusGenerator.Options(reports, years, seed, dir));
            return read(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CorpusFixture read(Path dir) throws IOException {
        CorpusFixture f = new CorpusFixture(dir);
        JSON.readTree(dir.resolve("manifest.json").toFile()).get("reports").forEach(f.reports::add);
        JSON.readTree(dir.resolve("truth.json").toFile()).get("facts").forEach(fact -> {
            f.facts.add(fact);
            f.factsByReport.computeIfAbsent(fact.get("report").asText(), k -> new ArrayList<>()).add(fact);
        });
        return f;
    }

    List<JsonNode> ofKind(String kind) {
        return reports.stream().filter(r -> r.get("kind").asText().equals(kind)).toList();
    }

    byte[] bytes(JsonNode report) {
        try {
            return Files.readAllBytes(dir.resolve("reports").resolve(report.get("source").asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report's text decoded with its declared encoding. */
    String text(JsonNode report) {
        String enc = report.get("encoding").asText();
        Charset cs = enc.equals("gbk") ? Charset.forName("GBK") : StandardCharsets.UTF_8;
        return new String(bytes(report), cs);
    }

    List<JsonNode> factsOf(JsonNode report) {
        return factsByReport.getOrDefault(report.get("report").asText(), List.of());
    }
}
