package townstats.analyze;

import townstats.model.Place;
import townstats.model.ReportFacts;

import java.util.ArrayList;
import java.util.List;

/**
 * Who a report is about, so that the same town's reports of different years line up: the 9-digit
 * division code when the place is resolved, else county + town name as written; an anonymised report is
 * its own town (its report id), since two anonymised reports may well be different towns.
 *
 * @param key    stable key (code:410324100, name:栾川县/潭头镇, report:abc)
 * @param groups peer groups besides "all": province:41, city:4103, county:410324 (only when resolved)
 */
public record TownIdentity(String key, List<String> groups) {
    public TownIdentity {
        groups = List.copyOf(groups);
    }

    public static TownIdentity of(ReportFacts r) {
        Place p = r.place();
        if (r.document().anonymised()) {
            return new TownIdentity("report:" + r.reportId(), List.of());
        }
        List<String> groups = new ArrayList<>();
        if (p != null && p.resolved()) {
            if (p.provinceCode() != null) groups.add("province:" + p.provinceCode());
            if (p.cityCode() != null) groups.add("city:" + p.cityCode());
            if (p.countyCode() != null) groups.add("county:" + p.countyCode());
            if (p.divisionCode() != null) return new TownIdentity("code:" + p.divisionCode(), groups);
        }
        String county = r.document().county() != null ? r.document().county()
                : p != null && p.county() != null ? p.county() : "";
        String town = r.document().town() != null ? r.document().town() : r.reportId();
        return new TownIdentity("name:" + county + "/" + town, groups);
    }
}
