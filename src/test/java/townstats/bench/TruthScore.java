package townstats.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Extraction recall and precision of a build's facts.json against the planted truth of a generated
 * corpus (same format). A fact matches when report and indicator are equal, the value is within
 * 0.5 % (or both absent), the growth within 0.05 points (or both absent), and the period is equal.
 * Only reports that have a truth entry or were read count; each truth fact matches at most once.
 */
public final class TruthScore {
    public record Score(int truth, int extracted, int matched, List<String> missedExamples, List<String> wrongExamples) {
        public double recall() {
            return truth == 0 ? 1 : matched / (double) truth;
        }

        public double precision() {
            return extracted == 0 ? 1 : matched / (double) extracted;
        }

        @Override
        public String toString() {
            return String.format("extraction: recall %.4f (%d/%d), precision %.4f (%d/%d)", recall(), matched, truth,
                    precision(), matched, extracted);
        }
    }

    private record Row(String report, String indicator, Double value, Double growth, String period, String quote) {
        boolean matches(Row o) {
            return report.equals(o.report) && indicator.equals(o.indicator) && close(value, o.value, 0.005)
                    && closeAbs(growth, o.growth, 0.05) && Objects.equals(period, o.period);
        }

        @Override
        public String toString() {
            return report + " " + indicator + " " + value + " g=" + growth + " p=" + period + (quote == null ? "" : " «" + quote + "»");
        }
    }

    private TruthScore() {
    }

    public static Score score(Path truthJson, Path factsJson) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Row> truth = rows(json.readTree(truthJson.toFile()));
        List<Row> extracted = rows(json.readTree(factsJson.toFile()));
        Set<String> truthReports = new HashSet<>();
        for (Row r : truth) truthReports.add(r.report());
        extracted.removeIf(r -> !truthReports.contains(r.report()));

        Map<String, List<Row>> truthByKey = new HashMap<>();
        for (Row t : truth) truthByKey.computeIfAbsent(t.report() + "|" + t.indicator(), k -> new ArrayList<>()).add(t);
        int matched = 0;
        List<String> wrong = new ArrayList<>();
        for (Row e : extracted) {
            List<Row> candidates = truthByKey.getOrDefault(e.report() + "|" + e.indicator(), List.of());
            Row hit = candidates.stream().filter(e::matches).findFirst().orElse(null);
            if (hit != null) {
                candidates.remove(hit);
                matched++;
            } else if (wrong.size() < 20) {
                wrong.add(e.toString());
            }
        }
        List<String> missed = new ArrayList<>();
        truthByKey.values().stream().flatMap(List::stream).limit(20).forEach(r -> missed.add(r.toString()));
        return new Score(truth.size(), extracted.size(), matched, missed, wrong);
    }

    private static List<Row> rows(JsonNode root) {
        List<Row> out = new ArrayList<>();
        for (JsonNode f : root.get("facts")) {
            JsonNode p = f.get("period");
            String period = p == null || p.isNull() ? null : p.get("from").asInt() + "-" + p.get("to").asInt();
            out.add(new Row(f.get("report").asText(), f.get("indicator").asText(), number(f.get("value")),
                    number(f.get("growth")), period, f.hasNonNull("quote") ? f.get("quote").asText() : null));
        }
        return out;
    }

    private static Double number(JsonNode n) {
        return n == null || n.isNull() ? null : n.asDouble();
    }

    private static boolean close(Double a, Double b, double relative) {
        if (a == null || b == null) return a == null && b == null;
        return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * relative + 1e-9;
    }

    private static boolean closeAbs(Double a, Double b, double absolute) {
        if (a == null || b == null) return a == null && b == null;
        return Math.abs(a - b) <= absolute;
    }
}
