package townstats.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import townstats.analyze.FactSelector;
import townstats.model.Fact;
import townstats.model.Place;
import townstats.model.Qualifier;
import townstats.model.QualityIssue;
import townstats.model.ReportFacts;
import townstats.util.Numbers;

/**
 * The 核对清单 (review.html): what is worth an official's look before the figures are used — figures OCR was unsure
 * of, an indicator stated with different values, implausible figures, estimates (预计), and places resolved with little
 * evidence — each with its sentence, a link to it on the reader page and the sidecar lines that would confirm or
 * correct it. A figure the sidecar already confirmed or corrected is not listed again.
 */
final class ReviewPage {
    static final String PATH = "review.html";

    /**
     * One thing to check. {@code kind} says why, {@code figure} the figure as read, {@code quote} its sentence;
     * {@code sidecar} the file the lines go into and {@code fixes} the lines, one block per way to settle it.
     */
    public record Item(String kind, String report, String town, String href, String indicator, String figure, String quote,
                       String sidecar, List<Fix> fixes) {
    }

    /** One way to settle an item: what it does (确认, 更正 …) and the YAML lines. */
    public record Fix(String label, String yaml) {
    }

    private final SiteContext ctx;

    ReviewPage(SiteContext ctx) {
        this.ctx = ctx;
    }

    /**
     * An item (its sentence, figure and the sidecar lines to copy) is about as long as five ranking rows: a page of
     * the row budget's items was over 900 KB at 10,000 reports.
     */
    static final int ITEM_WEIGHT = 5;

    void write(List<ReportFacts> reports) throws IOException {
        List<Item> items = new ArrayList<>();
        for (ReportFacts r : reports) items.addAll(items(r));
        Map<String, Object> m = new HashMap<>();
        ctx.pagedList(PATH, "review.ftlh", ctx.msg.get("review.title"),
                List.of(ctx.home(), new SiteContext.Crumb(ctx.msg.get("nav.quality"), "quality.html"),
                        new SiteContext.Crumb(ctx.msg.get("review.title"), null)), m, "items", items, ITEM_WEIGHT);
    }

    List<Item> items(ReportFacts r) {
        List<Item> out = new ArrayList<>();
        Set<Fact> listed = new LinkedHashSet<>();
        for (QualityIssue issue : r.issues()) {
            if (issue.indicator() == null) continue; // the whole report: on the quality page
            String kind = ctx.flagLabel(issue.kind().id());
            if (issue.kind() == QualityIssue.Kind.CONFLICTING_VALUES) {
                List<Fact> values = r.facts().stream().filter(f -> f.indicator().equals(issue.indicator()) && f.value() != null
                        && FactSelector.isAchievement(f) && f.correction() == null).toList();
                if (values.size() < 2) continue;
                List<Fix> fixes = new ArrayList<>();
                for (Fact f : values) fixes.add(new Fix(ctx.msg.get("review.keep") + " " + figure(f), confirm(f, true)));
                Fact first = values.get(0);
                out.add(item(r, ctx.msg.get("flag.conflicting_values") + "：" + issue.message(), first,
                        String.join("、", values.stream().map(this::figure).toList()), fixes));
                listed.addAll(values);
                continue;
            }
            for (Fact f : r.facts()) {
                if (f.correction() != null || listed.contains(f) || !f.indicator().equals(issue.indicator()) || f.offset() != issue.offset()) continue;
                out.add(item(r, kind + "：" + issue.message(), f, figure(f), fixes(f)));
                listed.add(f);
            }
        }
        for (Fact f : r.facts()) {
            if (f.qualifier() == Qualifier.ESTIMATE && FactSelector.isAchievement(f) && f.correction() == null && !listed.contains(f)) {
                out.add(item(r, ctx.msg.get("review.estimate"), f, figure(f), fixes(f)));
            }
        }
        Item place = place(r);
        if (place != null) out.add(place);
        return out;
    }

    /** A place the resolver could not settle, or settled from the town's name alone (no county in the report). */
    private Item place(ReportFacts r) {
        Place p = r.place();
        if (p == null || r.document().anonymised() || r.document().report().metadata().divisionCode() != null) return null;
        String town = r.document().town();
        List<Fix> fixes = new ArrayList<>();
        String why;
        if (p.status() == Place.Status.AMBIGUOUS) {
            why = ctx.msg.get("review.ambiguous");
            // one block: every candidate a commented line, the official uncomments the right one
            StringBuilder yaml = new StringBuilder("# ").append(ctx.msg.get("review.pickOne")).append('\n');
            for (Place c : p.candidates()) {
                yaml.append("# division_code: \"").append(c.divisionCode()).append("\"   # ").append(c.province()).append(' ')
                        .append(c.city()).append(' ').append(c.county()).append(' ').append(c.town()).append('\n');
            }
            fixes.add(new Fix(ctx.msg.get("review.code") + "（" + p.candidates().size() + "）", yaml.toString()));
        } else if (p.status() == Place.Status.UNRESOLVED) {
            why = ctx.msg.get("review.unresolved");
            fixes.add(new Fix(ctx.msg.get("review.code"), "division_code: \"000000000\"   # " + ctx.msg.get("review.codeHint")));
        } else if (p.resolved() && r.document().county() == null) {
            why = ctx.msg.get("review.nameOnly");
            fixes.add(new Fix(ctx.msg.get("review.confirmPlace"), "division_code: \"" + p.divisionCode() + "\"   # "
                    + p.province() + " " + p.city() + " " + p.county() + " " + p.town()));
        } else {
            return null;
        }
        return new Item(why, ctx.reportTitle(r), town, ctx.index.reportHref(r.reportId()), null, null, null, sidecar(r), fixes);
    }

    private Item item(ReportFacts r, String kind, Fact f, String figure, List<Fix> fixes) {
        int n = r.facts().indexOf(f) + 1;
        String href = ctx.index.reportHref(r.reportId()) + (f.start() >= 0 ? "#f-" + n : "");
        return new Item(kind, ctx.reportTitle(r), r.document().town(), href, ctx.indicatorName(f.indicator()), figure,
                f.quote().isEmpty() ? null : f.quote(), sidecar(r), fixes);
    }

    /** Confirm it as read, or correct it (its lines ready to edit). */
    private List<Fix> fixes(Fact f) {
        return List.of(new Fix(ctx.msg.get("review.confirm"), confirm(f, false)), new Fix(ctx.msg.get("review.correct"), correct(f)));
    }

    private String confirm(Fact f, boolean keep) {
        return "facts:\n  - confirm: " + ctx.indicatorName(f.indicator()) + "\n    was: " + was(f) + "\n    note: "
                + ctx.msg.get(keep ? "review.noteKeep" : "review.noteConfirm") + "\n";
    }

    private String correct(Fact f) {
        StringBuilder sb = new StringBuilder("facts:\n  - correct: ").append(ctx.indicatorName(f.indicator())).append("\n    was: ")
                .append(was(f)).append('\n');
        if (f.value() != null) sb.append("    value: ").append(Numbers.plain(f.value())).append(f.unit()).append('\n');
        if (f.growth() != null) sb.append("    growth: ").append(Numbers.plain(f.growth())).append("%\n");
        return sb.append("    note: ").append(ctx.msg.get("review.noteCorrect")).append('\n').toString();
    }

    /** 4410万元, or 5% for a growth rate alone: how {@code was:} names the figure. */
    private static String was(Fact f) {
        return f.value() != null ? Numbers.plain(f.value()) + f.unit() : Numbers.plain(f.growth()) + "%";
    }

    /** 4,410 万元，同比增长 5%，1—11月: in the forms of the cards (亿元 from 1亿 on, growth worded, no period on a stock). */
    private String figure(Fact f) {
        StringBuilder sb = new StringBuilder();
        if (f.value() != null) sb.append(SiteContext.amountText(f.value(), f.unit()));
        if (f.growth() != null) sb.append(sb.length() > 0 ? "，" : "").append(ctx.growthText(f.growth()));
        String period = ctx.periodLabel(f);
        if (period != null && !f.period().isFullYear()) sb.append("，").append(period);
        if (f.confidence() != null) sb.append("（").append(ctx.flagLabel(townstats.analyze.Flags.ocr(f.confidence()))).append("）");
        return sb.toString();
    }

    /** reports/2023/000_….yml: the sidecar beside the report, from the reports folder. */
    private static String sidecar(ReportFacts r) {
        String source = r.document().report().source();
        int slash = source.lastIndexOf('/');
        return "reports/" + (slash < 0 ? "" : source.substring(0, slash + 1)) + r.reportId() + ".yml";
    }
}
