package townstats.corpus;

import townstats.model.Period;
import townstats.model.Qualifier;
import townstats.model.SectionKind;

import java.math.BigDecimal;

/**
 * One fact planted in a report: what the extractor should find.
 *
 * @param value  in the canonical unit, exactly what the written figure means; null when only growth is stated
 * @param growth percent, negative for 下降; null when not stated
 * @param offset character (UTF-16) offset of the written figure, relative to its paragraph until the report is assembled
 */
record Planted(Indicator indicator, BigDecimal value, BigDecimal growth, Period period, Qualifier qualifier,
               SectionKind section, int offset) {

    Planted shifted(int by) {
        return new Planted(indicator, value, growth, period, qualifier, section, offset + by);
    }
}
