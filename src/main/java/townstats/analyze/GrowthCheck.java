package townstats.analyze;

/**
 * The growth implied by two consecutive years' values against the growth the later report states.
 * {@code consistent} is false when they differ by more than {@link #TOLERANCE} percentage points (rounding
 * of 万元 figures and comparable-price growth rates explain small gaps; a larger one is worth a look).
 */
public record GrowthCheck(String townKey, String town, String indicator, int year, String previousReport,
                          String report, double previous, double current, double implied, double stated,
                          boolean consistent) {
    public static final double TOLERANCE = 1.5;
}
