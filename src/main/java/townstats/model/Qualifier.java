package townstats.model;

/** How firmly a figure is stated (spec/indicators.md, "One fact"). */
public enum Qualifier {
    /** 预计. */
    ESTIMATE,
    /** 约, 左右. */
    APPROX,
    /** 余, 多, 超, 逾, 突破, 以上. */
    MORE_THAN,
    /** 目标, 计划, 力争, 确保, and every figure in a plans section. */
    TARGET;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
