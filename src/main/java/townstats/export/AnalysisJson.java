package townstats.export;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import townstats.analyze.Analysis;

/**
 * Writes everything beyond the rankings as one JSON file (e.g. site/data/analysis.json): composite index
 * (with weights and coverage), similar towns, correlations, time series, growth and target checks, data-quality
 * flags. The shape follows the records (Jackson serialises them field by field); unlike rankings.json it is
 * not yet a stable contract.
 */
public final class AnalysisJson {
    // Not indented: at national scale the file is half a gigabyte even without the spaces.
    private static final ObjectMapper MAPPER = new ObjectMapper(DataExport.jsonFactory());

    private AnalysisJson() {
    }

    public static void write(Analysis a, Path file) throws IOException {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            write(a, out);
        }
    }

    public static void write(Analysis a, java.io.OutputStream out) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("compositeIndex", a.compositeIndex());
        root.put("similarTowns", a.similarTowns());
        root.put("correlations", a.correlations());
        root.put("timeSeries", a.timeSeries());
        root.put("growthChecks", a.growthChecks());
        root.put("targetChecks", a.targetChecks().stream().map(t -> {
            Map<String, Object> m = MAPPER.convertValue(t, LinkedHashMap.class);
            m.put("status", t.status());
            return m;
        }).toList());
        root.put("dataQualityFlags", a.dataQualityFlags());
        MAPPER.writeValue(out, root);
    }
}
