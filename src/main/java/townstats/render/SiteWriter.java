package townstats.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import townstats.extract.Catalog;
import townstats.model.Fact;
import townstats.model.ReportFacts;
import townstats.publish.Csv;
import townstats.publish.SiteOutput;

/** Writes the site's pages into the staging folder. */
public final class SiteWriter {
    private final SiteRenderer renderer;
    private final Catalog catalog;

    public SiteWriter(Path theme, Catalog catalog) throws IOException {
        this.renderer = new SiteRenderer(theme);
        this.catalog = catalog;
    }

    public void write(List<ReportFacts> reports, List<?> skipped, SiteOutput site) throws IOException {
        renderer.copyAssets(site.root());
        Map<String, Object> model = new HashMap<>();
        model.put("siteTitle", "乡镇年度工作报告比较");
        model.put("reports", reports.stream().map(this::reportModel).toList());
        model.put("factCount", reports.stream().mapToInt(r -> r.facts().size()).sum());
        model.put("problems", skipped.stream().map(Object::toString).toList());
        site.write("index.html", renderer.render("index.ftlh", model));
    }

    private Map<String, Object> reportModel(ReportFacts r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.reportId());
        m.put("town", r.document().town());
        if (r.document().county() != null) m.put("county", r.document().county());
        if (r.document().year() != null) m.put("year", r.document().year());
        m.put("title", r.document().title());
        m.put("warnings", r.warnings());
        List<Map<String, Object>> facts = new ArrayList<>();
        for (Fact f : r.facts()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            Catalog.Indicator indicator = catalog.indicators().get(f.indicator());
            fm.put("name", indicator == null ? f.indicator() : indicator.name());
            if (f.value() != null) fm.put("value", Csv.number(f.value()));
            fm.put("unit", f.unit());
            if (f.growth() != null) fm.put("growth", Csv.number(f.growth()));
            if (f.period() != null) fm.put("period", f.period().label());
            if (f.qualifier() != null) fm.put("qualifier", Labels.qualifier(f.qualifier()));
            fm.put("section", Labels.section(f.section()));
            facts.add(fm);
        }
        m.put("facts", facts);
        return m;
    }
}
