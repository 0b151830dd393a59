package townstats.model;

import java.util.Locale;

/**
 * Something wrong with a report's data that keeps figures out of the rankings and statistics; found once, by
 * the quality stage, and honoured by the statistics and every page.
 *
 * @param kind      what is wrong
 * @param indicator the indicator concerned, or null when the whole report is
 * @param message   a Chinese sentence for the site (the page names the indicator itself)
 * @param offset    the offset of the fact concerned in the decoded text, or -1 when the whole report is
 */
public record QualityIssue(Kind kind, String indicator, String message, int offset) {
    public enum Kind {
        /** A figure no township report can mean (a negative amount, a town of more than five million people). */
        IMPLAUSIBLE_VALUE,
        /** A growth rate beyond +1000 % or below −100 %. */
        IMPLAUSIBLE_GROWTH,
        /** One of two or more reports for the same town and year: none of them is ranked. */
        DUPLICATE_REPORT,
        /** The report's year could not be found (年份不明): it is shown but never ranked. */
        YEAR_UNKNOWN,
        /**
         * One indicator stated with two or more values for the same period (数值不一致): all are shown, and the
         * statistics take the one {@code FactSelector} picks; nothing is kept out of the rankings.
         */
        CONFLICTING_VALUES,
        /**
         * A figure OCR read from a scan whose digits it was unsure of (识别存疑): shown, flagged for checking, and kept out
         * of the rankings and statistics until the sidecar confirms or corrects it.
         */
        OCR_UNCERTAIN;

        /** implausible_growth, duplicate_report …: the id in every machine-readable output and in the flags. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** An issue of the whole report (no indicator, no fact). */
    public static QualityIssue ofReport(Kind kind, String message) {
        return new QualityIssue(kind, null, message, -1);
    }

    /** Whether this issue keeps the given fact's value ({@code growth} false) or growth rate out of the rankings. */
    public boolean concerns(Fact f, boolean growth) {
        if (kind == Kind.CONFLICTING_VALUES) return false; // a note, not a reason to leave a figure out
        if (indicator == null) return true;
        if (!indicator.equals(f.indicator()) || offset != f.offset()) return false;
        // an unsure reading may be in the value or the growth rate: both wait for the check
        return kind == Kind.OCR_UNCERTAIN || kind == (growth ? Kind.IMPLAUSIBLE_GROWTH : Kind.IMPLAUSIBLE_VALUE);
    }
}
