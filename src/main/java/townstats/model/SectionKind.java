package townstats.model;

/** Which part of a report a piece of text belongs to, with its Chinese label. */
public enum SectionKind {
    /** The year's work and achievements. */
    SUMMARY("工作总结"),
    /** 存在的问题 / 困难 / 不足. */
    PROBLEMS("问题"),
    /** Next year's 打算 / 计划 / 安排 / 谋划: every figure here is a target. */
    PLAN("工作打算");

    private final String label;

    SectionKind(String label) {
        this.label = label;
    }

    /** How pages, the workbook and CSV tables name it. */
    public String label() {
        return label;
    }

    /** The lower-case id used in every machine-readable output. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
