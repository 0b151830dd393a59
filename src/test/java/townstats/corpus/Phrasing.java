package townstats.corpus;

import townstats.model.Period;
import townstats.model.Qualifier;
import townstats.model.SectionKind;

import java.math.BigDecimal;

/**
 * Writes indicator statements in exactly the forms the extractor supports ({synonym}{verb}{number}{unit}
 * with an optional growth clause, plus the fixed admin-unit and key-project forms) and plants the fact
 * that the written text means. Values are rounded first, so the truth is what the text says, exactly.
 */
final class Phrasing {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** A written figure: before + digits + after, and the value it means in the canonical unit. */
    record Figure(String before, String digits, String after, BigDecimal value, Qualifier qualifier) {
    }

    private final Rand r;
    private final String scope;

    /** @param scope 全镇 / 全乡 / 全街道: how a report names its whole town */
    Phrasing(Rand r, String scope) {
        this.r = r;
        this.scope = scope;
    }

    /**
     * One statement: synonym, verb, figure, optional growth clause.
     *
     * @param sentenceQualifier estimate or target when the sentence sets one; the figure then carries no 约/余
     * @param growth            true growth to state, or null for none
     */
    void statement(Para p, Indicator ind, double value, Double growth, Period period, Qualifier sentenceQualifier,
                   SectionKind section) {
        p.add(synonym(ind)).add(verb(ind));
        Figure f = figure(ind, value, sentenceQualifier == null);
        BigDecimal g = growth == null ? null : roundGrowth(growth);
        p.add(f.before());
        Qualifier q = sentenceQualifier != null ? sentenceQualifier : f.qualifier();
        p.plant(new Planted(ind, f.value(), g, period, q, section, p.length()));
        p.add(f.digits()).add(f.after());
        if (g != null) p.add(growthClause(g));
    }

    /** A target stated only as growth: 地区生产总值增长8%. */
    void growthTarget(Para p, Indicator ind, int growthPercent, Period period) {
        p.add(synonym(ind)).add("增长");
        p.plant(new Planted(ind, null, BigDecimal.valueOf(growthPercent), period, Qualifier.TARGET, SectionKind.PLAN, p.length()));
        p.add(Integer.toString(growthPercent)).add("%");
    }

    /** 下辖12个行政村和3个社区 (value 15) or 辖15个行政村. */
    void adminUnits(Para p, int total, Period period, Qualifier q, SectionKind section) {
        BigDecimal value = BigDecimal.valueOf(total);
        if (total >= 4 && r.chance(0.6)) {
            int communities = r.between(1, Math.max(1, total / 4));
            p.add("下辖");
            p.plant(new Planted(Indicator.ADMIN_UNITS, value, null, period, q, section, p.length()));
            p.add(count(total - communities)).add("个行政村和").add(count(communities)).add("个社区");
        } else {
            p.add(r.pick("辖", "下辖"));
            p.plant(new Planted(Indicator.ADMIN_UNITS, value, null, period, q, section, p.length()));
            p.add(count(total)).add("个行政村");
        }
    }

    /** 实施重点项目21个，总投资3.15亿元: two facts. */
    void keyProjects(Para p, String lead, int projects, double investment, Period period, Qualifier q, SectionKind section) {
        p.add(lead).add("重点项目");
        p.plant(new Planted(Indicator.KEY_PROJECTS, BigDecimal.valueOf(projects), null, period, q, section, p.length()));
        p.add(count(projects)).add("个，总投资");
        BigDecimal yi = Numbers.round(Math.max(investment, 10_000) / 10_000, 2);
        p.plant(new Planted(Indicator.KEY_PROJECTS_INVESTMENT, yi.multiply(TEN_THOUSAND).stripTrailingZeros(), null,
                period, q, section, p.length()));
        p.add(Numbers.plain(yi)).add("亿元");
    }

    String synonym(Indicator ind) {
        if (ind == Indicator.COLLECTIVE_INCOME) return scope + "村集体经济收入";
        String name = r.pick(ind.synonyms);
        // 镇域 only fits a 镇; a 乡 or 街道 says 辖区面积 instead.
        return name.startsWith("镇域") && !scope.equals("全镇") ? "辖区面积" : name;
    }

    private String verb(Indicator ind) {
        return switch (ind.kind) {
            case MONEY, KEY_PROJECTS -> r.pick("", "完成", "累计完成", "实现", "达到", "达");
            case INCOME -> r.pick("", "达到", "达", "实现");
            default -> r.pick("", "", "达");
        };
    }

    /** Small counts are sometimes written in Chinese numerals: 二十四. */
    String count(int n) {
        return n <= 99 && r.chance(0.25) ? Numbers.chinese(n) : Integer.toString(n);
    }

    /**
     * How a value is written. {@code loose} allows 约 (approx) and 余 (more_than).
     */
    Figure figure(Indicator ind, double v, boolean loose) {
        return switch (ind.kind) {
            case MONEY, KEY_PROJECTS -> money(v, loose);
            case INCOME -> {
                BigDecimal n = Numbers.round(v, 0);
                boolean approx = loose && r.chance(0.05);
                yield new Figure(approx ? "约" : "", Numbers.plain(n), "元", n, approx ? Qualifier.APPROX : null);
            }
            case POPULATION -> population(v, loose);
            case HOUSEHOLDS -> {
                BigDecimal n = Numbers.round(v, 0);
                yield new Figure("", Numbers.plain(n), "户", n, null);
            }
            case AREA -> {
                BigDecimal x = Numbers.round(v, r.between(0, 2));
                boolean approx = loose && r.chance(0.15);
                yield new Figure(approx ? "约" : "", Numbers.plain(x), "平方公里", x, approx ? Qualifier.APPROX : null);
            }
            case LAND -> {
                if (v >= 10_000 && r.chance(0.4)) {
                    BigDecimal wan = Numbers.round(v / 10_000, r.between(1, 2));
                    yield new Figure("", Numbers.plain(wan), "万亩", wan.multiply(TEN_THOUSAND).stripTrailingZeros(), null);
                }
                BigDecimal n = Numbers.round(v, 0);
                yield new Figure("", Numbers.plain(n), "亩", n, null);
            }
            case ADMIN_UNITS -> throw new IllegalArgumentException("admin units have their own form");
        };
    }

    private Figure money(double v, boolean loose) {
        if (loose && v >= 10 && r.chance(0.08)) {
            BigDecimal n = BigDecimal.valueOf((long) Math.floor(v));
            return new Figure("", Numbers.plain(n), "余万元", n, Qualifier.MORE_THAN);
        }
        boolean approx = loose && r.chance(0.05);
        String before = approx ? "约" : "";
        Qualifier q = approx ? Qualifier.APPROX : null;
        if (v >= 10_000 && r.chance(0.75)) {
            BigDecimal yi = Numbers.round(v / 10_000, r.between(2, 4));
            return new Figure(before, Numbers.plain(yi), "亿元", yi.multiply(TEN_THOUSAND).stripTrailingZeros(), q);
        }
        if (v < 100 && r.chance(0.3)) {
            BigDecimal yuan = Numbers.round(v * 10_000, 0);
            return new Figure(before, Numbers.plain(yuan), "元", yuan.movePointLeft(4).stripTrailingZeros(), q);
        }
        BigDecimal wan = Numbers.round(v, v >= 1000 ? r.pick(0, 0, 1) : r.pick(0, 1, 2));
        return new Figure(before, Numbers.plain(wan), "万元", wan, q);
    }

    private Figure population(double v, boolean loose) {
        double roll = r.uniform(0, 1);
        if (loose && roll < 0.2) {
            BigDecimal wan = BigDecimal.valueOf(Math.floor(v / 1000) / 10).stripTrailingZeros();
            return new Figure("", Numbers.plain(wan), "万余人", wan.multiply(TEN_THOUSAND).stripTrailingZeros(), Qualifier.MORE_THAN);
        }
        if (roll < 0.6) {
            BigDecimal wan = Numbers.round(v / 10_000, r.between(1, 2));
            return new Figure("", Numbers.plain(wan), "万人", wan.multiply(TEN_THOUSAND).stripTrailingZeros(), null);
        }
        BigDecimal n = Numbers.round(v, 0);
        return new Figure("", Numbers.plain(n), "人", n, null);
    }

    /** Growth as written: one decimal or whole; null when it would read as 0%. */
    BigDecimal roundGrowth(double g) {
        BigDecimal x = Numbers.round(g, r.chance(0.3) ? 0 : 1);
        return x.signum() == 0 ? null : x;
    }

    private String growthClause(BigDecimal g) {
        if (g.signum() < 0) return "，同比下降" + Numbers.plain(g.negate()) + "%";
        return r.pick("，同比增长", "，增长", "，增幅") + Numbers.plain(g) + "%";
    }
}
