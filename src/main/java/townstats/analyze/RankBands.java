package townstats.analyze;

/**
 * How a rank in a wide peer group (a province, all towns) is said on a profile: such a group is joined by every
 * report of its year, so its count and any rank below the first places move with each one. The exact rank up to
 * {@link #EXACT_TOP}; then 前10名 (up to {@link #TOP_BAND}, in a group of at least four times as many towns); below it
 * the quarter of the ranked towns the rank falls in. The ranking page and the data files keep the exact ranks; the
 * methodology page quotes these constants ({@link Methodology#placeholders}).
 */
public final class RankBands {
    private RankBands() {
    }

    /** In a province or among all towns, the exact rank is said up to this place. */
    public static final int EXACT_TOP = 3;
    /** Below {@link #EXACT_TOP}, 前10名 up to this place where the group ranks four times as many towns. */
    public static final int TOP_BAND = 10;

    /**
     * The band rank {@code rank} of {@code n} ranked towns falls in: 0 when the rank is said exactly (≤ EXACT_TOP),
     * 1 for 前10名 (≤ TOP_BAND, n ≥ 4 × TOP_BAND), 2 when rank ≤ n/4 (前25%), 3 when rank ≤ n/2 (前50%), 4 when rank ≤ 3n/4
     * (后50%: rank > n/2), 5 otherwise (后25%: rank > 3n/4). Each is true of the rank.
     */
    public static int band(int rank, int n) {
        if (rank <= EXACT_TOP) return 0;
        if (rank <= TOP_BAND && n >= 4 * TOP_BAND) return 1;
        if (4L * rank <= n) return 2;
        if (2L * rank <= n) return 3;
        if (4L * rank <= 3L * n) return 4;
        return 5;
    }
}
