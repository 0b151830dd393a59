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

    /**
     * A sentence other pages link to ({@code #s-START}, the 共性问题 pages quote it): wrapped in a
     * {@code <span class="said">} that the reader sees highlighted when the link leads there.
     */
    public record Said(int start, int end) {
        public String id() {
            return "s-" + start;
        }
    }

    /** A sentence as wrapped: widened to whole marks, or empty (an anchor alone). */
    record Wrap(String id, int start, int end) {
    }

    public static Rendered render(String text, List<Heading> headings, List<Mark> marks) {
        return render(text, headings, marks, List.of());
    }

    /** As above, with the sentences other pages link to; a sentence's id is always on the page (see {@link #layers}). */
    public static Rendered render(String text, List<Heading> headings, List<Mark> marks, List<Said> said) {
        List<Mark> spans = nonOverlapping(marks, text.length());
        java.util.Set<String> ids = new java.util.HashSet<>();
        spans.forEach(m -> ids.add(m.id()));
        List<Wrap> sentences = layers(said, spans, text.length());
        java.util.Set<String> opened = new java.util.HashSet<>();
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
                said(html, text, lineStart, titleEnd, spans, sentences, opened);
                html.append("</h").append(tag).append(">\n");
                if (!text.substring(titleEnd, lineEnd).isBlank()) paragraph(html, text, titleEnd, lineEnd, spans, sentences, opened);
                h++;
            } else if (!text.substring(lineStart, lineEnd).isBlank()) {
                paragraph(html, text, lineStart, lineEnd, spans, sentences, opened);
            }
            lineStart = lineEnd + 1;
        }
        // a sentence the text does not reach (a text changed since it was read) still has its anchor, at the end
        for (Wrap s : sentences) if (opened.add(s.id())) html.append("<span id=\"").append(s.id()).append("\"></span>");
        return new Rendered(html.toString(), ids);
    }

    private static void paragraph(StringBuilder html, String text, int from, int to, List<Mark> spans, List<Wrap> sentences,
                                  java.util.Set<String> opened) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        html.append("<p>");
        said(html, text, from, to, spans, sentences, opened);
        html.append("</p>\n");
    }

    /**
     * The sentences to wrap: each widened to hold whole any figure mark it cuts (a mark is never split between a
     * sentence and the text beside it); one that then overlaps the sentence before is left out of the wrapping and
     * gets an empty anchor where it starts (its link still leads there).
     */
    static List<Wrap> layers(List<Said> said, List<Mark> spans, int length) {
        List<Said> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(said));
        sorted.sort(Comparator.comparingInt(Said::start).thenComparingInt(Said::end));
        List<Wrap> out = new ArrayList<>();
        int last = 0;
        for (Said s : sorted) {
            int a = Math.max(0, Math.min(s.start(), length));
            int b = Math.max(a, Math.min(s.end(), length));
            for (Mark m : spans) {
                if (m.start() < a && a < m.end()) a = m.start();
                if (m.start() < b && b < m.end()) b = m.end();
            }
            if (a < last || a >= b) {
                out.add(new Wrap(s.id(), Math.max(last, Math.min(s.start(), length)), Math.max(last, Math.min(s.start(), length))));
                continue;
            }
            out.add(new Wrap(s.id(), a, b));
            last = b;
        }
        return out;
    }

    /** [from, to) with the sentences that fall in it wrapped, each id on its first piece (a sentence may cross lines). */
    private static void said(StringBuilder html, String text, int from, int to, List<Mark> spans, List<Wrap> sentences,
                             java.util.Set<String> opened) {
        int i = from;
        for (Wrap s : sentences) {
            if (s.start() >= to) break;
            if (s.start() == s.end()) { // an anchor alone, on the line it falls in
                if (s.start() < Math.max(from, i)) continue;
                span(html, text, i, s.start(), spans);
                i = s.start();
                if (opened.add(s.id())) html.append("<span id=\"").append(s.id()).append("\"></span>");
                continue;
            }
            int a = Math.max(s.start(), i);
            int b = Math.min(s.end(), to);
            if (a >= b) continue;
            span(html, text, i, a, spans);
            html.append("<span class=\"said\"");
            if (opened.add(s.id())) html.append(" id=\"").append(s.id()).append('"');
            html.append('>');
            span(html, text, a, b, spans);
            html.append("</span>");
            i = b;
        }
        span(html, text, i, to, spans);
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
