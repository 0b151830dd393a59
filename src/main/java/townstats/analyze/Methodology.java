package townstats.analyze;

import townstats.catalog.Catalog;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import townstats.quality.Plausibility;

/**
 * The analysis rules in Chinese, for the methodology page (方法说明). The thresholds are read from the
 * constants that the code uses, so the page cannot drift from what was computed. Weights and coverage of
 * the composite index are per year: see {@link #compositeIndex(CompositeIndex, Catalog)}.
 */
public final class Methodology {
    private Methodology() {
    }

    /** The general rules, one paragraph each; the indicators of the composite index named as {@code catalog} names them. */
    public static List<String> rules(Catalog catalog) {
        return List.of(
                "取值：同一报告中同一指标多次出现时，只取一个数：优先取工作总结部分（其次为存在问题部分），"
                        + "优先全年数据，其次未注明期间的数据，再次为较长的部分期间数据；条件相同时取数值最大的（全镇合计不会小于其中的分项），"
                        + "再相同时取原文中最先出现的。同一句话重复出现只算一个数据；同一时期有不同数值的，在“数据质量”页标注“数值不一致”。"
                        + "目标、计划类数字（含“下一步打算”部分的全部数字）一律不作为完成数。以美元等其他货币计的数值不参与比较。",
                "可比性：只在同一年份的乡镇之间比较，不同年份的数据从不混排；年份不明的报告不参与排名。"
                        + "未注明期间的总结数字视为全年数，标注“时期未注明”。"
                        + "只统计了部分月份的数值（如1—11月、上半年）按报告原样列示，从不按月数折算为全年，"
                        + "只与报告同一期间（如同为1—11月）的乡镇排名和统计，不与全年数混排。"
                        + "增长率无论统计到几月都是与上年同期相比，同一年份的增长率一起排名，并注明各自的月份。"
                        + "人口、面积、耕地、村数、项目等存量指标不分期间，也不标注期间。"
                        + "“预计”“约数”“以上”的数值照常排名，但分别标注。",
                "数据质量：明显不合理的数值（负数、人口超过" + Math.round(Plausibility.MAX_POPULATION / 10000) + "万人、增速高于+"
                        + Math.round(Plausibility.MAX_GROWTH) + "%或低于" + Math.round(Plausibility.MIN_GROWTH) + "%）照常列示并标注，"
                        + "不参与排名和统计；同一乡镇同一年份有两份及以上报告时，无法判断哪份为准，各份均列示并标注“重复报告”，"
                        + "都不参与排名、统计、综合发展指数和跨年核对。排名表、乡镇页面和数据文件采用同一规则。",
                ranking(),
                "统计量：均值、中位数、四分位数（与Excel的QUARTILE.INC相同）、最小值、最大值、样本标准差、变异系数（标准差÷均值）。"
                        + "排名为竞争排名（最高为第1名，并列者名次相同，如1、2、2、4）；百分位=（组内乡镇数−名次）÷（组内乡镇数−1）×100；"
                        + "z分数=（数值−均值）÷标准差。增速按同样方法单独排名。",
                "派生指标：人均值=金额（万元）×10000÷总人口，单位元/人；地均值=金额÷行政区域面积，单位万元/平方公里；人口密度=总人口÷面积。",
                compositeRule(catalog),
                "相似乡镇：同一年份内，将各指标取对数后标准化，按两镇共有指标（至少" + SimilarTowns.MIN_SHARED
                        + "个）差值的均方根距离，列出最相近的" + SimilarTowns.MAX_NEIGHBOURS + "个乡镇。",
                "相关分析：同一年份中至少" + Correlation.MIN_TOWNS + "个乡镇同时报告的两个指标计算斯皮尔曼等级相关系数；"
                        + "相关最强的指标对（|ρ|≥" + Correlation.STRONG + "）给出一元线性回归（斜率、截距、r²）。",
                "跨年核对：同一乡镇（以区划代码识别，无代码时以县名加乡镇名识别，匿名报告不跨年匹配）相邻两年的数值推算出的增速，"
                        + "与后一年报告所称增速相差超过" + GrowthCheck.TOLERANCE + "个百分点的，标注为数据质量问题"
                        + "（按可比价计算的增速与按现价推算的增速本就可能不同）。某年报告“下一步打算”中的目标，与次年报告的完成数对比，判定达成或未达成。");
    }

    /**
     * The numbers the theme's methodology page ({@code themes/NAME/pages/methodology.md}) quotes, by placeholder
     * ({@code {min}} → 5): each read from the constant the code applies, so the page says what was computed.
     */
    public static java.util.Map<String, String> placeholders(Catalog catalog) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        List<String> ids = EntropyTopsis.indicators(catalog);
        m.put("min", String.valueOf(Ranker.MIN_RANKED));
        m.put("rank.top", String.valueOf(RankBands.EXACT_TOP));
        m.put("rank.band", String.valueOf(RankBands.TOP_BAND));
        m.put("rank.bandTowns", String.valueOf(4 * RankBands.TOP_BAND));
        m.put("composite.count", String.valueOf(ids.size()));
        m.put("composite.min", String.valueOf(Math.min(EntropyTopsis.MIN_INDICATORS, ids.size())));
        m.put("composite.missing", String.valueOf(ids.size() - Math.min(EntropyTopsis.MIN_INDICATORS, ids.size())));
        m.put("composite.indicators", ids.stream().map(catalog::name).collect(Collectors.joining("、")));
        m.put("growth.max", number(Plausibility.MAX_GROWTH));
        m.put("growth.min", number(Plausibility.MIN_GROWTH).replace("-", "−"));
        m.put("max.amount", bound("万元", 1e4, "亿元"));
        m.put("max.perHead", bound("元", 1e4, "万元"));
        m.put("max.population", bound("人", 1e4, "万人"));
        m.put("max.households", bound("户", 1e4, "万户"));
        m.put("max.land", bound("亩", 1e8, "亿亩"));
        m.put("max.area", bound("平方公里", 1e4, "万平方公里"));
        m.put("max.count", bound("个", 1e4, "万个"));
        m.put("check.tolerance", number(GrowthCheck.TOLERANCE));
        m.put("similar.shared", String.valueOf(SimilarTowns.MIN_SHARED));
        m.put("similar.count", String.valueOf(SimilarTowns.MAX_NEIGHBOURS));
        m.put("correlation.towns", String.valueOf(Correlation.MIN_TOWNS));
        m.put("correlation.strong", number(Correlation.STRONG));
        return m;
    }

    /** Plausibility's bound of a unit in a larger unit: 10^8 万元 → 1万亿元 (given as 1e4 亿元 → "1万亿元"). */
    private static String bound(String unit, double per, String larger) {
        double v = Plausibility.MAX_VALUE.get(unit) / per;
        return larger.equals("亿元") && v >= 1e4 ? number(v / 1e4) + "万亿元" : number(v) + larger;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /**
     * How towns are ranked and compared: the peer groups and the minimum number of towns that makes a ranking (the
     * ranking pages and the town profiles state it).
     */
    public static String ranking() {
        return "分组：全部乡镇，以及地名可确认时的同省、同市、同县乡镇。一张表（同一指标、年份、范围和期间）至少有" + Ranker.MIN_RANKED
                + "个乡镇的数值才排名次；不足" + Ranker.MIN_RANKED + "个时只列示数值，不排名次，也不计入乡镇页的名次、优势、弱项和“居前三”。"
                + "几个范围的乡镇完全相同（如一个市在本站只有一个县的乡镇）时只说一次。";
    }

    /** The composite index's rule: its fixed indicators, how many a town needs, how it is computed. */
    public static String compositeRule(Catalog catalog) {
        List<String> ids = EntropyTopsis.indicators(catalog);
        return "综合发展指数（熵权-TOPSIS）：每年单独计算，每年都用同一组" + ids.size() + "项指标（"
                + ids.stream().map(catalog::name).collect(Collectors.joining("、")) + "，涵盖产出、财政收入、投资和收入），只用全年数。"
                + "乡镇至少要有其中" + Math.min(EntropyTopsis.MIN_INDICATORS, ids.size()) + "项才计算指数，否则列为“数据不足”；"
                + "参与计算的乡镇不足" + Ranker.MIN_RANKED + "个的年份不编制指数。"
                + "各指标按最小—最大法标准化（均为正向指标），用熵值法定权重，缺少的个别指标以其他乡镇标准化值的中位数补足并注明；"
                + "再计算与正、负理想解的距离，贴近度C=D⁻÷（D⁺+D⁻），越接近1发展水平越高。";
    }

    /** One sentence on a year's index: indicators used with their weights and coverage. */
    public static String compositeIndex(CompositeIndex ci, Catalog catalog) {
        String used = ci.indicators().stream()
                .map(id -> String.format(Locale.ROOT, "%s（权重%.3f，覆盖%.0f%%）", catalog.name(id), ci.weights().get(id),
                        ci.coverage().get(id) * 100))
                .collect(Collectors.joining("、"));
        return ci.year() + "年综合发展指数共" + ci.towns() + "个乡镇，选用指标：" + used + "；参与计算" + ci.entries().size()
                + "个乡镇，数据不足" + ci.insufficient().size() + "个。";
    }
}
