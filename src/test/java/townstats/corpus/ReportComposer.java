package townstats.corpus;

import townstats.model.Period;
import townstats.model.Qualifier;
import townstats.model.SectionKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes one report's text, planting facts as it goes: title block, intro (with the town's profile),
 * 一、this year's work in （一）… subsections with 一是…二是… items, 二、problems, 三、next year's plan with
 * targets, signature and date. Filler sentences are then appended to item paragraphs until the report
 * reaches its size target; appending at paragraph ends never moves a planted figure within its paragraph.
 */
final class ReportComposer {
    /** The whole report: title, text and facts in text order with absolute offsets. */
    record Composed(String title, String text, List<Planted> facts) {
    }

    /** When the report's figures were counted: full year, to November, or earlier in the year. */
    private enum Cutoff { FULL_YEAR, NOVEMBER, EARLY }

    private static final Period NOV = new Period(1, 11);
    private static final Period Q3 = new Period(1, 9);
    private static final Period H1 = new Period(1, 6);

    /** An item paragraph that may take filler, and the theme its filler talks about. */
    private record Slot(Para para, Filler.Theme theme, boolean plan) {
    }

    private final Rand r;
    private final Divisions.Town town;
    private final int year;
    private final boolean hideYear;
    private final TownSeries series;
    private final int targetBytes;
    private final Phrasing say;
    private final Filler filler;
    private final Traps traps;
    private final Concerns concerns;
    private final String scope;
    private final List<Para> paras = new ArrayList<>();
    private final List<Slot> slots = new ArrayList<>();
    private Cutoff cutoff;

    ReportComposer(Rand r, Divisions.Town town, int year, boolean hideYear, TownSeries series, int targetBytes) {
        this.r = r;
        this.town = town;
        this.year = year;
        this.hideYear = hideYear;
        this.series = series;
        this.targetBytes = targetBytes;
        this.scope = "全" + town.kind();
        this.say = new Phrasing(r, scope);
        this.filler = new Filler(r);
        this.traps = new Traps(r, say, filler);
        this.concerns = new Concerns(r, town, year);
    }

    Composed compose() {
        Set<Indicator> chosen = chooseIndicators();
        cutoff = r.pick(Cutoff.FULL_YEAR, Cutoff.FULL_YEAR, Cutoff.FULL_YEAR, Cutoff.NOVEMBER, Cutoff.NOVEMBER, Cutoff.EARLY);
        String title = header();
        intro(chosen);
        summary(chosen);
        problems();
        plan(chosen);
        signature();
        pad();
        return assemble(title);
    }

    // ---- what to say ----

    /** 40–90% of the indicators; key projects and their investment are one statement, so one slot. */
    private Set<Indicator> chooseIndicators() {
        List<Indicator> all = new ArrayList<>(List.of(Indicator.values()));
        all.remove(Indicator.KEY_PROJECTS_INVESTMENT);
        r.shuffle(all);
        int k = (int) Math.round(r.uniform(0.4, 0.9) * all.size());
        Set<Indicator> chosen = EnumSet.noneOf(Indicator.class);
        chosen.addAll(all.subList(0, k));
        return chosen;
    }

    private String yearText(int y) {
        return hideYear ? "" : y + "年";
    }

    private String reportName() {
        return hideYear ? "工作总结暨下一步工作打算" : year + "年工作总结暨" + (year + 1) + "年工作打算";
    }

    // ---- sections ----

    private String header() {
        switch (r.between(0, 2)) {
            case 0 -> {
                String title = town.name() + reportName();
                line(title);
                return title;
            }
            case 1 -> {
                String committee = "中共" + town.name() + "委员会";
                String title = committee + "关于" + town.name() + reportName() + "的报告";
                if (r.chance(0.5)) {
                    line(title);
                } else { // as often printed: the issuing committee on a line of its own
                    line(committee);
                    line("关于" + town.name() + reportName() + "的报告");
                }
                line("");
                line("中共" + town.county().name() + "委：");
                line("现将《" + town.name() + reportName() + "》予以呈报，请予审阅。");
                line("");
                line(committee);
                line(date());
                line("");
                line(town.name() + reportName());
                return title;
            }
            default -> {
                String plan = hideYear ? "工作总结和下一步工作计划" : year + "年工作总结和" + (year + 1) + "年工作计划";
                String title = town.county().name() + town.name() + plan;
                line(title);
                return title;
            }
        }
    }

    private void intro(Set<Indicator> chosen) {
        String county = town.county().name();
        Para p = para();
        p.add(hideYear ? "今年以来" : year + "年").add("，在" + county + "委、" + county + "政府的坚强领导下，")
                .add(town.name() + "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，团结带领" + scope
                        + "干部群众，在经济发展、项目建设、乡村振兴、生态环保、民生改善等重点工作上持续发力，推动各项事业取得新成效。");
        p.add(town.name() + "位于" + county + filler.direction());
        int before = p.facts().size();
        for (Indicator ind : List.of(Indicator.AREA, Indicator.ADMIN_UNITS, Indicator.POPULATION, Indicator.HOUSEHOLDS,
                Indicator.CULTIVATED_LAND, Indicator.FOREST_LAND)) {
            if (!chosen.contains(ind)) continue;
            p.add("，");
            // a stock (area, villages, people, land) covers no months: its period is null
            if (ind == Indicator.ADMIN_UNITS) {
                say.adminUnits(p, (int) Math.round(value(ind)), null, null, SectionKind.SUMMARY);
            } else {
                say.statement(p, ind, value(ind), null, null, null, SectionKind.SUMMARY);
            }
        }
        p.add(p.facts().size() == before ? "，区位优势明显，交通便利。" : "。");
        slots.add(new Slot(p, Filler.ECONOMY, false));
    }

    private void summary(Set<Indicator> chosen) {
        line("一、" + (hideYear ? "今年" : yearText(year)) + "工作开展情况");
        List<Filler.Theme> themes = new ArrayList<>(List.of(Filler.ECONOMY));
        boolean projects = chosen.contains(Indicator.KEY_PROJECTS) || chosen.contains(Indicator.INVESTMENT_ATTRACTED);
        if (projects || r.chance(0.5)) themes.add(Filler.PROJECTS);
        List<Filler.Theme> others = new ArrayList<>(Filler.OTHER_THEMES);
        r.shuffle(others);
        int extra = r.between(2, others.size());
        List<Filler.Theme> picked = new ArrayList<>(others.subList(0, extra));
        // Themes that carry chosen facts must be present.
        if (chosen.contains(Indicator.COLLECTIVE_INCOME) && !picked.contains(Filler.RURAL)) picked.add(Filler.RURAL);
        boolean incomes = chosen.contains(Indicator.RURAL_INCOME) || chosen.contains(Indicator.URBAN_INCOME);
        if (incomes && !picked.contains(Filler.LIVELIHOOD)) picked.add(Filler.LIVELIHOOD);
        themes.addAll(picked);

        for (int i = 0; i < themes.size(); i++) {
            Filler.Theme theme = themes.get(i);
            line("（" + Numbers.ordinal(i + 1) + "）" + r.pick(theme.titles()));
            List<String> heads = new ArrayList<>(theme.heads());
            r.shuffle(heads);
            int items = r.between(2, Math.min(4, heads.size()));
            for (int j = 0; j < items; j++) {
                Para p = para().add(Numbers.chinese(j + 1) + "是" + heads.get(j) + "。");
                if (j == 0) factsFor(theme, chosen, p);
                else if (r.chance(0.15)) trapFor(theme, p);
                p.add(filler.sentence(theme));
                slots.add(new Slot(p, theme, false));
            }
        }
    }

    /** The figures a summary theme states, in its first item. */
    private void factsFor(Filler.Theme theme, Set<Indicator> chosen, Para p) {
        if (theme == Filler.ECONOMY) {
            economy(p, ofTopic(chosen, Indicator.Topic.ECONOMY));
            if (r.chance(0.5)) p.add(traps.company());
            if (r.chance(0.25)) p.add(traps.masked());
        } else if (theme == Filler.PROJECTS) {
            if (chosen.contains(Indicator.KEY_PROJECTS)) {
                say.keyProjects(p, r.pick("实施", "全年实施", "谋划实施", "共实施"), projectCount(year),
                        value(Indicator.KEY_PROJECTS_INVESTMENT), Period.FULL_YEAR, null, SectionKind.SUMMARY);
                p.add("，项目涵盖基础设施、产业发展、民生保障等领域。");
            }
            if (chosen.contains(Indicator.INVESTMENT_ATTRACTED)) {
                economy(p, List.of(Indicator.INVESTMENT_ATTRACTED));
            }
            if (r.chance(0.3)) p.add(traps.planningArea());
            if (r.chance(0.2)) p.add(traps.masked());
        } else if (theme == Filler.RURAL) {
            if (chosen.contains(Indicator.COLLECTIVE_INCOME)) {
                p.add(r.pick("", "全年"));
                say.statement(p, Indicator.COLLECTIVE_INCOME, value(Indicator.COLLECTIVE_INCOME), growthOrNull(Indicator.COLLECTIVE_INCOME),
                        Period.FULL_YEAR, null, SectionKind.SUMMARY);
                p.add("。");
            }
            if (r.chance(0.6)) p.add(traps.villageFigure());
        } else if (theme == Filler.LIVELIHOOD) {
            incomes(p, ofTopic(chosen, Indicator.Topic.LIVELIHOOD).stream()
                    .filter(i -> i != Indicator.COLLECTIVE_INCOME).toList());
        }
    }

    private void trapFor(Filler.Theme theme, Para p) {
        if (theme == Filler.RURAL) p.add(traps.villageFigure());
        else if (theme == Filler.ECONOMY) p.add(traps.company());
        else if (theme == Filler.PROJECTS) p.add(traps.planningArea());
    }

    /**
     * Economic figures in sentences of one to three; a period stated at a sentence's start covers the whole
     * sentence, and an estimate (预计全年) gets a sentence to itself.
     */
    private void economy(Para p, List<Indicator> inds) {
        int i = 0;
        while (i < inds.size()) {
            Period period = pickPeriod();
            boolean estimate = period.isFullYear() && r.chance(0.15);
            int k = estimate ? 1 : r.between(1, 3);
            p.add(estimate ? "预计全年" : periodPhrase(period));
            for (int j = 0; j < k && i < inds.size(); j++, i++) {
                if (j > 0) p.add("；");
                Indicator ind = inds.get(i);
                say.statement(p, ind, periodValue(ind, period), growthOrNull(ind), period,
                        estimate ? Qualifier.ESTIMATE : null, SectionKind.SUMMARY);
            }
            p.add("。");
        }
    }

    private void incomes(Para p, List<Indicator> inds) {
        for (Indicator ind : inds) {
            boolean estimate = r.chance(0.15);
            p.add(estimate ? "预计全年" : r.pick("", "全年"));
            say.statement(p, ind, value(ind), r.chance(0.7) ? series.growth(ind, year) : null, Period.FULL_YEAR,
                    estimate ? Qualifier.ESTIMATE : null, SectionKind.SUMMARY);
            p.add("。");
        }
    }

    private void problems() {
        line("二、存在的问题");
        Para p = para().add(r.pick("在肯定成绩的同时，我们也清醒地认识到，工作中还存在一些问题和不足：",
                "回顾一年来的工作，我们也清醒地看到还存在一些困难和问题：", "总结工作，仍存在以下问题："));
        List<String> problems = concerns.problems(r.between(3, 4));
        // The items either share one paragraph with the lead-in or start paragraphs of their own.
        Para current = p;
        for (int i = 0; i < problems.size(); i++) {
            if (r.chance(0.5)) current = para();
            current.add(Numbers.chinese(i + 1) + "是" + problems.get(i) + (i == problems.size() - 1 ? "。" : "；"));
        }
        current.add(r.pick("", "对此，我们将高度重视，在今后工作中认真加以解决。"));
    }

    private void plan(Set<Indicator> chosen) {
        int next = year + 1;
        line("三、" + (hideYear ? "明年" : yearText(next)) + "工作打算");
        Para p = para().add((hideYear ? "明年" : next + "年") + "，" + town.name()
                + "将坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，以高质量发展为主题，统筹发展和安全，奋力谱写新篇章。");
        List<Indicator> candidates = new ArrayList<>(chosen.stream()
                .filter(i -> i.kind == Indicator.Kind.MONEY || i.kind == Indicator.Kind.INCOME).toList());
        r.shuffle(candidates);
        List<Indicator> targets = new ArrayList<>(candidates.subList(0, Math.min(candidates.size(), r.between(2, 5))));
        // Sometimes one target gets its own 全年力争… sentence in the first plan subsection.
        List<Indicator> yearly = targets.isEmpty() || r.chance(0.5) ? List.of() : List.of(targets.remove(targets.size() - 1));
        if (!targets.isEmpty()) {
            p.add("主要预期目标是：力争");
            for (int i = 0; i < targets.size(); i++) {
                if (i > 0) p.add("；");
                target(p, targets.get(i), null);
            }
            p.add("。");
        }

        List<Filler.Theme> themes = new ArrayList<>(List.of(Filler.ECONOMY, Filler.PROJECTS, Filler.PARTY, Filler.RURAL,
                Filler.ENVIRONMENT, Filler.SAFETY, Filler.LIVELIHOOD));
        r.shuffle(themes);
        int count = r.between(2, 4);
        // each part of the plan opens with a focus of the theme catalogue's, then the work it means
        List<String> foci = concerns.plans(count);
        for (int i = 0; i < count; i++) {
            Filler.Theme theme = themes.get(i);
            line("（" + Numbers.ordinal(i + 1) + "）" + r.pick(theme.titles()));
            Para item = para().add(foci.get(i) + "。" + filler.planSentence(theme));
            if (i == 0) {
                for (Indicator ind : yearly) {
                    item.add("全年力争");
                    target(item, ind, Period.FULL_YEAR);
                    item.add("。");
                }
                if (chosen.contains(Indicator.KEY_PROJECTS) && r.chance(0.6)) {
                    int projects = (int) Math.max(1, Math.round(projectCount(year) * r.uniform(0.9, 1.3)));
                    say.keyProjects(item, "计划实施", projects, value(Indicator.KEY_PROJECTS_INVESTMENT) * r.uniform(1.0, 1.3),
                            null, Qualifier.TARGET, SectionKind.PLAN);
                    item.add("。");
                }
            }
            slots.add(new Slot(item, theme, true));
        }
    }

    /** 地区生产总值增长8% (value null), or 财政收入达到5000万元[，增长8%]. */
    private void target(Para p, Indicator ind, Period period) {
        int g = r.between(5, 15);
        if (r.chance(0.4)) {
            say.growthTarget(p, ind, g, period);
        } else {
            double v = value(ind) * (1 + g / 100.0);
            say.statement(p, ind, v, r.chance(0.5) ? (double) g : null, period, Qualifier.TARGET, SectionKind.PLAN);
        }
    }

    private void signature() {
        line("");
        String signer = switch (town.kind()) {
            case "街道" -> town.name() + r.pick("办事处", "党工委");
            default -> r.pick("中共" + town.name() + "委员会", town.name() + "人民政府", town.name() + "党委");
        };
        line(signer);
        line(date());
    }

    private String date() {
        return (hideYear ? "" : year + "年") + "12月" + r.between(1, 28) + "日";
    }

    // ---- padding and assembly ----

    /** Append filler sentences to random item paragraphs until the UTF-8 size reaches the target. */
    private void pad() {
        int bytes = 0;
        for (Para p : paras) bytes += Numbers.utf8Length(p.text()) + 1;
        while (bytes < targetBytes) {
            Slot slot = r.pick(slots);
            String s = slot.plan() ? filler.planSentence(slot.theme()) : filler.sentence(slot.theme());
            slot.para().add(s);
            bytes += Numbers.utf8Length(s);
        }
    }

    private Composed assemble(String title) {
        StringBuilder text = new StringBuilder();
        List<Planted> facts = new ArrayList<>();
        for (Para p : paras) {
            int base = text.length();
            for (Planted f : p.facts()) facts.add(f.shifted(base));
            text.append(p.text()).append('\n');
        }
        return new Composed(title, text.toString(), facts);
    }

    // ---- helpers ----

    private Para para() {
        Para p = new Para();
        paras.add(p);
        return p;
    }

    private void line(String s) {
        para().add(s);
    }

    private double value(Indicator ind) {
        return series.value(ind, year);
    }

    private int projectCount(int y) {
        return (int) Math.max(1, Math.round(series.value(Indicator.KEY_PROJECTS, y)));
    }

    private Double growthOrNull(Indicator ind) {
        return r.chance(0.6) ? series.growth(ind, year) : null;
    }

    private static List<Indicator> ofTopic(Set<Indicator> chosen, Indicator.Topic topic) {
        return chosen.stream().filter(i -> i.topic == topic).toList();
    }

    private Period pickPeriod() {
        return switch (cutoff) {
            case FULL_YEAR -> Period.FULL_YEAR;
            case NOVEMBER -> r.chance(0.8) ? NOV : Period.FULL_YEAR;
            case EARLY -> r.pick(Q3, Q3, H1, NOV);
        };
    }

    private String periodPhrase(Period p) {
        if (p.isFullYear()) return r.pick("", "全年", "全年");
        if (p.equals(NOV)) return r.pick("1—11月份，", "1-11月，", "截至11月底，", "1—11月份");
        if (p.equals(Q3)) return r.pick("前三季度，", "前三季度");
        return r.pick("上半年，", "上半年");
    }

    /** Flows accumulate through the year; levels (incomes, land, people) do not. */
    private double periodValue(Indicator ind, Period p) {
        double v = value(ind);
        if (!ind.isFlow() || p.isFullYear()) return v;
        return v * p.to() / 12.0 * (1 + r.normal(0, 0.03));
    }
}
