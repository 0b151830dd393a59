package townstats.analyze;

import java.util.List;
import townstats.model.Period;

/**
 * The one figure of a report for one indicator and measure, after choosing among repeats (see
 * {@link FactSelector}), as printed in the report.
 *
 * @param town      identity of the town across years (see {@link TownIdentity})
 * @param year      the report's year; null only for the figures of a report of unknown year, which are never ranked
 * @param measure   "value" or "growth" (growth in percent)
 * @param period    the months of a part-year flow value (1—11月), ranked only against values of the same months;
 *                  null for a figure ranked with the year's (full year, unknown period, a stock, or a growth rate,
 *                  whose months are in its flag partial:a-b)
 * @param rankable  false for a figure shown beside the others but kept out of ranks and statistics
 * @param offset    offset of the fact in the report's decoded text (its source sentence), -1 for a derived figure
 */
public record Observation(String report, String townName, TownIdentity town, Integer year, String indicator,
                          String measure, double value, Period period, boolean rankable, List<String> flags, int offset) {
    public static final String VALUE = "value";
    public static final String GROWTH = "growth";

    public Observation {
        flags = List.copyOf(flags);
    }

    /** A ranked figure of the whole year: what the composite index, similar towns and cross-year checks compare. */
    public boolean annual() {
        return rankable && period == null && months() == null;
    }

    /** The months of a figure of part of the year (from its flag partial:a-b), or null for the year's figure. */
    public Period months() {
        for (String f : flags) {
            if (f.startsWith(Flags.PARTIAL)) {
                String[] m = f.substring(Flags.PARTIAL.length()).split("-");
                return new Period(Integer.parseInt(m[0]), Integer.parseInt(m[1]));
            }
        }
        return null;
    }
}
