package townstats.model;

import java.util.ArrayList;
import java.util.List;

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
 * @param mentions  the later places where the report states the same fact again (same indicator, value, period,
 *                  section and qualifier), in text order; empty when it is stated once
 * @param confidence for a figure OCR read from a scan (识别自扫描件), the lowest recognition confidence (0–100) of the
 *                  characters of its value and growth rate; null for a figure read from text
 * @param correction what the report's sidecar stated about it (人工核对), or null
 */
public record Fact(String indicator, Double value, String unit, Double growth, Period period, Qualifier qualifier,
                   SectionKind section, String quote, int offset, int start, int end, List<Mention> mentions,
                   Integer confidence, Correction correction) {
    /** Another place where the same fact is stated: its offset in the decoded text and its span in the cleaned text. */
    public record Mention(int offset, int start, int end) {
    }

    public Fact {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** A fact read from text, stated again at {@code mentions}. */
    public Fact(String indicator, Double value, String unit, Double growth, Period period, Qualifier qualifier,
                SectionKind section, String quote, int offset, int start, int end, List<Mention> mentions) {
        this(indicator, value, unit, growth, period, qualifier, section, quote, offset, start, end, mentions, null, null);
    }

    /** A fact stated once. */
    public Fact(String indicator, Double value, String unit, Double growth, Period period, Qualifier qualifier,
                SectionKind section, String quote, int offset, int start, int end) {
        this(indicator, value, unit, growth, period, qualifier, section, quote, offset, start, end, List.of());
    }

    /** This fact with another growth rate (rates listed together after their values: 分别增长15%和35.49%). */
    public Fact withGrowth(Double rate) {
        return new Fact(indicator, value, unit, rate, period, qualifier, section, quote, offset, start, end, mentions);
    }

    /** This fact, also stated at {@code again} (whose growth rate fills in one this mention does not give). */
    public Fact restatedBy(Fact again) {
        List<Mention> all = new ArrayList<>(mentions);
        all.add(new Mention(again.offset(), again.start(), again.end()));
        all.addAll(again.mentions());
        return new Fact(indicator, value, unit, growth != null ? growth : again.growth(), period, qualifier, section, quote,
                offset, start, end, all, confidence, correction);
    }

    /** This fact with the recognition confidence of its characters (a figure OCR read). */
    public Fact withConfidence(Integer ocrConfidence) {
        return new Fact(indicator, value, unit, growth, period, qualifier, section, quote, offset, start, end, mentions,
                ocrConfidence, correction);
    }

    /** Whether OCR read it from a scan (识别自扫描件). */
    public boolean scanned() {
        return confidence != null;
    }
}
