package townstats.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import townstats.model.Fact;
import townstats.model.Period;
import townstats.model.Qualifier;
import townstats.model.SectionKind;

/**
 * One fact per statement: a report often states a figure twice (a summary paragraph, then again in its section).
 * Facts with the same indicator, value, unit, period, section and qualifier are one fact: the first mention,
 * with the offsets of the others in {@link Fact#mentions()}. A growth rate given by only one of the mentions is
 * kept; two different growth rates, or two different values, remain separate facts (a conflict, which the
 * data-quality page shows).
 */
final class Restatements {
    private record Statement(String indicator, Double value, String unit, Period period, SectionKind section,
                             Qualifier qualifier) {
        static Statement of(Fact f) {
            return new Statement(f.indicator(), f.value(), f.unit(), f.period(), f.section(), f.qualifier());
        }
    }

    private Restatements() {
    }

    /** The facts in text order, each statement once. */
    static List<Fact> merge(List<Fact> facts) {
        List<Fact> out = new ArrayList<>(facts.size());
        Map<Statement, List<Integer>> seen = new HashMap<>();
        for (Fact f : facts) {
            List<Integer> earlier = seen.computeIfAbsent(Statement.of(f), k -> new ArrayList<>());
            Integer same = earlier.stream().filter(i -> sameGrowth(out.get(i), f)).findFirst().orElse(null);
            if (same != null) {
                out.set(same, out.get(same).restatedBy(f));
            } else {
                earlier.add(out.size());
                out.add(f);
            }
        }
        return out;
    }

    /** Equal growth rates, or only one of the two mentions states one. */
    private static boolean sameGrowth(Fact a, Fact b) {
        return a.growth() == null || b.growth() == null || Objects.equals(a.growth(), b.growth());
    }
}
