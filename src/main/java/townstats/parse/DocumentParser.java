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
import townstats.ingest.Simplified;
import townstats.model.Document;
import townstats.model.Heading;
import townstats.model.Metadata;
import townstats.model.Report;
import townstats.model.SectionKind;
import townstats.model.Sentence;

/** Reads a report's title, town, county, year, outline and sentences. */
public final class DocumentParser {
    public static final String ANONYMISED_PREFIX = "匿名乡镇·";

    private static final String HAN = "\\p{IsHan}";
    private static final String MASK = "X×xＸ*＊某";
    /** A place name: Han characters or mask characters (XX镇, *镇). */
    private static final String NAME = "[" + HAN + MASK + "]";
    private static final Pattern PARTY_COMMITTEE = Pattern.compile(
            "中共(" + NAME + "{1,12}?(?:镇|乡|街道|街道工委|街道办事处))(?:党)?(?:委员会|工作委员会|党委|委)");
    private static final Pattern GOVERNMENT = Pattern.compile(
            "(" + NAME + "{1,12}?(?:镇|乡|街道))(?:人民政府|办事处)");
    private static final Pattern COUNTY_COMMITTEE = Pattern.compile(
            "中共(" + NAME + "{1,8}?(?:县|市|区|旗))(?:委员会|委)(?!员)");
    private static final Pattern COUNTY_THEN_TOWN = Pattern.compile(
            "(" + NAME + "{1,6}?(?:自治县|县|市|区|旗))(" + NAME + "{1,8}?(?:镇|乡|街道))");
    private static final Pattern TOWN_BEFORE_YEAR = Pattern.compile(
            "(" + NAME + "{1,14}?(?:镇|乡|街道|办事处))(?:党委|人民政府|党委政府|政府)?(?:关于)?(?:\\d{4}年)");
    /** 2022年潭湾镇政府工作报告, 2022年度半城镇工作总结: the town after the year. */
    private static final Pattern TOWN_AFTER_YEAR = Pattern.compile(
            "\\d{4}年度?(" + NAME + "{2,8}?(?:镇|乡|街道))(?=党委|人民政府|政府|工作|经济|社会|年|暨|$)");
    /** 泗洪经济开发区（青阳街道）: the township named in brackets after a development zone, and the zone. */
    private static final String ZONE = "(?:开发区|园区|工业区|集中区|新区|新城|管委会)";
    private static final Pattern TOWN_IN_BRACKETS = Pattern.compile(
            "(" + NAME + "{2,14}?" + ZONE + ")[（(](" + NAME + "{2,8}?(?:镇|乡|街道))[）)]");
    /** The zone word and bracket alone: a cheap test that spares most reports the slow search above. */
    private static final Pattern ZONE_BRACKET = Pattern.compile(ZONE + "[（(]");
    /** 在潭湾镇第十八届人民代表大会: the town of the congress a government work report is given to. */
    private static final Pattern TOWN_CONGRESS = Pattern.compile(
            "在(" + NAME + "{2,8}?(?:镇|乡))第[一二三四五六七八九十]{1,3}届人民代表大会");
    /** 2022年，潭湾镇在县委…; 过去一年，界集镇党委…: the town as the subject of a clause of the body. */
    private static final Pattern TOWN_IN_BODY = Pattern.compile(
            "(?:^|[，。；：\\n]|\\d{4}年[，,]?)(" + NAME + "{2,6}?(?:镇|乡|街道))"
                    + "(?=党委|人民政府|政府|坚持|紧扣|紧紧|认真|始终|全面|以|在|围绕|聚焦|深入|立足|牢牢|共|地处|位于|是)");
    /** 我谨代表镇人民政府, 2022年镇人民政府: words a name pattern takes for a town. */
    private static final Pattern NOT_A_NAME = Pattern.compile("代表|^[我本全该各](?:镇|乡|街道)$");
    /** 2023年1月6日在…人民代表大会: a report given early in the year reviews the year before. */
    private static final Pattern CONGRESS_DATE = Pattern.compile("(\\d{4})年([1-3])月");
    private static final Pattern TOWN_LOCATED = Pattern.compile(
            "(" + NAME + "{1,8}?(?:镇|乡|街道))(?:地处|位于|东邻|西邻|南邻|北邻|东接|辖区面积|总面积|镇域|乡域|是)");
    private static final Pattern ISSUER = Pattern.compile("^(?:中共\\S{1,14}委员会|\\S{1,14}(?:人民政府|办事处))$");
    private static final Pattern COUNTY_AT_START = Pattern.compile("^(" + NAME + "{1,6}?(?:自治县|县|市|旗))");
    private static final Pattern COUNTY_AT_END = Pattern.compile("(" + NAME + "{1,6}?(?:自治县|县|市|区|旗))$");
    private static final Pattern LEADING_WORDS = Pattern.compile("^(?:中共|关于|位于|地处|在|与|和|及|对|向|为)+");
    private static final Pattern LOCATED_IN_COUNTY = Pattern.compile("位于(" + NAME + "{1,6}?(?:自治县|县|市|区|旗))");
    private static final Pattern TITLE_PREFIX = Pattern.compile("^(?:中共" + NAME + "{1,14}?(?:委员会|党委)|关于)+");
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("(\\d{4})年(?:度)?(.{0,12})");
    /** How many of the first lines may state the year when the title does not. */
    private static final int HEAD_LINES = 6;
    private static final Pattern SUMMARY_WORDS = Pattern.compile(
            "^(?:[^\\d]{0,6})?(?:工作总结|总结|工作情况|工作开展|工作完成|工作回顾|高质量发展|特色亮点|亮点|工作报告|述职|主要工作|工作汇报|经济社会发展)");
    private static final Pattern PLAN_WORDS = Pattern.compile("^(?:[^\\d]{0,4})?(?:工作)?(?:打算|计划|安排|谋划|思路|要点|重点)");
    private static final Pattern INTRO_YEAR = Pattern.compile("(?:^|\\n)(\\d{4})年(?:以来|来|，|,|是|全镇|全乡|我镇|我乡)");
    private static final Pattern MASKED_TOWN = Pattern.compile("(?:^|[^" + HAN + "])[" + MASK + "]{1,4}(?:镇|乡)|^乡镇$|^镇$|^乡$");

    private DocumentParser() {
    }

    public static Document parse(Report report) {
        String text = report.text();
        String match = Simplified.of(text);
        Metadata stated = report.metadata();
        List<String> warnings = new ArrayList<>();

        String title = stated.title() != null ? stated.title() : title(text);
        String matchTitle = Simplified.of(title);
        Integer year = stated.year() != null ? stated.year() : year(matchTitle, match);
        if (year == null) warnings.add("年份不明: no year found in the title or the first headings");

        String[] townCounty = townAndCounty(matchTitle, match);
        String town = stated.town() != null ? stated.town() : townCounty[0];
        String county = stated.county() != null ? stated.county() : townCounty[1];
        if (county != null && isMasked(county)) county = null;
        boolean anonymised = stated.town() == null && (town == null || isMasked(town));
        if (anonymised) town = anonymousLabel(report.id());

        List<Heading> headings = Outline.headings(text, match, year);
        List<Sentence> sentences = sentences(text, headings);
        return new Document(report, title, town, county, year, anonymised, headings, sentences, warnings);
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
     * The first non-empty line, cut at 80 characters; when that line only names the issuer
     * (中共潭头镇委员会) the next line is the title.
     */
    static String title(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(2).toList();
        if (lines.isEmpty()) return "";
        String t = lines.size() > 1 && ISSUER.matcher(lines.get(0)).matches() ? lines.get(1) : lines.get(0);
        return t.length() <= 80 ? t : t.substring(0, 80) + "…";
    }

    /**
     * The year whose work is summarised: in 2022年工作总结暨2023年工作打算 the year before 总结 (2022), or
     * the plan year minus one when only a plan year is named; else the year of the first headings or
     * of the opening sentence (2022年，在县委…).
     */
    static Integer year(String title, String text) {
        Integer fromTitle = yearOf(title);
        if (fromTitle != null) return fromTitle;
        Integer plain = plainYear(title); // 潭湾镇2022年经济运行情况, 归仁镇2022年工作综述
        if (plain != null) return plain;
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(HEAD_LINES).toList();
        String head = String.join("\n", lines);
        Matcher congress = CONGRESS_DATE.matcher(head);
        if (head.contains("人民代表大会") && congress.find()) return Integer.parseInt(congress.group(1)) - 1;
        for (String line : lines) {
            Integer y = yearOf(line); // 2023年1月10日⏎双沟镇人民政府⏎双沟镇2022年工作总结
            if (y != null) return y;
        }
        int firstHeadings = Math.min(text.length(), 3000);
        for (String line : text.substring(0, firstHeadings).split("\n")) {
            Matcher marker = HeadingMarker.PATTERN.matcher(line);
            if (marker.lookingAt()) {
                Integer y = yearOf(line.substring(marker.end()));
                if (y != null) return y;
            }
        }
        Matcher intro = INTRO_YEAR.matcher(text.substring(0, firstHeadings));
        return intro.find() ? Integer.valueOf(intro.group(1)) : null;
    }

    /** The first year of a title that names no month (2023年1月10日 is a date, not the year reviewed). */
    private static Integer plainYear(String title) {
        Matcher m = YEAR_IN_TITLE.matcher(title);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y >= 1990 && y <= 2100 && !m.group(2).matches("^\\d{1,2}月[\\s\\S]*")) return y;
        }
        return null;
    }

    private static Integer yearOf(String s) {
        Integer summary = null;
        Integer plan = null;
        Integer any = null;
        Matcher m = YEAR_IN_TITLE.matcher(s);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y < 1990 || y > 2100) continue;
            String after = m.group(2);
            if (summary == null && SUMMARY_WORDS.matcher(after).find()) summary = y;
            else if (plan == null && PLAN_WORDS.matcher(after).find()) plan = y;
            if (any == null) any = y;
        }
        if (summary != null) return summary;
        if (plan != null) return any != null && any < plan ? any : plan - 1;
        return null;
    }

    /** {town, county}: from the party committee or government name, the title, then the opening lines. */
    static String[] townAndCounty(String title, String text) {
        String head = text.substring(0, Math.min(text.length(), 4000));
        String town = null;
        String county = null;
        Matcher ct = COUNTY_THEN_TOWN.matcher(stripTitlePrefix(title));
        if (ct.lookingAt()) {
            county = ct.group(1);
            town = ct.group(2);
        }
        Matcher zone = TOWN_IN_BRACKETS.matcher(title + "\n" + head);
        if (town == null && ZONE_BRACKET.matcher(title + "\n" + head).find() && zone.find()) {
            town = zone.group(2); // 泗洪县经济开发区（青阳街道）
            Matcher c = COUNTY_AT_START.matcher(LEADING_WORDS.matcher(zone.group(1)).replaceFirst(""));
            if (county == null && c.find()) county = c.group(1);
        }
        String plainTitle = stripTitlePrefix(title);
        if (town == null) town = firstTown(TOWN_BEFORE_YEAR, plainTitle);
        if (town == null) town = firstTown(TOWN_AFTER_YEAR, plainTitle);
        if (town == null) town = firstTown(PARTY_COMMITTEE, head);
        if (town == null) town = firstTown(GOVERNMENT, head);
        if (town == null) town = firstTown(TOWN_CONGRESS, head);
        if (town == null) town = firstTown(TOWN_LOCATED, head);
        if (town == null) town = firstTown(TOWN_BEFORE_YEAR, head); // 双沟镇2022年度工作总结如下
        if (town == null) town = firstTown(TOWN_IN_BODY, head); // found later when the title lacks it
        if (town == null && MASKED_TOWN.matcher(title).find()) town = "XX镇";
        if (town != null) {
            Matcher split = COUNTY_THEN_TOWN.matcher(town);
            if (split.matches()) {
                county = county == null ? split.group(1) : county;
                town = split.group(2);
            }
            town = town.replaceAll("(街道)(?:工委|办事处)$", "$1").replaceAll("办事处$", "街道");
        }
        if (county == null) county = firstGroup(COUNTY_COMMITTEE, head);
        if (county == null && town != null && !isMasked(town)) county = countyWrittenBefore(town, head);
        if (county == null) county = firstGroup(LOCATED_IN_COUNTY, head);
        return new String[] {town, county};
    }

    /** 商河县张坊镇 anywhere in the text: the county written right before the town's name. */
    private static String countyWrittenBefore(String town, String text) {
        for (int at = text.indexOf(town); at > 0; at = text.indexOf(town, at + 1)) {
            Matcher m = COUNTY_AT_END.matcher(text.substring(Math.max(0, at - 8), at));
            if (m.find()) return LEADING_WORDS.matcher(m.group(1)).replaceFirst("");
        }
        return null;
    }

    private static String stripTitlePrefix(String title) {
        return TITLE_PREFIX.matcher(title).replaceFirst("");
    }

    /** The first town the pattern finds that is a name (not 我谨代表镇 or 年镇), with leading words and 年 taken off. */
    private static String firstTown(Pattern p, String s) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            String town = LEADING_WORDS.matcher(m.group(1)).replaceFirst("");
            town = town.replaceFirst("^年度?", ""); // 关于2022年归仁镇
            if (town.length() > 1 && !NOT_A_NAME.matcher(town).find() && !town.matches("乡镇|街道")) return town;
        }
        return null;
    }

    private static String firstGroup(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
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
