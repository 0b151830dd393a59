package townstats.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text of laid-out pages (a PDF's text layer, or what OCR read from a scan) as a report's text: running headers,
 * footers and page numbers left out, and the lines of a paragraph joined into one line, so that the text reads as the
 * .txt a clerk would have typed.
 *
 * <p>Which lines make a paragraph is decided from where they lie, which only the page knows: a line that starts
 * indented (Chinese paragraphs start two characters in), a line after one that stops short of the right margin and a
 * line after a wider gap start a new paragraph; the others continue it, across a page break too (an outline marker such
 * as （1） at the start of a line says nothing: a paragraph may wrap just before one). The {@link TextCleaner} then reads the result as any text (and mends what this could not tell).
 */
final class Layout {
    /** OCR confidence of a character that no OCR read (text layer, line and paragraph breaks). */
    static final byte NOT_RECOGNISED = -1;

    /**
     * A line of a page, in page units with y growing downwards; {@code em} is its characters' size (a CJK character is
     * about one em wide); {@code confidence} the OCR confidence (0–100) of each character, or null for a text layer.
     */
    record Line(String text, byte[] confidence, double left, double right, double top, double bottom, double em) {
        Line {
            if (confidence != null && confidence.length != text.length()) {
                throw new IllegalArgumentException("confidence for " + confidence.length + " of " + text.length() + " characters");
            }
        }
    }

    /** A page's lines in reading order. */
    record Page(List<Line> lines) {
    }

    /** The assembled text and each character's OCR confidence, or null when no character was recognised. */
    record Text(String text, byte[] confidence) {
    }

    /** - 2 -, —3—, 第3页, 第 3 页 共 12 页, 3/12, Page 3, 3 (and OCR's .6-): a line holding only a page number. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–·•.,_~一\\s]*(?:第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}(?:\\s*/\\s*\\d{1,4})?|(?:page|Page|PAGE)\\s*\\d{1,4}(?:\\s*of\\s*\\d{1,4})?)[-—–·•.,_~一\\s]*$");
    /** The first and last this many lines of a page may be running headers or footers. */
    private static final int MARGIN_LINES = 2;

    private Layout() {
    }

    static Text assemble(List<Page> pages) {
        List<Page> body = withoutRunningLines(pages);
        StringBuilder text = new StringBuilder();
        ByteBuilder confidence = new ByteBuilder();
        boolean recognised = false;
        Line previous = null;
        Edges previousEdges = null;
        for (Page page : body) {
            Edges edges = Edges.of(page, body);
            for (int i = 0; i < page.lines().size(); i++) {
                Line line = page.lines().get(i);
                if (line.text().isBlank()) continue;
                recognised |= line.confidence() != null;
                if (previous != null) {
                    boolean samePage = i > 0;
                    if (startsParagraph(previous, previousEdges, line, edges, samePage)) {
                        text.append('\n');
                        confidence.add(NOT_RECOGNISED);
                    } else if (Character.isLetter(text.charAt(text.length() - 1)) && text.charAt(text.length() - 1) < 128
                            && Character.isLetter(line.text().charAt(0)) && line.text().charAt(0) < 128) {
                        // two words of Latin letters broken apart; a number broken at a line end is one number
                        text.append(' ');
                        confidence.add(NOT_RECOGNISED);
                    }
                }
                text.append(line.text());
                if (line.confidence() != null) confidence.add(line.confidence());
                else confidence.repeat(NOT_RECOGNISED, line.text().length());
                previous = line;
                previousEdges = edges;
            }
        }
        return new Text(text.toString(), recognised ? confidence.toArray() : null);
    }

    /** Whether {@code line} starts a paragraph rather than continuing the one {@code previous} is in. */
    private static boolean startsParagraph(Line previous, Edges previousEdges, Line line, Edges edges, boolean samePage) {
        double em = Math.max(line.em(), 1e-6);
        if (line.left() - edges.left() >= 0.9 * em) return true; // indented, or centred
        if (previousEdges.right() - previous.right() >= 1.5 * Math.max(previous.em(), 1e-6)) return true; // stopped short
        // a wider gap than between the lines of a paragraph
        return samePage && line.top() - previous.bottom() > Math.max(0.9 * em, 2.5 * edges.gap());
    }

    /**
     * The pages without their running headers and footers: among the first and last {@link #MARGIN_LINES} lines of each
     * page, a page number, and a line that recurs (its digits aside: 第3页 and 第4页 are one line) on at least two pages
     * and two pages in five.
     */
    static List<Page> withoutRunningLines(List<Page> pages) {
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (Line l : marginLines(pages.get(p))) seen.computeIfAbsent(key(l), k -> new HashSet<>()).add(p);
        }
        int needed = Math.max(2, (int) Math.ceil(pages.size() * 0.4));
        List<Page> out = new ArrayList<>(pages.size());
        for (Page page : pages) {
            Set<Line> margin = new HashSet<>(marginLines(page));
            List<Line> kept = new ArrayList<>(page.lines().size());
            for (Line l : page.lines()) {
                boolean running = margin.contains(l) && (PAGE_NUMBER.matcher(l.text().strip()).matches()
                        || seen.get(key(l)).size() >= needed && !key(l).isEmpty());
                if (!running) kept.add(l);
            }
            out.add(new Page(kept));
        }
        return out;
    }

    private static List<Line> marginLines(Page page) {
        List<Line> lines = page.lines().stream().filter(l -> !l.text().isBlank()).toList();
        if (lines.size() <= 2 * MARGIN_LINES) return lines;
        List<Line> out = new ArrayList<>(lines.subList(0, MARGIN_LINES));
        out.addAll(lines.subList(lines.size() - MARGIN_LINES, lines.size()));
        return out;
    }

    private static String key(Line l) {
        return l.text().replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }

    /**
     * Where a page's text block lies: its left edge (where unindented lines start), its right margin and the usual
     * gap between lines. A page of few lines takes the document's.
     */
    private record Edges(double left, double right, double gap) {
        static Edges of(Page page, List<Page> all) {
            List<Line> lines = page.lines().stream().filter(l -> l.text().strip().length() >= 2).toList();
            if (lines.size() < 4) lines = all.stream().flatMap(p -> p.lines().stream()).filter(l -> l.text().strip().length() >= 2).toList();
            if (lines.isEmpty()) return new Edges(0, 0, 0);
            double[] lefts = lines.stream().mapToDouble(Line::left).sorted().toArray();
            double[] rights = lines.stream().mapToDouble(Line::right).sorted().toArray();
            List<Double> gaps = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                double g = lines.get(i).top() - lines.get(i - 1).bottom();
                if (g >= 0) gaps.add(g);
            }
            double[] g = gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Edges(percentile(lefts, 0.1), percentile(rights, 0.9), g.length == 0 ? 0 : percentile(g, 0.5));
        }
    }

    private static double percentile(double[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }

    /** A growing byte array. */
    private static final class ByteBuilder {
        private byte[] bytes = new byte[256];
        private int size;

        void add(byte b) {
            if (size == bytes.length) bytes = Arrays.copyOf(bytes, size * 2);
            bytes[size++] = b;
        }

        void add(byte[] more) {
            for (byte b : more) add(b);
        }

        void repeat(byte b, int n) {
            for (int i = 0; i < n; i++) add(b);
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }
    }
}
