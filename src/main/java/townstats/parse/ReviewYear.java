package townstats.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import townstats.model.Evidence;

/**
 * The year a report reviews, read from the whole document: every statement that names the year of the work summed
 * up (正文“2022年工作回顾”, 现将2020年工作总结如下, 2019年街道完成…, 预计2021年全镇…) or of the plan that follows it
 * (2021年全镇主要目标是… → 2020) casts a weighted vote, and so does the title (2022年工作总结 → 2022; a 政府工作报告
 * given in 2023 → 2022). The body outweighs the title, which web copies often mislabel. Years of comparison
 * (较2020年, 由2020年的), of targets (到2025年), of dates (2023年1月6日) and of labels (2021年度高标准农田) say
 * nothing and are passed over.
 */
final class ReviewYear {
    private static final String Y = "(?<y>(?:19|20)\\d{2})";
    private static final String PART = "(?:上半年|前三季度|第?[一二三四1-4]季度|1[-—~至到]\\d{1,2}月份?|前\\d{1,2}个?月)";
    /** A year reviewed by the words after it: 2022年工作回顾, 2023年上半年工作总结, 2020年主要工作措施. */
    private static final Pattern REVIEWED = Pattern.compile(Y + "年度?" + PART + "?(?:的|全年)?(?:主要|各项|全镇|全乡|全街道)?(?:工作)?"
            + "(?:回顾|总结|推进情况|完成情况|开展情况|进展情况|落实情况|主要工作|工作情况|工作报告如下|取得的成[绩效]|成效|亮点|述职)");
    /** 现将2020年各项工作情况总结如下, 回顾2022年, 过去的2022年, 2023年我们奋力拼搏. */
    private static final Pattern SUMMED_UP = Pattern.compile("现将(?:\\S{0,8}?)" + Y + "年[^。\\n]{0,24}?(?:总结|汇报|报告)如下"
            + "|(?:回顾|过去的|刚刚过去的)" + Y.replace("<y>", "<y2>") + "年|" + Y.replace("<y>", "<y3>") + "年[，,]?我们");
    /** 2022年，全镇…; 2019年街道完成…; 2023年实现地区生产总值…; 预计2021年全镇…; 2021年1-12月; 2023年一季度. */
    private static final Pattern STATED = Pattern.compile("(?:^|[。；;！\\n]|预计|截至|截止)" + Y + "年"
            + "(?:[，,](?!\\d)|全年|以来|来[，,]|" + PART + "|(?:全镇|全乡|全街道|全区|我镇|我乡|街道|镇|乡)?(?:共|全年)?(?:实现|完成|预计|累计|新增|引进|签约))");
    /** 截至2022年底, 预计2022年末: the year's end (a bare 2010年底 is often last year's base figure, and says nothing). */
    private static final Pattern YEAR_END = Pattern.compile("(?:预计|截至|截止)(?:到)?" + Y + "年(?:底|末)");
    /** 2022年是极不平凡的一年: the year reviewed, unless it stands in the plan part. */
    private static final Pattern YEAR_IS = Pattern.compile("(?:^|[。；\\n])" + Y + "年是");
    /** 2021年全镇经济和社会发展的主要目标是, 2022年工作部署: the plan year, one after the year reviewed. */
    private static final Pattern PLAN = Pattern.compile(Y + "年度?(?:的)?(?:全镇|全乡|全街道|我镇|我乡|镇|乡)?(?:经济(?:和|与|、)?社会发展)?(?:的)?"
            + "(?:主要|总体)?(?:预期)?(?:工作)?(?:目标|任务|打算|计划|安排|思路|重点|要点|部署)(?![^，,。；]{0,4}(?:完成|落实|执行|进展|推进情况))");
    /**
     * 2023年1月6日在…镇第十八届人民代表大会上: a congress early in the year (January to March) reviews the year before,
     * one later in the year (2020年8月10日, a mid-year report) the year it is held in.
     */
    private static final Pattern CONGRESS_EARLY = congress("[1-3]");
    private static final Pattern CONGRESS_LATER = congress("(?:[4-9]|1[0-2])");
    /** 紧紧围绕2016年县委政府脱贫攻坚目标, 完成2022年目标任务: the goals of the year being worked through. */
    private static final Pattern WORKING_TOWARDS = Pattern.compile("(?:围绕|紧扣|紧盯|完成|实现|对标)" + Y + "年[^。，,；\\n]{0,12}?(?:目标|任务)");
    /** Before a year: a comparison, a source or a target (较2020年, 由2020年的, 到2025年). */
    private static final Pattern NOT_THIS_YEAR = Pattern.compile("(?:较|比|相比|与|同比|对比|自|从|由|(?<!截止)到|(?<!截)至|于)$");

    private static final Pattern TITLE_SUMMARY = Pattern.compile(Y + "(?:年度?|(?=工作))" + PART + "?(?:\\S{0,12}?)"
            + "(?:工作总结|总结|述职|工作情况|工作综述|综述|经济运行|发展情况|工作汇报|工作开展|工作回顾)");
    private static final Pattern TITLE_CONGRESS = Pattern.compile(Y + "(?:年度?(?:[^\\d年]{0,10}?)|(?=(?:镇|乡|街道)?(?:人民)?政府))(?:人民)?政府工作报告");
    private static final Pattern TITLE_PLAN = Pattern.compile(Y + "年度?(?:工作)?(?:打算|计划|安排|谋划|思路|要点|重点)");
    private static final Pattern TITLE_ANY = Pattern.compile(Y + "年(?!\\d{1,2}月)");

    private static final Pattern FIRST_PART = Pattern.compile("(?m)^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])");
    /** The report speaks of the current year without naming it. */
    private static final Pattern THIS_YEAR = Pattern.compile("今年以来|今年上半年|今年[1一]-?\\d{0,2}月|本年度以来");
    /** How the plan part begins: years stated after it are plans, not the year reviewed. */
    private static final Pattern PLAN_HEADING = Pattern.compile(
            "[^\\n]{0,8}?(?:(?:19|20)\\d{2}年)?(?:工作)?(?:打算|计划|安排|思路|谋划|展望|下一步)");

    /** One vote: a year, its weight, and the words it rests on (start and end in the text; title: -1). */
    private record Vote(int year, int weight, int start, int end, String words, String reason) {
    }

    private ReviewYear() {
    }

    /** A congress dated in the given months, the date before the congress (2023年1月6日在…) or on a line after it. */
    private static Pattern congress(String months) {
        return Pattern.compile(Y + "年" + months + "月(?:\\d{1,2}日)?[^。\\n]{0,30}人民代表大会"
                + "|人民代表大会[^。\\n]{0,30}?\\n?[—\\s]*" + Y.replace("<y>", "<y2>") + "年" + months + "月(?:\\d{1,2}日)?\\s*(?:\\n|$)");
    }

    /**
     * @param title the report's title (simplified)
     * @param text  the cleaned text (simplified), whose first line is usually the title again
     * @return the year reviewed with its evidence, or null when nothing names it
     */
    static Evidence find(String title, String text) {
        if (!looksLikeTitle(title)) title = ""; // a first line that is a paragraph: all of it is body
        List<Vote> votes = new ArrayList<>();
        titleVotes(title, votes);
        int body = titleLine(text, title)[1];
        int planFrom = planStart(text, body);
        bodyVotes(text, body, planFrom, openingEnd(text, body), votes);
        if (votes.isEmpty()) return anyYear(text, body);
        Map<Integer, Integer> score = new HashMap<>();
        for (Vote v : votes) score.merge(v.year(), v.weight(), Integer::sum);
        int best = score.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(e -> strongest(votes, e.getKey()).weight())
                        .thenComparing(e -> -firstAt(votes, e.getKey())))
                .orElseThrow().getKey();
        Vote why = strongest(votes, best);
        return new Evidence(String.valueOf(best), why.start() < 0 ? title : sentenceAround(text, why.start()),
                why.start(), why.end(), why.reason());
    }

    private static void titleVotes(String title, List<Vote> votes) {
        Matcher m = TITLE_SUMMARY.matcher(title);
        if (m.find()) {
            votes.add(titleVote(year(m), 6, m, "标题“" + m.group() + "”"));
            return;
        }
        m = TITLE_CONGRESS.matcher(title);
        if (m.find()) {
            votes.add(titleVote(year(m) - 1, 4, m, "标题“" + m.group() + "”：政府工作报告在次年初向人代会作出，回顾上一年"));
            return;
        }
        m = TITLE_PLAN.matcher(title);
        if (m.find()) {
            votes.add(titleVote(year(m) - 1, 4, m, "标题“" + m.group() + "”：计划之年的上一年"));
            return;
        }
        m = TITLE_ANY.matcher(title);
        while (m.find()) {
            if (NOT_THIS_YEAR.matcher(title.substring(0, m.start())).find()) continue;
            votes.add(titleVote(year(m), 3, m, "标题中的“" + m.group() + "”"));
            return;
        }
    }

    /** A title is a short line, not a paragraph that happens to open the text. */
    static boolean looksLikeTitle(String title) {
        return title.length() <= 50 && title.indexOf('。') < 0;
    }

    /** The end of the opening: the first line that starts a numbered part (一、 （一）), or 600 characters in. */
    private static int openingEnd(String text, int from) {
        Matcher m = FIRST_PART.matcher(text).region(from, text.length());
        return m.find() ? m.start() : Math.min(text.length(), from + 600);
    }

    private static Vote titleVote(int year, int weight, Matcher m, String reason) {
        return new Vote(year, weight, -1, -1, m.group(), reason);
    }

    /** The opening (before the first numbered heading) states the year under review: its votes count more. */
    private static void bodyVotes(String text, int from, int planFrom, int opening, List<Vote> votes) {
        addVotes(REVIEWED, text, from, planFrom, 10, 0, opening, "正文“%s”", votes);
        addVotes(SUMMED_UP, text, from, planFrom, 10, 0, opening, "正文“%s”", votes);
        addVotes(STATED, text, from, planFrom, 5, 0, opening, "正文“%s”", votes);
        addVotes(YEAR_END, text, from, planFrom, 5, 0, opening, "正文“%s”", votes);
        addVotes(YEAR_IS, text, from, planFrom, 4, 0, opening, "正文“%s”", votes);
        addVotes(PLAN, text, from, text.length(), 4, -1, 0, "正文“%s”：计划之年的上一年", votes);
        addVotes(CONGRESS_EARLY, text, from, text.length(), 6, -1, 0, "“%s”：年初的人代会回顾上一年", votes);
        addVotes(CONGRESS_LATER, text, from, text.length(), 6, 0, 0, "“%s”：年中的人代会报告当年", votes);
        addVotes(WORKING_TOWARDS, text, from, planFrom, 5, 0, opening, "正文“%s”", votes);
    }

    /**
     * Each match between from and to votes for its year plus {@code shift} (2 more before {@code opening}); a year
     * counts at most twice a pattern.
     */
    private static void addVotes(Pattern p, String text, int from, int to, int weight, int shift, int opening, String reason,
                                 List<Vote> votes) {
        Map<Integer, Integer> counted = new HashMap<>();
        nearYears(p, text, from, to, m -> {
            int yearStart = yearStart(m);
            if (yearStart > 0 && NOT_THIS_YEAR.matcher(text.substring(Math.max(0, yearStart - 4), yearStart)).find()) return;
            int year = year(m) + shift;
            if (year < 1990 || year > 2100 || counted.merge(year, 1, Integer::sum) > 2) return;
            int start = m.start();
            while (start < m.end() && "。；;！\n".indexOf(text.charAt(start)) >= 0) start++;
            votes.add(new Vote(year, start < opening ? weight + 2 : weight, start, m.end(), text.substring(start, m.end()),
                    String.format(reason, text.substring(start, m.end()))));
        });
    }

    /** How far before and after its year a statement of the year may reach (现将…2020年…总结如下, …人民代表大会⏎2023年2月). */
    private static final int BEFORE_YEAR = 48;
    private static final int AFTER_YEAR = 64;

    /**
     * Each match of {@code p} between {@code from} and {@code to}, in text order, given to {@code action} as the matcher
     * standing on it: every pattern here holds a year (19xx年, 20xx年), so only the text around each year is searched
     * (a scan of a whole report with every pattern cost milliseconds a report).
     */
    static void nearYears(Pattern p, String text, int from, int to, java.util.function.Consumer<Matcher> action) {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int end = Math.max(from, Math.min(to, text.length()));
        for (int y = text.indexOf('年', from); y >= 0 && y < end; y = text.indexOf('年', y + 1)) {
            if (y < 4 || !isYear(text, y - 4)) continue;
            // from the character before the body: the line break that begins a statement (⏎2019年，…) may be its first
            m.region(Math.max(Math.max(0, from - 1), y - 4 - BEFORE_YEAR), Math.min(end, y + AFTER_YEAR));
            while (m.find()) {
                if (seen.add(((long) m.start() << 32) | m.end())) action.accept(m);
            }
        }
    }

    /** 19xx or 20xx at {@code i}, not part of a longer number. */
    private static boolean isYear(String text, int i) {
        char a = text.charAt(i);
        char b = text.charAt(i + 1);
        if (!(a == '1' && b == '9' || a == '2' && b == '0')) return false;
        if (!Character.isDigit(text.charAt(i + 2)) || !Character.isDigit(text.charAt(i + 3))) return false;
        return i == 0 || !Character.isDigit(text.charAt(i - 1));
    }

    /** When nothing states the year: the only year the opening names, if it names one. */
    private static Evidence anyYear(String text, int body) {
        Matcher m = TITLE_ANY.matcher(text).region(body, Math.min(text.length(), body + 3000));
        Integer only = null;
        int at = -1;
        while (m.find()) {
            if (NOT_THIS_YEAR.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find()) continue;
            int y = year(m);
            if (y < 1990 || y > 2100) continue;
            if (only != null && only != y) return null;
            if (only == null) at = m.start();
            only = y;
        }
        if (only == null) return null;
        // 2010年底农民人均纯收入为3892元。今年以来…: last year's closing figure, the base of this year's report
        if (text.startsWith("底", at + 5) && THIS_YEAR.matcher(text).find()) {
            return new Evidence(String.valueOf(only + 1), sentenceAround(text, at), at, at + 6,
                    "正文以“" + only + "年底”为基数报告“今年”");
        }
        return new Evidence(String.valueOf(only), sentenceAround(text, at), at, at + 5, "正文唯一提到的年份“" + only + "年”");
    }

    /**
     * The title's line in the text, {start, end}, when the title stands among the opening lines (the body is the
     * rest: a web page's lines before it, such as 上传时间, say nothing of the year); {0, 0} when it does not.
     */
    static int[] titleLine(String text, String title) {
        String t = title.replace("…", "");
        int at = t.isEmpty() ? -1 : text.indexOf(t);
        if (at < 0 || at > 2000) return new int[] {0, 0};
        int start = text.lastIndexOf('\n', at) + 1;
        int nl = text.indexOf('\n', at + t.length());
        return new int[] {start, nl < 0 ? text.length() : nl + 1};
    }

    /** The start of the plan part (a heading of 打算 / 计划 / 下一步), or the end of the text. */
    private static int planStart(String text, int from) {
        Matcher m = PLAN_HEADING.matcher(text);
        for (int lineStart = from; lineStart < text.length(); ) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            // a heading, not a sentence that mentions a plan: a short line, after the review began
            if (lineEnd - lineStart <= 30 && lineStart > from && m.region(lineStart, lineEnd).lookingAt()) return lineStart;
            lineStart = lineEnd + 1;
        }
        return text.length();
    }

    private static Vote strongest(List<Vote> votes, int year) {
        return votes.stream().filter(v -> v.year() == year)
                .max(Comparator.comparingInt(Vote::weight).thenComparing(v -> -v.start())).orElseThrow();
    }

    private static int firstAt(List<Vote> votes, int year) {
        return votes.stream().filter(v -> v.year() == year).mapToInt(v -> v.start() < 0 ? Integer.MAX_VALUE : v.start())
                .min().orElse(Integer.MAX_VALUE);
    }

    private static int year(Matcher m) {
        for (String g : List.of("y", "y2", "y3")) {
            String s = group(m, g);
            if (s != null) return Integer.parseInt(s);
        }
        throw new IllegalStateException("no year group in " + m.pattern());
    }

    private static int yearStart(Matcher m) {
        for (String g : List.of("y", "y2", "y3")) {
            if (group(m, g) != null) return m.start(g);
        }
        return -1;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException none) {
            return null;
        }
    }

    /** The sentence (or line) holding position {@code at}, for the reader to see the words in their place. */
    static String sentenceAround(String text, int at) {
        int start = at;
        while (start > 0 && "。！？\n".indexOf(text.charAt(start - 1)) < 0) start--;
        int end = at;
        while (end < text.length() && "。！？\n".indexOf(text.charAt(end)) < 0) end++;
        if (end < text.length() && text.charAt(end) != '\n') end++;
        String s = text.substring(start, end).strip();
        return s.length() <= 120 ? s : s.substring(0, 120) + "…";
    }
}
