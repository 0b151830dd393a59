package townstats.model;

/**
 * One recognised mention of an indicator (spec/indicators.md, "One fact").
 *
 * @param indicator catalogue id
 * @param value     number in the canonical unit, or null when only a growth rate is stated
 * @param unit      canonical unit (万元, 元, 亩, 平方公里, 人, 户, 个), or the stated currency when not comparable
 * @param growth    stated year-on-year change in percent, or null
 * @param period    months covered, or null when the text gives no clue
 * @param qualifier null, or how firmly it is stated
 * @param quote     the sentence it came from (cleaned text)
 * @param offset    character offset of the figure in the decoded text
 * @param start     start of the matched span (indicator name to figure) in the cleaned text
 * @param end       end of that span in the cleaned text
 */
public record Fact(String indicator, Double value, String unit, Double growth, Period period, Qualifier qualifier,
                   SectionKind section, String quote, int offset, int start, int end) {
}
