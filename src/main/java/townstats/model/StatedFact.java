package townstats.model;

import java.util.Locale;

/**
 * One figure as an official states it in a report's sidecar (NAME.yml, under {@code facts:}), as written: the build
 * checks it against the catalogue and applies it after extraction (see {@link Correction} for the mark it leaves).
 *
 * @param action    what the official does to the figure
 * @param indicator the indicator as written: its id (fiscal_revenue) or its name (财政收入)
 * @param was       which figure read from the report is meant when it states several (4410万元, or 5% for a growth
 *                  rate), or null
 * @param value     the value with or without its unit (4500万元, 4500), or null
 * @param unit      the value's unit written apart (万元), or null
 * @param growth    the growth rate in percent (5.2, 5.2%), or null
 * @param period    全年, 1-11月, 上半年, 前三季度, or null
 * @param qualifier estimate/预计, approx/约, more_than/以上, target/目标, none/无, or null
 * @param section   summary/工作总结, plan/工作打算, problems/问题, or null
 * @param note      the official's note (数据来源：镇统计站年报), or null
 * @param file      the sidecar's file name (or "front matter"), for messages
 * @param line      the line of the entry in it (1-based)
 */
public record StatedFact(Action action, String indicator, String was, String value, String unit, String growth, String period,
                         String qualifier, String section, String note, String file, int line) {
    public enum Action {
        /** correct: the figure read, with the stated fields instead. */
        CORRECT,
        /** add: a figure the report states that was not read. */
        ADD,
        /** remove: a figure read that the report does not mean (a county's figure, a misreading). */
        REMOVE,
        /** confirm: the figure as read is right (a figure flagged for checking is ranked again). */
        CONFIRM;

        /** correct, add, remove, confirm: the key in the sidecar. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** "000.yml line 4": where a message points the official. */
    public String where() {
        return file + " line " + line;
    }
}
