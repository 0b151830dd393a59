package townstats.analyze;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The indicators the analysis knows, in display order. The lead wires the real catalogue in through
 * {@link #of(Map)}; {@link #defaults()} is the v1 list of spec/indicators.md so that tests and charts work
 * without it. Derived indicators (gdp_per_capita, gdp_per_km2, population_per_km2) get their info here too.
 */
public final class Catalog {
    private final Map<String, IndicatorInfo> indicators;

    private Catalog(Map<String, IndicatorInfo> indicators) {
        this.indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
    }

    public static Catalog of(Map<String, IndicatorInfo> indicators) {
        return new Catalog(indicators);
    }

    public static Catalog defaults() {
        Map<String, IndicatorInfo> m = new LinkedHashMap<>();
        flow(m, "gdp", "地区生产总值", "万元");
        flow(m, "fiscal_revenue", "财政总收入", "万元");
        flow(m, "budget_revenue", "一般公共预算收入", "万元");
        flow(m, "tax_revenue", "税收收入", "万元");
        flow(m, "fixed_investment", "固定资产投资", "万元");
        flow(m, "industrial_output_above_scale", "规模以上工业总产值", "万元");
        flow(m, "industrial_output", "工业总产值", "万元");
        flow(m, "industrial_value_added", "工业增加值", "万元");
        flow(m, "agri_industrial_output", "工农业总产值", "万元");
        flow(m, "agricultural_output", "农业总产值", "万元");
        flow(m, "retail_sales", "社会消费品零售总额", "万元");
        flow(m, "above_quota_sales", "限额以上销售额", "万元");
        flow(m, "foreign_trade", "外贸进出口总额", "万元");
        flow(m, "investment_attracted", "招商引资到位资金", "万元");
        flow(m, "rural_income", "农村居民人均可支配收入", "元");
        flow(m, "urban_income", "城镇居民人均可支配收入", "元");
        flow(m, "collective_income", "村集体经济收入", "万元");
        stock(m, "population", "总人口", "人", false);
        stock(m, "households", "户数", "户", false);
        stock(m, "area", "行政区域面积", "平方公里", false);
        stock(m, "cultivated_land", "耕地面积", "亩", false);
        stock(m, "forest_land", "林地面积", "亩", false);
        stock(m, "admin_units", "村（社区）数", "个", false);
        stock(m, "key_projects", "重点项目数", "个", true);
        // total investment of the key projects: a stock of projects, not money spent in the year
        stock(m, "key_projects_investment", "重点项目总投资", "万元", true);
        return new Catalog(m);
    }

    private static void flow(Map<String, IndicatorInfo> m, String id, String name, String unit) {
        m.put(id, new IndicatorInfo(id, name, unit, true, true));
    }

    private static void stock(Map<String, IndicatorInfo> m, String id, String name, String unit, boolean development) {
        m.put(id, new IndicatorInfo(id, name, unit, false, development));
    }

    /** Catalogue indicators, in order (derived ones are not listed). */
    public Map<String, IndicatorInfo> indicators() {
        return indicators;
    }

    /** Info for a catalogue or derived id; an unknown id gets a neutral entry rather than failing. */
    public IndicatorInfo info(String id) {
        IndicatorInfo info = indicators.get(id);
        if (info != null) return info;
        if (id.endsWith(Derived.PER_CAPITA)) {
            IndicatorInfo base = info(id.substring(0, id.length() - Derived.PER_CAPITA.length()));
            return new IndicatorInfo(id, "人均" + base.name(), "元/人", base.flow(), false);
        }
        if (id.endsWith(Derived.PER_KM2)) {
            IndicatorInfo base = info(id.substring(0, id.length() - Derived.PER_KM2.length()));
            String name = base.id().equals("population") ? "人口密度" : "地均" + base.name();
            return new IndicatorInfo(id, name, base.unit() + "/平方公里", base.flow(), false);
        }
        return new IndicatorInfo(id, id, "", true, false);
    }

    public String name(String id) {
        return info(id).name();
    }

    public String unit(String id) {
        return info(id).unit();
    }
}
