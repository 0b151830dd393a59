package townstats.model;

import java.util.Locale;

/**
 * What an official stated about a figure in the report's sidecar (NAME.yml, {@code facts:}): it wins over what was read,
 * everywhere, and the site marks it 人工核对 with the note.
 *
 * @param action what the sidecar did to the figure
 * @param note   the official's note (数据来源：镇统计站年报), or null
 * @param was    for a corrected figure, how the report's text read (3.15亿元，增长5%), else null
 */
public record Correction(Action action, String note, String was) {
    public enum Action {
        /** The figure read from the report, with the sidecar's value, unit, growth, period or qualifier instead. */
        CORRECTED,
        /** A figure the report states but the extractor did not read (or states nowhere in its text). */
        ADDED,
        /** A figure read as it is, confirmed by the official: a figure flagged for checking (OCR) is ranked again. */
        CONFIRMED;

        /** corrected, added, confirmed: the id in the data files. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** 人工核对: how every page and table marks a figure an official stated. */
    public static final String LABEL = "人工核对";
}
