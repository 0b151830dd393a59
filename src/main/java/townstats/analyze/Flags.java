package townstats.analyze;

import townstats.model.Period;
import townstats.model.Qualifier;

/** The flag strings shown beside a figure (rankings.json "flags"). */
public final class Flags {
    private Flags() {
    }

    /** 预计: the report estimates the year's figure. */
    public static final String ESTIMATE = "estimate";
    /** 约, 左右. */
    public static final String APPROX = "approx";
    /** 余, 多, 超, 逾, 突破: the true figure is somewhat higher. */
    public static final String MORE_THAN = "more_than";
    /** A summary figure whose months the text does not say; taken as the annual figure. */
    public static final String PERIOD_UNKNOWN = "period_unknown";
    /** Taken from the problems section (no summary-section figure exists). */
    public static final String FROM_PROBLEMS = "from_problems";

    /** Read by OCR from a scanned page (识别自扫描件): ocr:97 with the confidence of its digits in percent. */
    public static final String OCR = "ocr";

    /** ocr:97 for a figure OCR read with 97 % confidence. */
    public static String ocr(int confidence) {
        return OCR + ":" + confidence;
    }

    /** Stated by an official in the report's sidecar (人工核对): checked, or checked:NOTE with the official's note. */
    public static final String CHECKED = "checked";

    /** checked:以镇统计站年报为准, or checked without a note. */
    public static String checked(String note) {
        return note == null || note.isBlank() ? CHECKED : CHECKED + ":" + note;
    }

    /** The prefix of {@link #partial}. */
    public static final String PARTIAL = "partial:";

    /** partial:1-11 for a flow figure covering January to November (a stock has no period). */
    public static String partial(Period p) {
        return PARTIAL + p.from() + "-" + p.to();
    }

    /** The flag of a qualifier, or null (TARGET never reaches an achievement). */
    public static String of(Qualifier q) {
        if (q == null) return null;
        return switch (q) {
            case ESTIMATE -> ESTIMATE;
            case APPROX -> APPROX;
            case MORE_THAN -> MORE_THAN;
            case TARGET -> null;
        };
    }
}
