package townstats.corpus;

import java.util.List;

/**
 * The indicators the corpus plants, with the wording the extractor supports and the distribution of
 * their values. A value is log-normal: log(median) + size·sizeLoading + wealth·wealthLoading + noise(sigma),
 * clamped to [min, max]; the shared latent size and wealth factors make indicators correlate across towns.
 * A few are parts of others and are derived instead (see {@link TownSeries}): budget and tax revenue from
 * fiscal revenue, above-scale from all industrial output, 工农业总产值 as their sum, households from population.
 */
enum Indicator {
    GDP("gdp", "万元", Kind.MONEY, Topic.ECONOMY, List.of("地区生产总值", "生产总值"), 150_000, .55, .45, .30, 5_000, 5e6),
    FISCAL_REVENUE("fiscal_revenue", "万元", Kind.MONEY, Topic.ECONOMY, List.of("财政收入", "财政总收入"), 6_000, .50, .55, .35, 100, 3e5),
    BUDGET_REVENUE("budget_revenue", "万元", Kind.MONEY, Topic.ECONOMY,
            List.of("一般公共预算收入", "一般地方财政收入", "公共财政预算收入", "地方一般公共预算收入"), 3_500, .50, .55, .35, 50, 2e5),
    TAX_REVENUE("tax_revenue", "万元", Kind.MONEY, Topic.ECONOMY, List.of("税收收入"), 4_500, .50, .55, .35, 50, 2e5),
    FIXED_INVESTMENT("fixed_investment", "万元", Kind.MONEY, Topic.ECONOMY, List.of("固定资产投资", "全社会固定资产投资"), 80_000, .45, .40, .50, 1_000, 3e6),
    INDUSTRIAL_OUTPUT_ABOVE_SCALE("industrial_output_above_scale", "万元", Kind.MONEY, Topic.ECONOMY,
            List.of("规模以上工业总产值", "规上工业总产值", "规模以上工业企业总产值"), 200_000, .50, .60, .60, 2_000, 8e6),
    INDUSTRIAL_OUTPUT("industrial_output", "万元", Kind.MONEY, Topic.ECONOMY, List.of("工业总产值"), 280_000, .50, .60, .55, 3_000, 9e6),
    AGRI_INDUSTRIAL_OUTPUT("agri_industrial_output", "万元", Kind.MONEY, Topic.ECONOMY, List.of("工农业总产值"), 350_000, .50, .50, .50, 5_000, 9e6),
    AGRICULTURAL_OUTPUT("agricultural_output", "万元", Kind.MONEY, Topic.ECONOMY, List.of("农业总产值", "农林牧渔业总产值"), 50_000, .50, -.10, .40, 2_000, 1e6),
    RETAIL_SALES("retail_sales", "万元", Kind.MONEY, Topic.ECONOMY, List.of("社会消费品零售总额", "社会消费品零售额"), 40_000, .55, .35, .40, 1_000, 2e6),
    ABOVE_QUOTA_SALES("above_quota_sales", "万元", Kind.MONEY, Topic.ECONOMY, List.of("限额以上贸易单位销售额", "限上销售额"), 20_000, .45, .40, .60, 200, 2e6),
    INVESTMENT_ATTRACTED("investment_attracted", "万元", Kind.MONEY, Topic.PROJECTS, List.of("招商引资到位资金", "实际到位资金", "引进市外资金"), 30_000, .35, .40, .60, 500, 2e6),
    RURAL_INCOME("rural_income", "元", Kind.INCOME, Topic.LIVELIHOOD,
            List.of("农村居民人均可支配收入", "农民人均可支配收入", "农村常住居民人均可支配收入"), 20_000, .05, .22, .08, 12_000, 35_000),
    URBAN_INCOME("urban_income", "元", Kind.INCOME, Topic.LIVELIHOOD, List.of("城镇居民人均可支配收入"), 38_000, .03, .18, .08, 22_000, 60_000),
    COLLECTIVE_INCOME("collective_income", "万元", Kind.MONEY, Topic.LIVELIHOOD, List.of("村集体经济收入"), 300, .45, .45, .50, 20, 20_000),
    POPULATION("population", "人", Kind.POPULATION, Topic.PROFILE, List.of("总人口", "户籍人口", "常住人口"), 35_000, .55, 0, .12, 8_000, 120_000),
    HOUSEHOLDS("households", "户", Kind.HOUSEHOLDS, Topic.PROFILE, List.of("总户数"), 11_000, .55, 0, .14, 2_000, 45_000),
    AREA("area", "平方公里", Kind.AREA, Topic.PROFILE, List.of("总面积", "镇域总面积", "辖区面积"), 110, .35, -.15, .40, 30, 400),
    CULTIVATED_LAND("cultivated_land", "亩", Kind.LAND, Topic.PROFILE, List.of("耕地面积", "耕地"), 45_000, .45, -.10, .50, 3_000, 250_000),
    FOREST_LAND("forest_land", "亩", Kind.LAND, Topic.PROFILE, List.of("林地面积", "林地"), 50_000, .35, -.20, .80, 1_000, 500_000),
    ADMIN_UNITS("admin_units", "个", Kind.ADMIN_UNITS, Topic.PROFILE, List.of(), 20, .45, 0, .25, 8, 40),
    KEY_PROJECTS("key_projects", "个", Kind.KEY_PROJECTS, Topic.PROJECTS, List.of("重点项目"), 15, .30, .30, .35, 3, 60),
    KEY_PROJECTS_INVESTMENT("key_projects_investment", "万元", Kind.KEY_PROJECTS, Topic.PROJECTS, List.of("总投资"), 250_000, .45, .45, .50, 10_000, 5e6);

    /** How a value is written and how it changes from year to year. */
    enum Kind { MONEY, INCOME, POPULATION, HOUSEHOLDS, AREA, LAND, ADMIN_UNITS, KEY_PROJECTS }

    /** Where in a report the figure is usually stated. */
    enum Topic { PROFILE, ECONOMY, PROJECTS, LIVELIHOOD }

    final String id;
    final String unit;
    final Kind kind;
    final Topic topic;
    final List<String> synonyms;
    final double median;
    final double sizeLoading;
    final double wealthLoading;
    final double sigma;
    final double min;
    final double max;

    Indicator(String id, String unit, Kind kind, Topic topic, List<String> synonyms, double median,
              double sizeLoading, double wealthLoading, double sigma, double min, double max) {
        this.id = id;
        this.unit = unit;
        this.kind = kind;
        this.topic = topic;
        this.synonyms = synonyms;
        this.median = median;
        this.sizeLoading = sizeLoading;
        this.wealthLoading = wealthLoading;
        this.sigma = sigma;
        this.min = min;
        this.max = max;
    }

    /** Flows (money, output) grow like an economy; stocks (land, people, villages) barely move. */
    boolean isFlow() {
        return kind == Kind.MONEY || kind == Kind.KEY_PROJECTS;
    }
}
