package townstats.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import townstats.model.Heading;

/**
 * A report's cleaned text as HTML: lines starting with an outline marker (一、（一）1.) become headings,
 * other lines paragraphs, and each extracted figure a {@code <mark>} linked to its ranking. Built directly
 * with escaping rather than through Markdown: every character of a report is text, so nothing in it
 * (<script>, ${...}, <#...>, ** or #) can become markup.
 */
public final class ReportHtml {
    private ReportHtml() {
    }

    /** A highlighted span [start, end) of the cleaned text; {@code href} may be null. */
    public record Mark(int start, int end, String id, String title, String href) {
    }

    /** The HTML and the ids of the marks it holds (an overlapped mark is left out). */
    public record Rendered(String html, java.util.Set<String> markIds) {
    }

    public static Rendered render(String text, List<Heading> headings, List<Mark> marks) {
        List<Mark> spans = nonOverlapping(marks, text.length());
        java.util.Set<String> ids = new java.util.HashSet<>();
        spans.forEach(m -> ids.add(m.id()));
        StringBuilder html = new StringBuilder(text.length() * 2);
        int h = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            while (h < headings.size() && headings.get(h).start() < lineStart) h++;
            if (h < headings.size() && headings.get(h).start() < lineEnd) {
                Heading heading = headings.get(h);
                int titleEnd = Math.min(Math.max(heading.end(), heading.start()), lineEnd);
                // keep the 。 or ： that ends a run-on heading with the heading
                if (titleEnd < lineEnd && "。：:！".indexOf(text.charAt(titleEnd)) >= 0) titleEnd++;
                int tag = Math.min(heading.level() + 1, 5);
                html.append("<h").append(tag).append(" id=\"h-").append(h).append("\">");
                span(html, text, lineStart, titleEnd, spans);
                html.append("</h").append(tag).append(">\n");
                if (!text.substring(titleEnd, lineEnd).isBlank()) paragraph(html, text, titleEnd, lineEnd, spans);
                h++;
            } else if (!text.substring(lineStart, lineEnd).isBlank()) {
                paragraph(html, text, lineStart, lineEnd, spans);
            }
            lineStart = lineEnd + 1;
        }
        return new Rendered(html.toString(), ids);
    }

    private static void paragraph(StringBuilder html, String text, int from, int to, List<Mark> spans) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        html.append("<p>");
        span(html, text, from, to, spans);
        html.append("</p>\n");
    }

    /** Escaped text of [from, to) with the marks that start in it, clipped to it. */
    private static void span(StringBuilder html, String text, int from, int to, List<Mark> spans) {
        int i = from;
        for (Mark m : spans) {
            if (m.end() <= from || m.start() >= to) continue;
            int s = Math.max(m.start(), i);
            int e = Math.min(m.end(), to);
            if (s >= e) continue;
            escape(html, text, i, s);
            if (m.href() != null) html.append("<a class=\"fact\" href=\"").append(escape(m.href())).append("\">");
            html.append("<mark id=\"").append(escape(m.id())).append("\" title=\"").append(escape(m.title())).append("\">");
            escape(html, text, s, e);
            html.append("</mark>");
            if (m.href() != null) html.append("</a>");
            i = e;
        }
        escape(html, text, i, to);
    }

    /** Marks sorted by start; a mark overlapping an earlier one is dropped (its fact is still in the table). */
    static List<Mark> nonOverlapping(List<Mark> marks, int length) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparingInt(m -> -m.end()));
        List<Mark> out = new ArrayList<>();
        int last = 0;
        for (Mark m : sorted) {
            if (m.start() < last || m.start() < 0 || m.end() > length || m.start() >= m.end()) continue;
            out.add(m);
            last = m.end();
        }
        return out;
    }

    private static void escape(StringBuilder html, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\r' -> { }
                default -> html.append(c);
            }
        }
    }

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escape(sb, s, 0, s.length());
        return sb.toString();
    }
}
