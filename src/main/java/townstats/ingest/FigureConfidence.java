package townstats.ingest;

import java.util.ArrayList;
import java.util.List;
import townstats.model.Fact;
import townstats.model.Report;

/**
 * How surely OCR read a figure: the lowest recognition confidence among the characters that make its value (digits,
 * decimal point, Chinese numerals, the 万 or 亿 of its unit) and its growth rate. A misread name seldom makes another
 * indicator's name; a misread digit makes another figure, so the digits are what is checked.
 */
public final class FigureConfidence {
    /** The characters of a written number and the multiplier of its unit. */
    private static final String NUMBER = "0123456789.,%-+〇零一二两三四五六七八九十百千万亿点廿卅壹贰叁肆伍陆柒捌玖拾佰仟";
    /** How far around the figure its growth rate is sought (within the sentence). */
    private static final int GROWTH_WINDOW = 40;
    private static final String SENTENCE_END = "。；;！？\n";

    private FigureConfidence() {
    }

    /** The facts of a report read by OCR, each with its confidence; the same facts for one read from text. */
    public static List<Fact> annotate(Report report, List<Fact> facts) {
        if (report.confidence() == null || report.decoded() == null) return facts;
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            Integer c = of(report, f);
            out.add(c == null ? f : f.withConfidence(c));
        }
        return out;
    }

    /** The fact's confidence, or null when none of its characters was recognised by OCR (a text page of the PDF). */
    static Integer of(Report report, Fact f) {
        String text = report.text();
        int at = cleanedIndex(report, f.offset());
        int lowest = Integer.MAX_VALUE;
        if (at >= 0) lowest = Math.min(lowest, lowestOfNumber(report, text, at));
        if (f.growth() != null) {
            int from = sentenceStart(text, f.start());
            int to = sentenceEnd(text, f.end());
            int g = growthAt(text, Math.max(from, f.start() - GROWTH_WINDOW), Math.min(to, f.end() + GROWTH_WINDOW), f.growth());
            if (g >= 0) lowest = Math.min(lowest, lowestOfNumber(report, text, g));
        }
        return lowest == Integer.MAX_VALUE ? null : lowest;
    }

    /** The lowest confidence of the number starting at {@code i} of the cleaned text; MAX_VALUE when none was recognised. */
    private static int lowestOfNumber(Report report, String text, int i) {
        int lowest = Integer.MAX_VALUE;
        for (int k = i; k < text.length() && NUMBER.indexOf(text.charAt(k)) >= 0; k++) {
            int decoded = report.decodedOffset(k);
            if (decoded < report.confidence().length && report.confidence()[decoded] >= 0) {
                lowest = Math.min(lowest, report.confidence()[decoded]);
            }
        }
        return lowest;
    }

    /** Where in the cleaned text the figure at decoded offset {@code offset} is, or -1. */
    private static int cleanedIndex(Report report, int offset) {
        int lo = 0;
        int hi = report.text().length() - 1;
        while (lo <= hi) { // the map is increasing: cleaning drops and folds characters, it never moves them
            int mid = (lo + hi) >>> 1;
            int d = report.decodedOffset(mid);
            if (d < offset) lo = mid + 1;
            else if (d > offset) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /** The start of a number in [from, to) whose value is the growth rate (20 for 20%, 7.9), or -1. */
    private static int growthAt(String text, int from, int to, double growth) {
        for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || i > 0 && (Character.isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) continue;
            int k = i;
            while (k < text.length() && (Character.isDigit(text.charAt(k)) || text.charAt(k) == '.')) k++;
            try {
                if (Math.abs(Math.abs(Double.parseDouble(text.substring(i, k))) - Math.abs(growth)) < 1e-9) return i;
            } catch (NumberFormatException ignored) {
                // 1.2.3: not a number
            }
        }
        return -1;
    }

    private static int sentenceStart(String text, int i) {
        int k = Math.min(i, text.length());
        while (k > 0 && SENTENCE_END.indexOf(text.charAt(k - 1)) < 0) k--;
        return k;
    }

    private static int sentenceEnd(String text, int i) {
        int k = Math.max(0, i);
        while (k < text.length() && SENTENCE_END.indexOf(text.charAt(k)) < 0) k++;
        return k;
    }
}
