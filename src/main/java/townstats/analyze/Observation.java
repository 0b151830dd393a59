package townstats.analyze;

import java.util.List;

/**
 * The one figure of a report for one indicator and measure, after choosing among repeats and making
 * it comparable (see {@link FactSelector}).
 *
 * @param town      identity of the town across years (see {@link TownIdentity})
 * @param measure   "value" or "growth" (growth in percent)
 * @param rankable  false for a figure shown beside the others but kept out of ranks and statistics
 */
public record Observation(String report, String townName, TownIdentity town, int year, String indicator,
                          String measure, double value, boolean rankable, List<String> flags) {
    public static final String VALUE = "value";
    public static final String GROWTH = "growth";

    public Observation {
        flags = List.copyOf(flags);
    }
}
