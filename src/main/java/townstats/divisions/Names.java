package townstats.divisions;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Spelling rules for division names: suffixes, ethnic qualifiers, anonymised placeholders. */
public final class Names {
    private Names() {
    }

    /** Township suffixes, longest first so 街道办事处 wins over 办事处 and 民族乡 over 乡. */
    private static final List<String> TOWN_SUFFIXES =
            List.of("街道办事处", "民族苏木", "民族乡", "民族镇", "办事处", "街道", "苏木", "镇", "乡");

    private static final List<String> COUNTY_SUFFIXES =
            List.of("自治县", "自治旗", "特区", "林区", "县", "市", "区", "旗");

    /**
     * The 55 minority peoples as they appear in names (蒙古族, and 蒙古 / 维吾尔 / 哈萨克 / 柯尔克孜 as
     * prefecture names write them), longest first so 蒙古族 is stripped whole.
     */
    private static final List<String> ETHNIC = sortedLongestFirst(List.of(
            "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族",
            "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族",
            "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族",
            "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族",
            "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族",
            "赫哲族", "门巴族", "珞巴族", "基诺族", "蒙古", "维吾尔", "哈萨克", "柯尔克孜"));

    /**
     * County names that are also ordinary words in a report (老城区改造, 新城区建设, 市中区域): found in a text
     * only when qualified (洛阳市老城区, 老城区委), see {@link TextMentions}.
     */
    private static final Set<String> GENERIC_COUNTIES = Set.of(
            "新城区", "老城区", "城中区", "城东区", "城西区", "城南区", "城北区", "城关区", "城厢区", "市中区",
            "市北区", "市南区", "新市区", "新区", "和平区", "新华区", "解放区", "工农区", "友好区", "光明区",
            "前进区", "向阳区", "复兴区", "振兴区", "红旗区", "太平区", "古城区", "江北区", "江南区", "河东区",
            "河西区", "河北区", "河口区", "桥东区", "桥西区", "铁东区", "铁西区", "站前区", "开发区", "平安区",
            "长安区", "安定区", "永定区", "大通区", "港口区");

    /** Characters that stand in for a hidden name: XX镇, *镇, ＊＊镇, 某镇, ○○镇 (not 〇, a zero: 二九〇农场). */
    private static final Pattern PLACEHOLDER = Pattern.compile("[XxＸｘ*＊×※某○□■△?？]|匿名");

    /** What is left of an anonymised name once its placeholders are gone: 乡镇, 镇, 我镇 ... */
    private static final Pattern BARE = Pattern.compile("(我|本|全|该)?(乡镇|街道|镇|乡)");

    /** 潭头镇 → 潭头, 红星回族乡 → 红星回族; null when the name has no township suffix or nothing before it. */
    public static String townBase(String name) {
        for (String suffix : TOWN_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }

    /** 栾川县 → 栾川, 长阳土家族自治县 → 长阳, 鄂温克族自治旗 → 鄂温克; null when the stem would be under 2 characters. */
    public static String countyStem(String name) {
        for (String suffix : COUNTY_SUFFIXES) {
            if (name.endsWith(suffix)) {
                String stem = stripEthnic(name.substring(0, name.length() - suffix.length()));
                return stem.length() >= 2 ? stem : null;
            }
        }
        return null;
    }

    /** 恩施土家族苗族自治州 → 恩施, so that 恩施州 counts as a mention; null for other prefectures. */
    public static String prefectureStem(String name) {
        if (!name.endsWith("自治州")) return null;
        String stem = stripEthnic(name.substring(0, name.length() - 3));
        return stem.length() >= 2 ? stem : null;
    }

    /** Strips trailing ethnic names (红星回族 → 红星, 牛场苗族彝族 → 牛场) but never down to nothing. */
    public static String stripEthnic(String base) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String people : ETHNIC) {
                if (base.endsWith(people) && base.length() > people.length()) {
                    base = base.substring(0, base.length() - people.length());
                    changed = true;
                    break;
                }
            }
        }
        return base;
    }

    /**
     * A text as the divisions spell it, once simplified: variant characters folded (畬族 → 畲族, as in 崇儒畲族乡).
     * Character for character, so offsets stay valid.
     */
    public static String foldVariants(String simplified) {
        return simplified.replace('畬', '畲');
    }

    public static boolean isGenericCounty(String name) {
        return GENERIC_COUNTIES.contains(name);
    }

    /** XX镇, *镇, 某镇, 匿名乡镇·3F2A, or a bare 乡镇 / 镇 / 我镇: a name that hides the real one. */
    public static boolean looksAnonymised(String phrase) {
        if (phrase == null) return false;
        String s = phrase.strip();
        return PLACEHOLDER.matcher(s).find() || BARE.matcher(s).matches();
    }

    private static List<String> sortedLongestFirst(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
