package townstats.ingest;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns decoded report text into the clean text every later stage reads, keeping for each clean
 * character its offset in the decoded text.
 *
 * <ul>
 *   <li>full-width digits and signs (０-９ ％ ． － ＋ ～) become ASCII; Chinese punctuation stays;</li>
 *   <li>the dash of a range between digits (1—11月, 1~11月) becomes '-';</li>
 *   <li>conversion debris ([bookmark: _GoBack], ##paidbegin##) and the pinyin web pages put in brackets after
 *       characters (產(chǎn)值) are removed;</li>
 *   <li>spaces that PDF or web pages put between numbers, units and words are removed;</li>
 *   <li>a line broken inside a sentence (农民人均可支配收⏎入, 31.88⏎亿元) is joined, while blank lines,
 *       headings, titles and lines ending a sentence keep their break; a label is joined to its value across
 *       blank lines, page markers (- 2 -, 第3页) and a stray list number (生产总值⏎⏎2、7.1亿元), and a document
 *       site's numbered page chunks (1、…非金属⏎2、矿。) are one text again.</li>
 * </ul>
 */
public final class TextCleaner {
    /** The clean text and, per character, its offset in the decoded text. */
    public record Cleaned(String text, int[] offsets) {
    }

    private static final Pattern DEBRIS = Pattern.compile(
            "\\[bookmark:[^\\]\\n]{0,80}\\]|##paid(?:begin|end)##|\\{\\{[^}\\n]{0,40}\\}\\}");
    private static final String RANGE_DASHES = "—–―─~～〜-－";
    private static final String SENTENCE_END = "。！？；：:;!?…";
    private static final String CLOSERS = "”’」』》）)】\"'";
    private static final Pattern TITLE_END = Pattern.compile(
            "(?:总结|打算|计划|安排|报告|情况|汇报|谋划|思路|要点|亮点|通知|意见|方案|目标|委员会|人民政府|办事处)$");
    /** Pinyin with a tone mark in brackets right after a character: 區(qū)域, 產(chǎn)值. */
    private static final Pattern PINYIN = Pattern.compile(
            "(?<=\\p{IsHan})[(（](?=[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]");
    /** A line that is only a page marker: - 2 -, —5—, · 3 ·, 第3页, 第 3 页 共 12 页, 3/12, 12, or a bare 4、. */
    private static final Pattern PAGE_MARKER = Pattern.compile(
            "^(?:[-—–·•]\\s*\\d{1,3}\\s*[-—–·•]|第\\s*\\d{1,3}\\s*页(?:\\s*共\\s*\\d{1,3}\\s*页)?|\\d{1,3}\\s*/\\s*\\d{1,3}|\\d{1,3}|\\d{1,2}[、.．])$");
    /** A page chunk is a long line (a site's preview shows hundreds of characters a chunk; a list item is short). */
    private static final int CHUNK_MIN = 100;
    /** The number of a document site's page chunk at a line's start: 1、…, 2、… */
    private static final Pattern CHUNK = Pattern.compile("(\\d{1,2})、");
    /** A stray list number before a value: 2、7.1亿元. */
    private static final Pattern STRAY_NUMBER = Pattern.compile("^\\d{1,2}、(?=\\d)");
    /** A line that starts with a value and its unit: 7.1亿元，同比增长5.8%。 */
    private static final Pattern VALUE_START = Pattern.compile(
            "^\\d+(?:[.,]\\d+)*(?:万|亿|个亿)?(?:元|亩|人|户|个|平方公里|美元|%)");
    /** What continues a number broken off at a line's end: its unit or the rest of its phrase (31.88⏎亿元, 2022⏎年). */
    private static final String UNIT_START = "亿万千百元角%％个家项亩户人口名次年月日号吨斤平公米倍成余多以左届期号批";
    private static final Pattern DATE_LINE = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日$");

    private TextCleaner() {
    }

    public static Cleaned clean(String decoded) {
        Buffer folded = fold(decoded);
        Buffer spaced = removeLayoutSpaces(folded);
        return joinBrokenLines(spaced).toCleaned();
    }

    /** Pass 1: debris, line ends, full-width forms, range dashes. */
    private static Buffer fold(String s) {
        boolean[] skip = new boolean[s.length()];
        // indexOf is far cheaper than a regex scan of the whole text, and most texts have no debris
        if (s.contains("[bookmark:") || s.contains("##paid") || s.contains("{{")) {
            Matcher m = DEBRIS.matcher(s);
            while (m.find()) {
                Arrays.fill(skip, m.start(), m.end(), true);
            }
        }
        if (hasToneMark(s)) {
            Matcher m = PINYIN.matcher(s);
            while (m.find()) {
                Arrays.fill(skip, m.start(), m.end(), true);
            }
        }
        Buffer out = new Buffer(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (skip[i]) continue;
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') continue;
                c = '\n';
            } else if (c == '\u2028' || c == '\u2029' || c == '\f' || c == '\u000B') {
                c = '\n';
            } else if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ'
                    || c == '％' || c == '．' || c == '＋' || c == '＝' || c == '／') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0' || c == '\t' || c == '\u2002' || c == '\u2003' || c == '\u200B'
                    || c == '\uFEFF') {
                c = ' ';
            }
            if (RANGE_DASHES.indexOf(c) >= 0 && out.length() > 0 && isDigit(out.last()) && digitFollows(s, i + 1)) {
                c = '-';
            } else if (c == '－') {
                c = '-';
            } else if (c == '～') {
                c = '~';
            }
            out.append(c, i);
        }
        return out;
    }

    private static boolean hasToneMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u00e0' && c <= '\u01dc' && "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".indexOf(c) >= 0) return true;
        }
        return false;
    }

    private static boolean digitFollows(String s, int from) {
        for (int j = from; j < s.length() && j < from + 3; j++) {
            char c = s.charAt(j);
            if (c == ' ' || c == '\u3000') continue;
            return isDigit(c) || c >= '０' && c <= '９';
        }
        return false;
    }

    /** Pass 2: spaces at line ends and between words or numbers and units; kept between two ASCII words. */
    private static Buffer removeLayoutSpaces(Buffer in) {
        Buffer out = new Buffer(in.length());
        int n = in.length();
        int i = 0;
        while (i < n) {
            char c = in.chars[i];
            if (c != ' ') {
                out.append(c, in.map[i]);
                i++;
                continue;
            }
            int j = i;
            while (j < n && in.chars[j] == ' ') j++;
            boolean atLineStart = out.length() == 0 || out.last() == '\n';
            boolean atLineEnd = j >= n || in.chars[j] == '\n';
            if (!atLineStart && !atLineEnd && isAsciiWord(out.last()) && isAsciiWord(in.chars[j])) {
                out.append(' ', in.map[i]);
            }
            i = j;
        }
        return out;
    }

    /** Pass 3: join lines that a PDF or web page broke inside a sentence, a label or a number. */
    private static Buffer joinBrokenLines(Buffer in) {
        Buffer out = new Buffer(in.length());
        int n = in.length();
        int lineStart = 0;
        int chunk = 0; // the page chunk the current line continues (1、…2、…), 0 when none
        while (lineStart <= n) {
            int lineEnd = lineStart;
            while (lineEnd < n && in.chars[lineEnd] != '\n') lineEnd++;
            String line = new String(in.chars, lineStart, lineEnd - lineStart);
            int next = lineEnd + 1;
            Matcher number = CHUNK.matcher(line);
            int from = lineStart;
            if (number.lookingAt() && line.length() >= CHUNK_MIN) {
                int first = Integer.parseInt(number.group(1));
                // the first chunk's number goes too, once the next chunk shows the numbers are the site's
                if (first == 1 && lineEnd < n && nextChunk(in, line, next, 2) >= 0) from += number.end();
                chunk = first;
            }
            for (int k = from; k < lineEnd; k++) out.append(in.chars[k], in.map[k]);
            if (lineEnd >= n) break;
            int nextEnd = next;
            while (nextEnd < n && in.chars[nextEnd] != '\n') nextEnd++;
            String nextLine = new String(in.chars, next, nextEnd - next);
            int valueAt = valueAcrossDebris(in, line, next);
            if (valueAt >= 0) {
                lineStart = valueAt; // 生产总值⏎⏎- 2 -⏎⏎7.1亿元: the label keeps its value
                continue;
            }
            int chunkAt = chunk > 0 ? nextChunk(in, line, next, chunk + 1) : -1;
            if (chunkAt >= 0) {
                chunk++;
                lineStart = chunkAt; // 1、…非金属⏎2、矿。: a document site's numbered page chunks, cut mid-word
                continue;
            }
            if (continues(line, nextLine)) {
                if (isAsciiWord(lastChar(line)) && !nextLine.isEmpty() && isAsciiWord(nextLine.charAt(0))
                        && !(isDigit(lastChar(line)) && isDigit(nextLine.charAt(0)))) {
                    out.append(' ', in.map[lineEnd]);
                }
            } else {
                out.append('\n', in.map[lineEnd]);
            }
            lineStart = next;
        }
        return out;
    }

    /**
     * Where the value of a label cut off by web-copy debris starts, or -1: after {@code line} (a label, not
     * the end of a sentence) come blank lines, page markers or a stray list number, then a value with its unit.
     */
    private static int valueAcrossDebris(Buffer in, String line, int next) {
        if (line.isEmpty() || !Character.isIdeographic(line.charAt(line.length() - 1))) return -1;
        if (line.length() < 40 && (TITLE_END.matcher(line).find() || HeadingMarker.PATTERN.matcher(line).find())) return -1;
        int n = in.length();
        int at = next;
        boolean debris = false;
        boolean pageMarker = false;
        while (at < n) {
            int end = at;
            while (end < n && in.chars[end] != '\n') end++;
            String l = new String(in.chars, at, end - at).strip();
            if (l.isEmpty() || PAGE_MARKER.matcher(l).matches()) {
                debris = true;
                pageMarker |= !l.isEmpty() && !Character.isDigit(l.charAt(0)); // a bare 12 may be a table's figure
                at = end + 1;
                continue;
            }
            Matcher stray = STRAY_NUMBER.matcher(l);
            int skip = stray.lookingAt() ? stray.end() : 0;
            String rest = l.substring(skip);
            if ((debris || skip > 0) && VALUE_START.matcher(rest).lookingAt()) return at + skip;
            // 固定资产投资⏎—5—⏎完成4.3亿元: a page break inside a sentence
            if (pageMarker && skip == 0 && continues(line, rest)) return at;
            return -1;
        }
        return -1;
    }

    /**
     * Where the text goes on after a document site's page-chunk number, or -1. Sites that show a report in numbered
     * chunks (资源描述⏎1、…⏎2、…) cut it wherever a chunk is full: a long line that opens with N、 and ends inside a
     * sentence, followed (after blank lines) by a line that opens with N+1、, is one text with the number between.
     */
    private static int nextChunk(Buffer in, String line, int next, int number) {
        char last = lastChar(stripClosers(line));
        if (SENTENCE_END.indexOf(last) >= 0 || last == '。') return -1;
        int at = next;
        int n = in.length();
        while (at < n && in.chars[at] == '\n') at++;
        String marker = number + "、";
        for (int k = 0; k < marker.length(); k++) {
            if (at + k >= n || in.chars[at + k] != marker.charAt(k)) return -1;
        }
        return at + marker.length();
    }

    /** Whether {@code next} continues {@code line} (a break inside a sentence) rather than starting anew. */
    static boolean continues(String line, String next) {
        if (line.isEmpty() || next.isEmpty()) return false;
        String body = stripClosers(line);
        if (body.isEmpty()) return false;
        // 。 or 。” (closing quotes and brackets are stripped first) ends the sentence, and so the line.
        if (SENTENCE_END.indexOf(body.charAt(body.length() - 1)) >= 0) return false;
        if (HeadingMarker.PATTERN.matcher(next).find()) return false;
        if (HeadingMarker.PATTERN.matcher(line).find() && line.length() < 30) return false;
        if (line.length() < 40 && TITLE_END.matcher(line).find()) return false;
        if (DATE_LINE.matcher(line).find() || DATE_LINE.matcher(next).matches()) return false;
        // a web page's lines (- 19.09 KB, 网站客服QQ:403074932) before a title: Latin letters or digits end the line and
        // Chinese that no number or unit continues begins the next
        char last = body.charAt(body.length() - 1);
        if (last < 128 && Character.isLetterOrDigit(last) && Character.isIdeographic(next.charAt(0))
                && UNIT_START.indexOf(next.charAt(0)) < 0 && !(Character.isDigit(last) && next.length() < 3)) {
            return false;
        }
        if (line.startsWith("- ") || line.startsWith("-\u00a0")) return false; // a list item of a web page
        return true;
    }

    private static String stripClosers(String line) {
        int end = line.length();
        while (end > 0 && CLOSERS.indexOf(line.charAt(end - 1)) >= 0) end--;
        return line.substring(0, end);
    }

    private static char lastChar(String s) {
        return s.isEmpty() ? '\n' : s.charAt(s.length() - 1);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiWord(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Characters and their decoded offsets, growing together. */
    private static final class Buffer {
        char[] chars;
        int[] map;
        int size;

        Buffer(int capacity) {
            chars = new char[Math.max(16, capacity)];
            map = new int[chars.length];
        }

        void append(char c, int offset) {
            if (size == chars.length) {
                chars = Arrays.copyOf(chars, size * 2);
                map = Arrays.copyOf(map, size * 2);
            }
            chars[size] = c;
            map[size++] = offset;
        }

        int length() {
            return size;
        }

        char last() {
            return chars[size - 1];
        }

        Cleaned toCleaned() {
            // Trailing line breaks carry no meaning; trim them so texts compare cleanly.
            int end = size;
            while (end > 0 && chars[end - 1] == '\n') end--;
            return new Cleaned(new String(chars, 0, end), Arrays.copyOf(map, end));
        }
    }
}
