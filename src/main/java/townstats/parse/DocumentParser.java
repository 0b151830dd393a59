package townstats.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import townstats.ingest.HeadingMarker;
import townstats.util.Simplified;
import townstats.divisions.Gazetteer;
import townstats.model.Document;
import townstats.model.Evidence;
import townstats.model.Grounds;
import townstats.model.Heading;
import townstats.model.Metadata;
import townstats.model.Report;
import townstats.model.SectionKind;
import townstats.model.Sentence;

/** Reads a report's title, town, county, year, outline and sentences. */
public final class DocumentParser {
    public static final String ANONYMISED_PREFIX = "匿名乡镇·";
    /** The reason given where a sidecar or front matter states a field. */
    static final String STATED = "由侧车文件或文件头指定";

    private static final String HAN = "\\p{IsHan}";
    private static final String MASK = "X×xＸ*＊某";
    /** A place name: Han characters or mask characters (XX镇, *镇). */
    private static final String NAME = "[" + HAN + MASK + "]";
    private static final Pattern COUNTY_COMMITTEE = Pattern.compile(
            "中共(" + NAME + "{1,8}?(?:县|市|区|旗))(?:委员会|委)(?!员)");
    private static final Pattern COUNTY_THEN_TOWN = Pattern.compile(
            "(" + NAME + "{1,6}?(?:自治县|县|市|区|旗))(" + NAME + "{1,8}?(?:镇|乡|街道))");
    /** 泗洪经济开发区（青阳街道）: a development zone, whose name may begin with its county's. */
    private static final Pattern ZONE_BEFORE_TOWN = Pattern.compile(
            "(" + NAME + "{2,14}?(?:开发区|园区|工业区|集中区|新区|新城|管委会))[（(]" + NAME + "{2,8}?(?:镇|乡|街道)[）)]");
    private static final Pattern ZONE_BRACKET = Pattern.compile("(?:开发区|园区|工业区|集中区|新区|新城|管委会)[（(]");
    private static final Pattern ISSUER = Pattern.compile("^(?:中共\\S{1,14}委员会|\\S{1,14}(?:人民政府|办事处))$");
    private static final Pattern COUNTY_AT_START = Pattern.compile("^(" + NAME + "{1,6}?(?:自治县|县|市|旗))");
    private static final Pattern COUNTY_AT_END = Pattern.compile("(" + NAME + "{1,6}?(?:自治县|县|市|区|旗))$");
    private static final Pattern LEADING_WORDS = Pattern.compile("^(?:中共|关于|位于|地处|在|与|和|及|对|向|为)+");
    private static final Pattern LOCATED_IN_COUNTY = Pattern.compile("位于(" + NAME + "{1,6}?(?:自治县|县|市|区|旗))");
    private static final Pattern REPORT_WORDS = Pattern.compile(
            "总结|工作报告|汇报|工作情况|发展情况|运行情况|述职|工作计划|工作打算|工作要点|工作思路|基本情况|镇情|乡情|工作回顾|报告");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "小编|供大家参考|整理|下载|上传|文档|收藏|分享|浏览|阅读|VIP|范文|网站|发布|来源|点击|[。，,；]");
    private static final Pattern FILE_SUFFIX = Pattern.compile("(?:\\.(?:docx?|pdf|wps|txt))?(?:_第\\d+页)?$");
    private static final Pattern TITLE_PREFIX = Pattern.compile("^(?:中共" + NAME + "{1,14}?(?:委员会|党委)|关于)+");
    /** The towns of every report are sought among the same divisions. */
    private static final TownNames TOWNS = new TownNames(Gazetteer.get());

    private DocumentParser() {
    }

    public static Document parse(Report report) {
        String text = report.text();
        String match = Simplified.of(text);
        Metadata stated = report.metadata();
        List<String> warnings = new ArrayList<>();

        String title = stated.title() != null ? stated.title() : title(text);
        String matchTitle = Simplified.of(title);
        Evidence yearFound = stated.year() != null ? Evidence.without(String.valueOf(stated.year()), STATED)
                : ReviewYear.find(matchTitle, match);
        Integer year = yearFound == null ? null : Integer.valueOf(yearFound.value());
        if (year == null) warnings.add("年份不明：标题和正文中都没有找到报告所总结的年份");

        TownNames.Found found = stated.town() != null ? null : TOWNS.find(title, text);
        String town = stated.town() != null ? stated.town() : found == null ? null : found.name();
        Evidence townFound = stated.town() != null ? Evidence.without(town, STATED) : found == null ? null : found.evidence();
        Evidence countyFound = stated.county() != null ? Evidence.without(stated.county(), STATED) : county(matchTitle, match, town);
        String county = countyFound == null ? null : countyFound.value();
        if (county != null && isMasked(county)) {
            county = null;
            countyFound = null;
        }
        boolean anonymised = stated.town() == null && (town == null || found.masked() || isMasked(town));
        if (anonymised) town = anonymousLabel(report.id());

        List<Heading> headings = Outline.headings(text, match, year);
        List<Sentence> sentences = sentences(text, headings);
        return new Document(report, title, town, county, year, anonymised, headings, sentences, warnings,
                new Grounds(yearFound, anonymised ? null : townFound, countyFound));
    }

    /** A stable readable label for an anonymised report, the same in every build: 匿名乡镇·3F2A. */
    public static String anonymousLabel(String reportId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(reportId.getBytes(StandardCharsets.UTF_8));
            return ANONYMISED_PREFIX + HexFormat.of().withUpperCase().formatHex(digest, 0, 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** XX镇, *县, 某镇, and the bare 乡镇: a name hidden by anonymisation. */
    static boolean isMasked(String name) {
        return name.chars().anyMatch(c -> MASK.indexOf(c) >= 0) || name.matches("乡镇|镇|乡|街道");
    }

    /**
     * The title: the first of the opening lines that reads like one (short, naming a report: 工作总结, 政府工作报告,
     * 情况汇报 …) and is no web page's boilerplate (上传时间, 小编整理, 收藏); else the first non-empty line, or the
     * second when the first only names the issuer (中共潭头镇委员会). Cut at 80 characters, a file suffix dropped.
     */
    static String title(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(12).toList();
        if (lines.isEmpty()) return "";
        String t = lines.stream().filter(l -> l.length() <= 60 && REPORT_WORDS.matcher(l).find() && !BOILERPLATE.matcher(l).find()
                        && !HeadingMarker.PATTERN.matcher(l).lookingAt())
                .findFirst()
                .orElse(lines.size() > 1 && ISSUER.matcher(lines.get(0)).matches() ? lines.get(1) : lines.get(0));
        t = FILE_SUFFIX.matcher(t).replaceFirst("");
        return t.length() <= 80 ? t : t.substring(0, 80) + "…";
    }

    /**
     * The county as the report writes it: before the town in the title (商河县张坊镇), at the head of a development
     * zone (泗洪经济开发区（青阳街道）), as the county's party committee (中共栾川县委), right before the town's name in
     * the body, or where the town lies (位于栾川县). The place stage checks it against the divisions.
     */
    static Evidence county(String title, String text, String town) {
        String head = text.substring(0, Math.min(text.length(), 4000));
        Matcher ct = COUNTY_THEN_TOWN.matcher(stripTitlePrefix(title));
        if (ct.lookingAt() && (town == null || ct.group(2).endsWith(town))) {
            return new Evidence(ct.group(1), title, -1, -1, "标题“" + ct.group() + "”");
        }
        Matcher zone = ZONE_BEFORE_TOWN.matcher(head);
        // the zone word and its bracket first: a cheap test that spares most reports the slow search
        if (ZONE_BRACKET.matcher(head).find() && zone.find()) {
            Matcher c = COUNTY_AT_START.matcher(LEADING_WORDS.matcher(zone.group(1)).replaceFirst(""));
            if (c.find()) return found(head, zone.start(1), c.group(1), "开发区名称“" + zone.group(1) + "”");
        }
        Matcher committee = COUNTY_COMMITTEE.matcher(head);
        if (committee.find()) return found(head, committee.start(), committee.group(1), "正文“" + committee.group() + "”");
        if (town != null && !isMasked(town)) {
            Evidence before = countyWrittenBefore(town, head);
            if (before != null) return before;
        }
        Matcher located = LOCATED_IN_COUNTY.matcher(head);
        return located.find() ? found(head, located.start(), located.group(1), "正文“" + located.group() + "”") : null;
    }

    private static Evidence found(String text, int at, String county, String reason) {
        return new Evidence(county, ReviewYear.sentenceAround(text, at), at, at + county.length(), reason);
    }

    /** 商河县张坊镇 anywhere in the text: the county written right before the town's name. */
    private static Evidence countyWrittenBefore(String town, String text) {
        for (int at = text.indexOf(town); at > 0; at = text.indexOf(town, at + 1)) {
            Matcher m = COUNTY_AT_END.matcher(text.substring(Math.max(0, at - 8), at));
            if (m.find()) {
                String county = LEADING_WORDS.matcher(m.group(1)).replaceFirst("");
                return found(text, at - county.length(), county, "正文“" + county + town + "”");
            }
        }
        return null;
    }

    private static String stripTitlePrefix(String title) {
        return TITLE_PREFIX.matcher(title).replaceFirst("");
    }

    /**
     * Sentences end at 。！？ or a line break; a heading's marker is not part of its sentence. Each
     * sentence takes the section of the last heading before it.
     */
    static List<Sentence> sentences(String text, List<Heading> headings) {
        List<Sentence> out = new ArrayList<>();
        int h = 0;
        SectionKind section = SectionKind.SUMMARY;
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            boolean lineEnd = c == '\n';
            boolean end = lineEnd || c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
            if (!end) continue;
            int stop = lineEnd ? i : i + 1;
            while (h < headings.size() && headings.get(h).start() <= start) {
                Heading heading = headings.get(h++);
                section = heading.section();
                if (heading.start() == start) start = heading.start() + heading.marker().length();
            }
            while (start < stop && Character.isWhitespace(text.charAt(start))) start++;
            if (stop > start) out.add(new Sentence(start, stop, text.substring(start, stop), section));
            start = i + 1;
        }
        return out;
    }
}
