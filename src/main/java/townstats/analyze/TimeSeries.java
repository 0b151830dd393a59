package townstats.analyze;

import java.util.List;

/** One town's figures for one indicator and measure over the years it reported (two years at least). */
public record TimeSeries(String townKey, String town, String indicator, String measure, List<Point> points) {
    public TimeSeries {
        points = List.copyOf(points);
    }

    public record Point(int year, String report, double value, List<String> flags) {
        public Point {
            flags = List.copyOf(flags);
        }
    }
}
