package townstats.chart;

/**
 * Charts drawn before, by a key that hashes everything a chart shows: drawing one costs ~50 ms, and when one
 * report arrives most rankings, and so most charts, are the same as in the last build.
 */
public interface ChartStore {
    /** A store that keeps nothing: every chart is drawn. */
    ChartStore NONE = new ChartStore() {
        @Override
        public ChartImage find(String key) {
            return null;
        }

        @Override
        public void keep(String key, ChartImage image) {
        }
    };

    /** The chart stored under {@code key}, or null. */
    ChartImage find(String key);

    void keep(String key, ChartImage image);
}
