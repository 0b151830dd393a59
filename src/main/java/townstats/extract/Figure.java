package townstats.extract;

/**
 * A number as written, with what follows it: 2.4万余人 is number 2.4, multiplier 10000, more-than, unit 人.
 *
 * @param number     the numeral's value (Chinese numerals include their own 万/亿)
 * @param multiplier a 万/亿/千 written after an Arabic number and before the unit (1 when none)
 * @param scaled     the numeral carried a 万/亿 of its own (三千五百万), so a bare figure is still money
 * @param unit       the longest known unit written after it, or null
 * @param moreThan   余 or 多 after the number
 * @param masked     the digits touch a mask character (2**0, XX): never a value
 */
record Figure(int start, int end, double number, double multiplier, boolean scaled, String unit, boolean moreThan,
              boolean masked) {
    boolean isPercent() {
        return "%".equals(unit) || "个百分点".equals(unit) || "‰".equals(unit);
    }

    /** A date or a period (2022年, 11月, 15日, 1-11月): skipped when looking for a value. */
    boolean isDateLike() {
        return unit != null && (unit.equals("年") || unit.equals("月") || unit.equals("月份") || unit.equals("日")
                || unit.equals("季度") || unit.equals("年度") || unit.equals("号"));
    }
}
