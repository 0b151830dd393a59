package townstats.analyze;

import townstats.catalog.Catalog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Indicators computed from two others of the same report: money per head (万元 × 10000 ÷ 人 = 元/人),
 * money per km² (万元/平方公里) and population density (人/平方公里). A derived figure carries the flags of
 * both parts and is ranked only if both are, against figures of the same months.
 */
public final class Derived {

    private Derived() {
    }

    /** gdp_per_capita, population_per_km2 …: an indicator the statistics derive from two catalogue ones. */
    public static boolean isDerived(String indicator) {
        return indicator.endsWith(Catalog.PER_CAPITA) || indicator.endsWith(Catalog.PER_KM2);
    }

    static List<Observation> derive(List<Observation> observations, Catalog catalog) {
        Map<String, Observation> values = observations.stream()
                .filter(o -> o.measure().equals(Observation.VALUE))
                .collect(Collectors.toMap(Observation::indicator, Function.identity(), (a, b) -> a));
        Observation population = positive(values.get("population"));
        Observation area = positive(values.get("area"));
        List<Observation> out = new ArrayList<>();
        for (Observation o : values.values()) {
            if (!catalog.info(o.indicator()).isMoney()) continue;
            if (population != null) {
                out.add(combine(o, population, o.indicator() + Catalog.PER_CAPITA, o.value() * 10000.0 / population.value()));
            }
            if (area != null) {
                out.add(combine(o, area, o.indicator() + Catalog.PER_KM2, o.value() / area.value()));
            }
        }
        if (population != null && area != null) {
            out.add(combine(population, area, "population" + Catalog.PER_KM2, population.value() / area.value()));
        }
        return out;
    }

    private static Observation positive(Observation o) {
        return o != null && o.value() > 0 ? o : null;
    }

    private static Observation combine(Observation a, Observation b, String id, double value) {
        LinkedHashSet<String> flags = new LinkedHashSet<>(a.flags());
        flags.addAll(b.flags());
        // a part-year money figure per head is still part of a year: it ranks with the same months
        return new Observation(a.report(), a.townName(), a.town(), a.year(), id, Observation.VALUE, value,
                a.period() != null ? a.period() : b.period(), a.rankable() && b.rankable(), List.copyOf(flags), -1);
    }
}
