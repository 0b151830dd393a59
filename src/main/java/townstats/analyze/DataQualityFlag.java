package townstats.analyze;

/**
 * Something about the data a reader should know that only the statistics can see: a stated growth rate the two years' figures contradict.
 *
 * @param kind      growth_mismatch (what the quality stage finds is on the reports: {@link townstats.model.QualityIssue})
 * @param indicator the indicator concerned, or null
 * @param message   a Chinese sentence for the site
 */
public record DataQualityFlag(String report, String indicator, String kind, String message) {
}
