package townstats.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the towns of a corpus by drawing whole counties in random order, so that towns come in real
 * peer groups (several towns of one county), preferring counties with at least three towns.
 */
final class TownPicker {
    private TownPicker() {
    }

    static List<Divisions.Town> pick(List<Divisions.County> counties, int towns, Rand r) {
        List<Divisions.County> big = new ArrayList<>();
        List<Divisions.County> small = new ArrayList<>();
        for (Divisions.County c : counties) (c.towns().size() >= 3 ? big : small).add(c);
        r.shuffle(big);
        r.shuffle(small);
        List<Divisions.County> order = new ArrayList<>(big);
        order.addAll(small);
        List<Divisions.Town> picked = new ArrayList<>(towns);
        for (Divisions.County c : order) {
            for (Divisions.Town t : c.towns()) {
                if (picked.size() == towns) return picked;
                picked.add(t);
            }
        }
        if (picked.size() < towns) {
            throw new IllegalArgumentException("only " + picked.size() + " towns exist, " + towns + " needed; use more --years");
        }
        return picked;
    }

    static int available(List<Divisions.County> counties) {
        return counties.stream().mapToInt(c -> c.towns().size()).sum();
    }
}
