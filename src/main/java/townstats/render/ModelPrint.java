package townstats.render;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import townstats.model.ReportFacts;
import townstats.util.Hashes;

/**
 * A page model's fingerprint, for the pages whose model is cheap to make (lists, the home page): strings, numbers,
 * booleans, enums, lists, maps (by sorted key) and records field by field; a report by its print (its record's own
 * text would hold the identities of its arrays, different in every run). Anything else has no print: such a page is
 * always rendered.
 */
final class ModelPrint {
    private ModelPrint() {
    }

    /** The hash of the model, or null when it holds something without a print. */
    static String of(Object model, Function<ReportFacts, String> reports) {
        Hashes.Builder h = new Hashes.Builder();
        return add(h, model, reports) ? h.hex() : null;
    }

    private static boolean add(Hashes.Builder h, Object o, Function<ReportFacts, String> reports) {
        if (o == null || o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Enum<?>) {
            h.add(o == null ? null : o.getClass().getSimpleName() + ":" + o);
            return true;
        }
        if (o instanceof ReportFacts r) {
            h.add("report:" + reports.apply(r));
            return true;
        }
        if (o instanceof Iterable<?> list) {
            h.add("[");
            for (Object e : list) {
                if (!add(h, e, reports)) return false;
            }
            h.add("]");
            return true;
        }
        if (o instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) return false;
                sorted.put(key, e.getValue());
            }
            h.add("{");
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                h.add(e.getKey());
                if (!add(h, e.getValue(), reports)) return false;
            }
            h.add("}");
            return true;
        }
        if (o.getClass().isRecord()) {
            h.add(o.getClass().getName());
            for (RecordComponent c : o.getClass().getRecordComponents()) {
                try {
                    if (!add(h, c.getAccessor().invoke(o), reports)) return false;
                } catch (ReflectiveOperationException e) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
