package townstats.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import townstats.model.Document;
import townstats.model.Place;
import townstats.model.ReportFacts;

/**
 * Which town each report belongs to and where every page lives. Town identity: the 9-digit division
 * code when the place is resolved, else county + town as written; an anonymised report is its own town.
 *
 * <p>URL scheme (paths relative to the site root; links always name index.html so the site also works
 * from file://, where a folder link would show a directory listing):
 * towns/luanchuan-tantou/index.html (the town's latest report), towns/luanchuan-tantou/2021.html (each earlier
 * one), reports/luanchuan-tantou-2022/index.html,
 * rankings/gdp-2022.html (and beyond the row budget a page per peer group, rankings/gdp-2022/county-410324.html,
 * see {@link RankingLayout}), and root pages index.html, composite.html, quality.html, downloads.html,
 * search.html, methodology.html, 404.html; page N of a paged list is beside page 1, towns/index-p2.html ({@link Paging}).
 */
public final class SiteIndex {
    /** One town and its reports, newest year first (年份不明 last). */
    public record Town(String key, String slug, String name, String county, String city, String province,
                       boolean anonymised, List<ReportFacts> reports) {
        public String href() {
            return "towns/" + slug + "/index.html";
        }
    }

    private final List<Town> towns = new ArrayList<>();
    private final Map<String, Town> townOfReport = new HashMap<>();
    private final Map<String, String> reportSlug = new HashMap<>();
    /** Report → its year's page of the town profile, root-relative. */
    private final Map<String, String> townPage = new HashMap<>();
    private final Map<String, ReportFacts> reports = new LinkedHashMap<>();

    public SiteIndex(List<ReportFacts> all) {
        Map<String, List<ReportFacts>> byKey = new LinkedHashMap<>();
        for (ReportFacts r : all) {
            byKey.computeIfAbsent(townKey(r), k -> new ArrayList<>()).add(r);
            reports.put(r.reportId(), r);
        }
        Slugs.Unique townSlugs = new Slugs.Unique();
        Slugs.Unique reportSlugs = new Slugs.Unique();
        // slugs are handed out in key order so the same content always gets the same URLs
        List<String> keys = byKey.keySet().stream().sorted().toList();
        for (String key : keys) {
            List<ReportFacts> rs = new ArrayList<>(byKey.get(key));
            rs.sort(Comparator.comparing((ReportFacts r) -> r.document().year() == null ? Integer.MIN_VALUE : r.document().year())
                    .reversed().thenComparing(ReportFacts::reportId));
            ReportFacts first = rs.get(0);
            Document d = first.document();
            Place p = first.place();
            String county = d.county() != null ? d.county() : p == null ? null : p.county();
            String slug = townSlugs.take(townSlug(first, county));
            Town town = new Town(key, slug, d.town(), county, p == null ? null : p.city(), p == null ? null : p.province(),
                    d.anonymised(), List.copyOf(rs));
            towns.add(town);
            // the latest report is the profile's index.html, each earlier one a page of its year (2021.html; a
            // second report of one year 2021-2.html, 年份不明 nianfen-bumin.html)
            Slugs.Unique pages = new Slugs.Unique();
            pages.take("index");
            for (ReportFacts r : rs) {
                townOfReport.put(r.reportId(), town);
                Integer y = r.document().year();
                String page = r == first ? "index" : pages.take(y == null ? "nianfen-bumin" : y.toString());
                townPage.put(r.reportId(), "towns/" + slug + "/" + page + ".html");
                reportSlug.put(r.reportId(), reportSlugs.take(slug + "-" + (y == null ? "nianfen-bumin" : y.toString())));
            }
        }
        towns.sort(Comparator.comparing((Town t) -> t.anonymised()).thenComparing(t -> t.slug()));
    }

    static String townKey(ReportFacts r) {
        Document d = r.document();
        Place p = r.place();
        if (d.anonymised()) return "report:" + r.reportId();
        if (p != null && p.resolved() && p.divisionCode() != null) return "code:" + p.divisionCode();
        String county = d.county() != null ? d.county() : p != null && p.county() != null ? p.county() : "";
        return "name:" + county + "/" + (d.town() == null ? r.reportId() : d.town());
    }

    private static String townSlug(ReportFacts r, String county) {
        Document d = r.document();
        if (d.anonymised()) {
            // 匿名乡镇·3F2A → niming-3f2a: the label's stable hex, else the file's hash
            String label = d.town() == null ? "" : d.town();
            String hex = label.contains("·") ? label.substring(label.indexOf('·') + 1) : r.document().report().contentHash();
            hex = Slugs.clean(hex);
            return "niming-" + (hex.length() > 4 ? hex.substring(0, 4) : hex.isEmpty() ? "x" : hex);
        }
        return county == null ? Slugs.slug(d.town()) : Slugs.slug(county, d.town());
    }

    public List<Town> towns() {
        return towns;
    }

    public Town town(String reportId) {
        return townOfReport.get(reportId);
    }

    public ReportFacts report(String reportId) {
        return reports.get(reportId);
    }

    public String reportDir(String reportId) {
        return "reports/" + reportSlug.get(reportId) + "/";
    }

    public String reportHref(String reportId) {
        return reportDir(reportId) + "index.html";
    }

    /** The town profile's page of the report's year (index.html for the town's latest report). */
    public String townHref(String reportId) {
        return townPage.getOrDefault(reportId, "towns/index.html");
    }

    public static String rankingHref(String indicator, int year) {
        return "rankings/" + Slugs.clean(indicator) + "-" + year + ".html";
    }
}
