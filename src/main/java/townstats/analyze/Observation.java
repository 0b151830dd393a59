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
 * @param period    the months of a part-year flow figure (1—11月), ranked only against figures of the same months;
 *                  null for a figure of the year (full year, unknown period, or a stock)
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
        return rankable && period == null;
    }
}
