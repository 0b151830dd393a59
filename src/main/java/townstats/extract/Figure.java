package townstats.extract;

/**
 * A number as written, with what follows it: 2.4万余人 is number 24000, scaled, more-than, unit 人.
 *
 * @param number     the numeral's value with its sign, 万/亿 included (2.4万 = 24000), at most {@link NumberReader#CEILING}
 * @param scaled     the numeral carried a 万/亿 of its own (三千五百万, 1200余万), so a bare figure is still money
 * @param unit       the longest known unit written after it, or null
 * @param moreThan   余 or 多 after the number
 * @param masked     the digits touch a mask character (2**0, XX): never a value
 */
record Figure(int start, int end, double number, boolean scaled, String unit, boolean moreThan,
              boolean masked) {
    /** A rate or a multiple (8%, 2个百分点, 两成, 1.2倍): part of a growth rate, never a value. */
    boolean isPercent() {
        return "%".equals(unit) || "个百分点".equals(unit) || "‰".equals(unit) || "倍".equals(unit);
    }

    /** A date or a period (2022年, 11月, 15日, 1-11月): skipped when looking for a value. */
    boolean isDateLike() {
        return unit != null && (unit.equals("年") || unit.equals("月") || unit.equals("月份") || unit.equals("日")
                || unit.equals("季度") || unit.equals("年度") || unit.equals("号"));
    }
}
