package townstats.place;

import townstats.divisions.Township;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a phrase states about where a town lies (河南省栾川县 → [{41}, {410324}]). Each term is the set of
 * division codes one name could mean (鼓楼区 is six counties); a township must lie in one code of every term.
 */
record RegionHint(List<Set<String>> terms) {
    static final RegionHint NONE = new RegionHint(List.of());

    RegionHint {
        terms = List.copyOf(terms);
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    boolean admits(Township t) {
        for (Set<String> term : terms) {
            if (!term.contains(t.countyCode()) && !term.contains(t.cityCode()) && !term.contains(t.provinceCode())) {
                return false;
            }
        }
        return true;
    }

    RegionHint and(RegionHint other) {
        List<Set<String>> all = new ArrayList<>(terms);
        all.addAll(other.terms);
        return new RegionHint(all);
    }
}
