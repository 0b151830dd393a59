package townstats.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import townstats.divisions.Gazetteer;
import townstats.divisions.Names;
import townstats.util.Simplified;
import townstats.model.Evidence;

/**
 * The town a report is about, read from the whole document: every place the text names a township counts, and the
 * name it uses most often wins. A name is a real township's name (the divisions list 41,000 of them), so the words
 * before it in its sentence (结合凉泉乡, 全面融入平湖镇) never stick to it: the longest real name that ends at a
 * 镇 / 乡 / 街道 / 街 is taken. A name the divisions lack still counts where the text says it is the report's own
 * (中共X镇委员会, X镇人民政府, 在X镇第十八届人民代表大会). Neighbours (东邻柿溪乡, 南与山泉镇接壤) never count; the
 * title counts three times, an issuing body twice. A name is given in the document's own characters (靈秀鎮).
 */
final class TownNames {
    private static final List<String> SUFFIXES = List.of("街道", "苏木", "镇", "乡", "街");
    /** After 乡, characters that make it a word of its own: 乡镇, 乡村, 乡土, 乡亲, 乡贤, 乡愁, 乡情, 乡风, 乡音, 乡邻. */
    private static final String XIANG_WORDS = "镇村土亲贤愁情风音邻";
    /** Characters that hide a name: XX镇, *镇, 某镇, ○○乡. */
    static final String MASK = "XxＸｘ*＊×※某○□■△oOｏＯ";
    /** How many characters of a name may stand before its suffix (the divisions' longest is 9). */
    private static final int LONGEST = 10;
    /** After a name: the body it names issues or addresses the report (潭头镇人民政府, 潭头镇党委, 第十八届人民代表大会). */
    private static final Pattern ISSUER_AFTER = Pattern.compile(
            "(?:人民政府|政府|党委|党工委|工委|委员会|办事处|人大|第[一二三四五六七八九十\\d]{1,3}届|\\d{4}年)");
    /** Before a name, within its clause: it is a neighbour (东邻, 东北界, 西南接). */
    private static final Pattern NEIGHBOUR_BEFORE = Pattern.compile(
            "(?:[东南西北]|东南|东北|西南|西北)(?:面|边|部|侧)?(?:与|和)?(?:邻|接|连|界|靠|毗邻|紧邻|相邻|交界|接壤|隔)[^，,。；;]{0,12}$");
    /** After a name, within its clause: 南与山泉镇接壤, 与柿溪乡相邻. */
    private static final Pattern NEIGHBOUR_AFTER = Pattern.compile("^[、和及与]?[^，,。；;]{0,12}?(?:接壤|交界|毗邻|相邻|相连|相望|为邻)");
    private static final String HAN = "\\p{IsHan}";
    /** Where a name that the divisions lack may still be the report's own town. */
    private static final List<Pattern> OWN_NAME = List.of(
            Pattern.compile("中共([" + HAN + "]{2,8}?(?:镇|乡|街道))(?:党)?(?:委员会|工作委员会|党委|委)"),
            Pattern.compile("([" + HAN + "]{2,8}?(?:镇|乡|街道))(?:人民政府|办事处)"),
            Pattern.compile("在([" + HAN + "]{2,8}?(?:镇|乡))第[一二三四五六七八九十]{1,3}届人民代表大会"));
    /** The praise that officials put before a place's name: 美丽陶堰, 实力陶堰, 数字古田. */
    static final Pattern SLOGAN = Pattern.compile("(?:美丽|实力|平安|幸福|生态|活力|文明|和谐|魅力|数字|绿色|开放|健康|品质|智慧|人文|富裕|宜居|秀美|锦绣|三个|五个)$");
    /** A title that begins with the town's name and the year: 红星回族乡2024年工作计划, 关于潭头镇2022年工作总结. */
    private static final Pattern TITLE_NAME = Pattern.compile(
            "(?:中共|关于)?([" + HAN + "]{2,8}?(?:镇|乡|街道))(?:党委|人民政府|党委政府|政府|办事处)?(?:关于)?\\d{4}年");
    /** A county written before a town's name in a title (商河县张坊镇): not part of the name. */
    private static final Pattern COUNTY_PREFIX = Pattern.compile("^[" + HAN + "]{1,6}?(?:自治县|县|市|区|旗)(?=[" + HAN + "]{2,})");
    /** The words each of {@link #OWN_NAME} holds, where it is sought. */
    private static final List<List<String>> OWN_NAME_ANCHORS = List.of(List.of("中共"), List.of("人民政府", "办事处"),
            List.of("人民代表大会"));
    /** Words the patterns above take for a name: 我谨代表镇, 2022年镇人民政府, 乡镇. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "代表|关于|政府|报告|工作|总结|人民|党委|委员|^[我本全该各年]|^乡镇$|^城镇$|^街道$");
    private static final Pattern LEADING_WORDS = Pattern.compile("^(?:中共|关于|位于|地处|在|与|和|及|对|向|为|年度?)+");

    /** What the document says of its town: the name as written (or a masked one) and the evidence. */
    record Found(String name, boolean masked, Evidence evidence) {
    }

    /**
     * One place the text names a township: {@code name} as the divisions spell it, {@code written} in the text's
     * characters, at {@code start} in the text (-1: in the title).
     */
    private record Mention(String name, String written, int start, int weight, boolean masked, String reason) {
    }

    private final Gazetteer gazetteer;

    TownNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param title   the title as written
     * @param written the cleaned text as written (Traditional stays Traditional)
     * @return the town, or null when the document names none (not even a masked one)
     */
    Found find(String title, String written) {
        if (!ReviewYear.looksLikeTitle(title)) title = "";
        String text = matchable(written);
        String matchTitle = matchable(title);
        List<Mention> mentions = new ArrayList<>();
        scan(matchTitle + "\n", title + "\n", 0, 3, true, mentions);
        int[] titleLine = ReviewYear.titleLine(text, matchTitle);
        scan(text.substring(0, titleLine[0]), written, 0, 1, false, mentions);
        scan(text, written, titleLine[1], 1, false, mentions);
        ownNames(text, written, mentions);
        titleName(matchTitle, title, mentions);
        if (mentions.stream().allMatch(Mention::masked)) stemNames(text, written, mentions);

        mentions = withoutCommonWords(mentions, text);
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        int maskedWeight = 0;
        Mention firstMasked = null;
        for (Mention m : mentions) {
            if (!m.masked()) {
                byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m);
            } else {
                maskedWeight += m.weight();
                if (firstMasked == null) firstMasked = m;
            }
        }
        List<Mention> best = byName.values().stream()
                .max(Comparator.<List<Mention>>comparingInt(TownNames::weight).thenComparing(l -> -firstStart(l)))
                .orElse(null);
        if (best != null && (weight(best) >= maskedWeight || best.size() >= 3)) {
            Mention shown = mostWritten(best);
            String reason = best.size() > 1 ? "文中" + best.size() + "次提到“" + shown.written() + "”" : shown.reason();
            return new Found(shown.written(), false, evidence(shown, title, written, reason));
        }
        if (firstMasked == null) return null;
        return new Found(firstMasked.written(), true, evidence(firstMasked, title, written, firstMasked.reason()));
    }

    /**
     * Township names whose stem is a word the text uses on its own far more often (建设街道 in a text full of 建设,
     * 发展乡 amid 发展): such a name is that word followed by 街道 / 乡, unless an issuing body stands by it.
     */
    private static List<Mention> withoutCommonWords(List<Mention> mentions, String text) {
        Map<String, Long> named = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (!m.masked() && m.start() >= 0) named.merge(m.name(), 1L, Long::sum);
        }
        Map<String, Boolean> word = new LinkedHashMap<>(); // name → its stem is a word of the text (counted once a name)
        return mentions.stream().filter(m -> {
            Long n = named.get(m.name());
            if (m.masked() || n == null || m.weight() > 1) return true;
            return !word.computeIfAbsent(m.name(), name -> {
                String stem = Names.townBase(name);
                return stem != null && occurrences(text, stem) >= 3 * n + 2;
            });
        }).toList();
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) n++;
        return n;
    }

    private static Evidence evidence(Mention m, String title, String written, String reason) {
        if (m.start() < 0) return new Evidence(m.written(), title, -1, -1, reason);
        return new Evidence(m.written(), ReviewYear.sentenceAround(written, m.start()), m.start(),
                m.start() + m.written().length(), reason);
    }

    private static int weight(List<Mention> mentions) {
        return mentions.stream().mapToInt(Mention::weight).sum();
    }

    private static int firstStart(List<Mention> mentions) {
        return mentions.stream().mapToInt(m -> m.start() < 0 ? Integer.MAX_VALUE : m.start()).min().orElse(Integer.MAX_VALUE);
    }

    /** The written form used most often (the first of equals), so that 济沁河乡 wins over a garbled 济淡河乡. */
    private static Mention mostWritten(List<Mention> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : mentions) counts.merge(m.written(), 1, Integer::sum);
        String top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return mentions.stream().filter(m -> m.written().equals(top) && m.start() >= 0).findFirst()
                .orElse(mentions.stream().filter(m -> m.written().equals(top)).findFirst().orElseThrow());
    }

    /** The township names ending at each suffix of {@code s} (its written twin {@code w}) from {@code from}. */
    private void scan(String s, String w, int from, int weight, boolean title, List<Mention> out) {
        for (int i = from; i < s.length(); i++) {
            String suffix = suffixAt(s, i);
            if (suffix == null) continue;
            int end = i + suffix.length();
            if (suffix.equals("乡") && end < s.length() && XIANG_WORDS.indexOf(s.charAt(end)) >= 0) continue; // 振兴乡镇, 美丽乡村
            int runStart = i;
            while (runStart > 0 && i - runStart < LONGEST && isNameChar(s.charAt(runStart - 1))) runStart--;
            String name = null;
            int start = i;
            for (int k = runStart; k < i && name == null; k++) {
                String candidate = s.substring(k, end);
                // 大龙街: Guangzhou writes its 街道 without 道
                if (suffix.equals("街")) candidate += "道";
                if (!gazetteer.townshipsNamed(candidate).isEmpty()) {
                    name = candidate;
                    start = k;
                }
            }
            if (name == null && i > 0 && MASK.indexOf(s.charAt(i - 1)) >= 0) {
                int m = i;
                while (m > 0 && MASK.indexOf(s.charAt(m - 1)) >= 0) m--;
                String hidden = w.substring(m, end);
                out.add(new Mention(s.substring(m, end), hidden, title ? -1 : m, weight, true,
                        title ? "标题隐去了乡镇名称（" + hidden + "）" : "文中隐去了乡镇名称（" + hidden + "）"));
            } else if (name != null && !isNeighbour(s, start, end) && !(start > 0 && s.charAt(start - 1) == '的')) {
                // 的高山乡, 的毛竹大乡: a description that happens to be some township's name
                boolean issuer = ISSUER_AFTER.matcher(s).region(end, s.length()).lookingAt()
                        || s.startsWith("中共", Math.max(0, start - 2));
                String as = w.substring(start, end);
                out.add(new Mention(name, as, title ? -1 : start, weight * (issuer ? 2 : 1), false,
                        title ? "标题中的“" + as + "”" : "文中提到“" + as + "”"));
            }
            i = end - 1;
        }
    }

    /** Names the divisions lack, where the text says they are its own (the issuing party committee or government). */
    private void ownNames(String text, String written, List<Mention> out) {
        for (int k = 0; k < OWN_NAME.size(); k++) {
            Pattern p = OWN_NAME.get(k);
            // searched only around the words each pattern holds (中共, 人民政府 / 办事处, 人民代表大会): a whole text scan
            // with a lazy name before them costs milliseconds a report
            Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (String anchor : OWN_NAME_ANCHORS.get(k)) {
                for (int at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
                    m.region(Math.max(0, at - 14), Math.min(text.length(), at + 24));
                    while (m.find()) {
                        if (seen.add(m.start(1))) ownName(m, text, written, out);
                    }
                }
            }
        }
    }

    private void ownName(Matcher m, String text, String written, List<Mention> out) {
        String name = LEADING_WORDS.matcher(m.group(1)).replaceFirst("");
        if (name.length() < 2 || name.length() > 7 || NOT_A_NAME.matcher(name).find() || name.chars().anyMatch(c -> MASK.indexOf(c) >= 0)) return;
        if (!gazetteer.townshipsNamed(name).isEmpty() || endsInRealName(name)) return; // counted by the scan
        int start = m.end(1) - name.length();
        String as = written.substring(start, m.end(1));
        out.add(new Mention(name, as, start, 2, false, "文中“" + written.substring(m.start(), m.end()) + "”"));
    }

    /** A name the divisions lack, leading the title before its year (红星回族乡2024年工作计划). */
    private void titleName(String matchTitle, String title, List<Mention> out) {
        Matcher m = TITLE_NAME.matcher(matchTitle);
        if (!m.lookingAt()) return;
        String name = COUNTY_PREFIX.matcher(LEADING_WORDS.matcher(m.group(1)).replaceFirst("")).replaceFirst(""); // 测试县恶意镇
        if (name.length() < 2 || NOT_A_NAME.matcher(name).find() || !gazetteer.townshipsNamed(name).isEmpty() || endsInRealName(name)) return;
        String as = title.substring(m.end(1) - name.length(), m.end(1));
        out.add(new Mention(name, as, -1, 3, false, "标题中的“" + as + "”"));
    }

    /**
     * The town named only by its stem, the suffix left to the reader (实力陶堰、美丽陶堰、平安陶堰 in a report of the
     * 街道办事处): a township's stem written at least three times, twice in a slogan (实力X, 美丽X, 平安X: 五区建设 is
     * no 建设街道) and standing alone (followed by a mark, not by more of a word: 招商引资 is no 招商街道), where the
     * word the report uses of itself (街道, 全镇, 我乡) names that township's kind. Sought only when no name is
     * written in full.
     */
    private void stemNames(String text, String written, List<Mention> out) {
        String kind = text.contains("街道") ? "街道" : text.contains("全镇") || text.contains("我镇") ? "镇"
                : text.contains("全乡") || text.contains("我乡") ? "乡" : null;
        if (kind == null) return;
        Map<String, List<Integer>> seen = new LinkedHashMap<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            for (int len = 4; len >= 2; len--) {
                if (i + len > text.length()) continue;
                String stem = text.substring(i, i + len);
                if (gazetteer.townshipsNamed(stem + kind).isEmpty() || !gazetteer.countiesNamed(stem).isEmpty()) continue;
                seen.computeIfAbsent(stem, k -> new ArrayList<>()).add(i);
                break;
            }
        }
        seen.forEach((stem, at) -> {
            long alone = at.stream().filter(i -> i + stem.length() >= text.length() || !isNameChar(text.charAt(i + stem.length()))).count();
            long slogans = at.stream().filter(i -> SLOGAN.matcher(text.substring(Math.max(0, i - 2), i)).find()).count();
            if (at.size() < 3 || alone < 2 || slogans < 2) return;
            int first = at.get(0);
            for (int ignored : at) {
                out.add(new Mention(stem + kind, stem + kind, first, 1, false,
                        "文中" + at.size() + "次以简称“" + written.substring(first, first + stem.length()) + "”提到" + stem + kind));
            }
        });
    }

    /** True when a real township's name ends the phrase (its words before it are other words). */
    private boolean endsInRealName(String phrase) {
        for (int k = 1; k < phrase.length() - 1; k++) {
            if (!gazetteer.townshipsNamed(phrase.substring(k)).isEmpty()) return true;
        }
        return false;
    }

    /** Simplified, with variant characters folded as the divisions write them (畬族 → 畲族). */
    static String matchable(String s) {
        return Names.foldVariants(Simplified.of(s));
    }

    private static String suffixAt(String s, int i) {
        char c = s.charAt(i);
        if (c != '镇' && c != '乡' && c != '街' && c != '苏') return null; // most characters begin no suffix
        for (String suffix : SUFFIXES) {
            if (s.startsWith(suffix, i)) return suffix;
        }
        return null;
    }

    private static boolean isNameChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || MASK.indexOf(c) >= 0;
    }

    /** 东北界伍家湾乡、田湾镇; 南与山泉镇接壤: a neighbouring township. */
    private static boolean isNeighbour(String s, int start, int end) {
        int clause = start;
        while (clause > 0 && "，,。；;\n".indexOf(s.charAt(clause - 1)) < 0) clause--;
        if (NEIGHBOUR_BEFORE.matcher(s.substring(clause, start)).find()) return true;
        int stop = end;
        while (stop < s.length() && "，,。；;\n".indexOf(s.charAt(stop)) < 0) stop++;
        return NEIGHBOUR_AFTER.matcher(s.substring(end, stop)).find();
    }
}
