package townstats.model;

/** How firmly a figure is stated (spec/indicators.md, "One fact"), with its Chinese label. */
public enum Qualifier {
    /** 预计. */
    ESTIMATE("预计"),
    /** 约, 左右. */
    APPROX("约"),
    /** 余, 多, 超, 逾, 突破, 以上. */
    MORE_THAN("以上"),
    /** 目标, 计划, 力争, 确保, and every figure in a plans section. */
    TARGET("目标");

    private final String label;

    Qualifier(String label) {
        this.label = label;
    }

    /** How pages, the workbook and CSV tables name it. */
    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
