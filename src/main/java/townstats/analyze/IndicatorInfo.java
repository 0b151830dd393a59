package townstats.analyze;

/**
 * What the analysis needs to know about one indicator.
 *
 * @param id          catalogue id (gdp)
 * @param name        Chinese name shown on charts (地区生产总值)
 * @param unit        canonical unit (万元, 元, 人 ...)
 * @param flow        a flow over the year (output, revenue, income): a 1—11月 figure can be annualised;
 *                    false for stocks (population, area, land, counts), whose period does not matter
 * @param development an outcome of development, used by the composite index (size measures like area
 *                    or population are not: a bigger town is not a more developed one)
 */
public record IndicatorInfo(String id, String name, String unit, boolean flow, boolean development) {

    /** Money in 万元: gets per-capita and per-km² derived indicators. */
    public boolean isMoney() {
        return "万元".equals(unit);
    }
}
