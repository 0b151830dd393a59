package townstats.analyze;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The indicators the analysis knows, in display order. Built from the extractor's catalogue
 * ({@link #from}); {@link #of(Map)} lets tests state a small one. Derived indicators (gdp_per_capita, gdp_per_km2, population_per_km2) get their info here too.
 */
public final class Catalog {
    private final Map<String, IndicatorInfo> indicators;

    private Catalog(Map<String, IndicatorInfo> indicators) {
        this.indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
    }

    public static Catalog of(Map<String, IndicatorInfo> indicators) {
        return new Catalog(indicators);
    }

    /** The v1 catalogue shipped with the extractor (src/main/resources/townstats/catalog.yml). */
    public static Catalog defaults() {
        return from(townstats.extract.Catalog.loadDefault());
    }

    /** The analysis view of the extractor's catalogue: names, units, flow or stock, development or size. */
    public static Catalog from(townstats.extract.Catalog catalog) {
        Map<String, IndicatorInfo> m = new LinkedHashMap<>();
        for (townstats.extract.Catalog.Indicator i : catalog.list()) {
            m.put(i.id(), new IndicatorInfo(i.id(), i.name(), i.unit(), !i.stock(), i.development()));
        }
        return new Catalog(m);
    }

    /** Catalogue indicators, in order (derived ones are not listed). */
    public Map<String, IndicatorInfo> indicators() {
        return indicators;
    }

    /** Info for a catalogue or derived id; an unknown id gets a neutral entry rather than failing. */
    public IndicatorInfo info(String id) {
        IndicatorInfo info = indicators.get(id);
        if (info != null) return info;
        if (id.endsWith(Derived.PER_CAPITA)) {
            IndicatorInfo base = info(id.substring(0, id.length() - Derived.PER_CAPITA.length()));
            return new IndicatorInfo(id, "人均" + base.name(), "元/人", base.flow(), false);
        }
        if (id.endsWith(Derived.PER_KM2)) {
            IndicatorInfo base = info(id.substring(0, id.length() - Derived.PER_KM2.length()));
            String name = base.id().equals("population") ? "人口密度" : "地均" + base.name();
            return new IndicatorInfo(id, name, base.unit() + "/平方公里", base.flow(), false);
        }
        return new IndicatorInfo(id, id, "", true, false);
    }

    public String name(String id) {
        return info(id).name();
    }

    public String unit(String id) {
        return info(id).unit();
    }
}
