package townstats.place;

import townstats.divisions.Gazetteer;
import townstats.divisions.Township;

import org.junit.jupiter.api.Test;
import townstats.model.Place;
import townstats.model.Place.Status;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every one of the ~41,000 townships must come back from how a report would name it: with its county as
 * a hint, with its county written before it, and with its county in an addressee line. The only allowed
 * misses are true ties (市中区白马镇 exists in two prefectures) and the literal name 街道.
 */
class EveryTownshipTest {

    @Test
    void everyTownshipResolvesToItself() {
        Gazetteer g = Gazetteer.get();
        PlaceResolver resolver = new PlaceResolver();
        List<String> misses = new ArrayList<>();
        for (Township t : g.townships()) {
            String county = g.county(t.countyCode()).orElseThrow().name();
            check(t, resolver.resolve(t.name(), county, null, null), "hint", misses);
            check(t, resolver.resolve(county + t.name(), null, null, null), "prefix", misses);
            check(t, resolver.resolve(t.name(), null, "中共" + county + "委：", null), "text", misses);
        }
        assertEquals(List.of(), misses.subList(0, Math.min(20, misses.size())), misses.size() + " misses");
    }

    private static void check(Township t, Place p, String how, List<String> misses) {
        if (t.code().equals(p.divisionCode())) return;
        boolean tie = p.status() == Status.AMBIGUOUS
                && p.candidates().stream().anyMatch(c -> c.divisionCode().equals(t.code()))
                && p.candidates().stream().allMatch(c -> c.town().equals(t.name()) && c.county().equals(p.candidates().get(0).county()));
        boolean bare = p.status() == Status.ANONYMISED && t.name().equals("街道");
        if (!tie && !bare) misses.add(how + " " + t.code() + " " + t.name() + " → " + p.status() + " " + p.divisionCode());
    }
}
