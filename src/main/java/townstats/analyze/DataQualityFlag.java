package townstats.analyze;

/**
 * Something about the data a reader should know.
 *
 * @param kind      growth_mismatch, year_unknown, duplicate_report
 * @param indicator the indicator concerned, or null
 * @param message   a Chinese sentence for the site
 */
public record DataQualityFlag(String report, String indicator, String kind, String message) {
}
