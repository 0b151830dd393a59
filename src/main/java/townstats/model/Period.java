package townstats.model;

/** The months of the year a figure covers, inclusive: 1—11月 is (1, 11); 全年 is (1, 12). */
public record Period(int from, int to) {
    public static final Period FULL_YEAR = new Period(1, 12);

    public Period {
        if (from < 1 || to > 12 || from > to) {
            throw new IllegalArgumentException("not a period of months: " + from + "-" + to);
        }
    }

    public boolean isFullYear() {
        return from == 1 && to == 12;
    }

    /** 1—11月, 全年: how the site shows it. */
    public String label() {
        if (isFullYear()) return "全年";
        if (from == to) return to + "月";
        return from + "—" + to + "月";
    }
}
