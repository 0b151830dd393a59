package townstats.render;

import townstats.model.Qualifier;
import townstats.model.SectionKind;

/** Chinese labels for model values. */
public final class Labels {
    private Labels() {
    }

    public static String qualifier(Qualifier q) {
        return switch (q) {
            case ESTIMATE -> "预计";
            case APPROX -> "约";
            case MORE_THAN -> "以上";
            case TARGET -> "目标";
        };
    }

    public static String section(SectionKind s) {
        return switch (s) {
            case SUMMARY -> "工作总结";
            case PROBLEMS -> "问题";
            case PLAN -> "工作打算";
        };
    }
}
