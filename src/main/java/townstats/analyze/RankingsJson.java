package townstats.analyze;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes site/data/rankings.json in the documented shape:
 * {@code {"rankings":[{indicator, year, group, measure, n, stats:{mean, median, q1, q3, min, max, sd, cv},
 * entries:[{report, town, value, rank, percentile, z, flags}]}]}}. Fields are written explicitly so the
 * contract cannot drift with the records; rank/percentile/z are null in a group too small to rank.
 */
public final class RankingsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RankingsJson() {
    }

    public static void write(Analysis analysis, Path file) throws IOException {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        MAPPER.writeValue(file.toFile(), toJson(analysis));
    }

    public static ObjectNode toJson(Analysis analysis) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("rankings");
        for (Ranking r : analysis.rankings()) {
            ObjectNode o = list.addObject();
            o.put("indicator", r.indicator());
            o.put("year", r.year());
            o.put("group", r.group());
            o.put("measure", r.measure());
            o.put("n", r.n());
            ObjectNode s = o.putObject("stats");
            Stats st = r.stats();
            s.put("mean", st.mean());
            s.put("median", st.median());
            s.put("q1", st.q1());
            s.put("q3", st.q3());
            s.put("min", st.min());
            s.put("max", st.max());
            s.put("sd", st.sd());
            s.put("cv", st.cv());
            ArrayNode entries = o.putArray("entries");
            for (RankEntry e : r.entries()) {
                ObjectNode en = entries.addObject();
                en.put("report", e.report());
                en.put("town", e.town());
                en.put("value", e.value());
                en.put("rank", e.rank());
                en.put("percentile", e.percentile());
                en.put("z", e.z());
                ArrayNode fl = en.putArray("flags");
                e.flags().forEach(fl::add);
            }
        }
        return root;
    }
}
