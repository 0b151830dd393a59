package townstats.model;

/** Which part of a report a piece of text belongs to. */
public enum SectionKind {
    /** The year's work and achievements. */
    SUMMARY,
    /** 存在的问题 / 困难 / 不足. */
    PROBLEMS,
    /** Next year's 打算 / 计划 / 安排 / 谋划: every figure here is a target. */
    PLAN;

    /** The lower-case id used in every machine-readable output. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
