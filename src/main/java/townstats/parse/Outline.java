package townstats.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import townstats.ingest.HeadingMarker;
import townstats.model.Heading;
import townstats.model.SectionKind;

/**
 * The heading structure of a report (一、 （一） 1． （1）) and the section each heading opens: a heading
 * that names problems or plans opens that section for everything under it; any other heading stays
 * in its parent's section, and a neutral top-level heading returns to the summary.
 */
final class Outline {
    private static final Pattern MARKER = HeadingMarker.PATTERN;
    private static final Pattern PROBLEMS = Pattern.compile(
            "(?:存在|面临)的?(?:主要|突出)?(?:问题|困难|不足|短板)|问题(?:和|与|及|、)(?:困难|不足|短板|差距)|困难(?:和|与|及|、)问题"
                    + "|不足之处|^(?:主要)?问题|^(?:主要)?困难|短板弱项|薄弱环节");
    private static final Pattern PLAN = Pattern.compile(
            "打算|计划|安排|谋划|思路|下一步|展望|工作重点|重点工作|目标任务|主要目标|工作措施|奋斗目标");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");

    private Outline() {
    }

    /** Headings of the text, each line checked for a marker at its start. */
    static List<Heading> headings(String text, String matchText, Integer reportYear) {
        List<Heading> headings = new ArrayList<>();
        Deque<Heading> open = new ArrayDeque<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            Matcher m = MARKER.matcher(matchText).region(lineStart, lineEnd);
            if (m.lookingAt()) {
                int level = m.group("l1") != null ? 1 : m.group("l2") != null ? 2 : m.group("l3") != null ? 3 : 4;
                int titleEnd = titleEnd(text, m.end(), lineEnd);
                String title = text.substring(m.end(), titleEnd).strip();
                String matchTitle = matchText.substring(m.end(), titleEnd);
                while (!open.isEmpty() && open.peek().level() >= level) open.pop();
                SectionKind parent = open.isEmpty() ? SectionKind.SUMMARY : open.peek().section();
                SectionKind kind = classify(matchTitle, reportYear, open.isEmpty() ? SectionKind.SUMMARY : parent);
                Heading h = new Heading(level, m.group().strip(), title, kind, lineStart, titleEnd);
                headings.add(h);
                open.push(h);
            }
            lineStart = lineEnd + 1;
        }
        return headings;
    }

    /** A heading's title ends at the first 。 (many reports run the paragraph on after it) or the line end. */
    private static int titleEnd(String text, int from, int lineEnd) {
        int limit = Math.min(lineEnd, from + 60);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '：' || c == ':' || c == '！') return i;
        }
        return limit;
    }

    static SectionKind classify(String title, Integer reportYear, SectionKind inherited) {
        String t = withoutQuoted(title);
        if (PROBLEMS.matcher(t).find()) return SectionKind.PROBLEMS;
        if (PLAN.matcher(t).find()) return SectionKind.PLAN;
        if (reportYear != null) {
            Matcher y = YEAR.matcher(t);
            if (y.find() && Integer.parseInt(y.group(1)) > reportYear) return SectionKind.PLAN;
        }
        return inherited;
    }

    /** 落实“雨露计划” does not make a heading a plan: words in quotes are names. */
    private static String withoutQuoted(String s) {
        return s.replaceAll("[“\"《][^”\"》]{0,20}[”\"》]", "");
    }
}
