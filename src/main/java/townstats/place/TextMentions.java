package townstats.place;

import townstats.divisions.Gazetteer;
import townstats.divisions.Township;
import townstats.divisions.Names;
import townstats.divisions.County;
import townstats.divisions.City;

import java.util.ArrayList;
import townstats.util.Simplified;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Narrows same-named townships by the counties (also by their stems: 泗洪), prefectures and provinces a report's text names:
 * 中共栾川县委 in the addressee line, 商河县张坊镇 in the title, 洛阳市, 河南省. Only the candidates' own
 * regions are looked for, so the cost is a few {@code indexOf} scans per candidate.
 */
final class TextMentions {
    private final Gazetteer g;
    private final String text;
    private final Map<String, Integer> counts = new HashMap<>();

    TextMentions(Gazetteer g, String text) {
        this.g = g;
        this.text = text == null ? "" : text;
    }

    /**
     * Keeps the candidates whose county is named most often; if several remain, those whose prefecture is,
     * then province. A level nobody's region is named at leaves the list as it is.
     */
    List<Township> narrow(List<Township> candidates) {
        List<Township> remaining = candidates;
        remaining = keepMostMentioned(remaining, t -> countyMentions(t.countyCode()));
        remaining = keepMostMentioned(remaining, t -> countyStemMentions(t.countyCode()));
        remaining = keepMostMentioned(remaining, t -> cityMentions(t.cityCode()));
        remaining = keepMostMentioned(remaining, t -> provinceMentions(t.provinceCode()));
        // 全市, 市委 / 全县, 县委 / 全区, 区委: a town speaks of the county it belongs to by its kind
        remaining = keepMostMentioned(remaining, t -> g.county(t.countyCode()).map(c -> kindMentions(c.name())).orElse(0));
        return remaining;
    }

    /**
     * The county the text itself names when no township settles it (an anonymised report): the one named most
     * often in full (counted as {@link #countyMentions} does); else the county that the townships it names lie in
     * (东北界伍家湾乡、田湾镇，东南邻柿溪乡: its neighbours, each voting for the counties its name exists in) together
     * with a 县 named by its stem standing alone (数字古田、绿色古田) and a 县 or 市 whose stem the text writes three
     * times (是宁化唯一的…是宁化最边远…); null when none leads by a clear margin.
     */
    String county() {
        Map<String, Integer> named = new HashMap<>();
        Map<String, Integer> stems = new HashMap<>();
        Map<String, Double> votes = new HashMap<>();
        for (Emit e : CountyNames.TRIE.parseText(text)) {
            for (County c : g.countiesNamed(e.getKeyword())) {
                if (Simplified.of(c.name()).equals(e.getKeyword())) {
                    named.computeIfAbsent(c.code(), this::countyMentions);
                } else {
                    stems.merge(c.code(), 1, Integer::sum);
                    if (c.name().endsWith("县") && standsAlone(e.getEnd() + 1)) votes.merge(c.code(), 0.5, Double::sum);
                }
            }
        }
        // 是宁化唯一的少数民族乡…是宁化最边远…; 在新泰注册…新泰籍: a stem written three times is the county's name
        stems.forEach((code, n) -> {
            if (n >= 3) votes.merge(code, 2.0, Double::sum);
        });
        int max = named.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> top = named.entrySet().stream().filter(e -> max > 0 && e.getValue() == max).map(Map.Entry::getKey).toList();
        if (top.size() == 1) return g.county(top.get(0)).map(County::name).orElse(null);
        for (String name : TownshipNames.TRIE.parseText(text).stream().map(Emit::getKeyword).distinct().toList()) {
            List<Township> all = g.townshipsNamed(name);
            for (Township t : all) votes.merge(t.countyCode(), 1.0 / all.size(), Double::sum);
        }
        double best = votes.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double second = votes.values().stream().mapToDouble(Double::doubleValue).filter(v -> v < best).max().orElse(0);
        long leaders = votes.values().stream().filter(v -> v == best).count();
        if (best < 2 || leaders > 1 || best - second < 1) return null;
        return votes.entrySet().stream().filter(e -> e.getValue() == best).findFirst()
                .flatMap(e -> g.county(e.getKey())).map(County::name).orElse(null);
    }

    private boolean standsAlone(int end) {
        return end >= text.length() || Character.UnicodeScript.of(text.charAt(end)) != Character.UnicodeScript.HAN;
    }

    /** Every township's name (built on first use). */
    private static final class TownshipNames {
        static final Trie TRIE = build();

        private static Trie build() {
            Trie.TrieBuilder b = Trie.builder().ignoreOverlaps();
            Gazetteer.get().townships().stream().map(t -> Simplified.of(t.name())).distinct().forEach(b::addKeyword);
            return b.build();
        }
    }

    /** Every county's full name, and the stem of every 县 and 市: one pass finds which a text names (built on first use). */
    private static final class CountyNames {
        static final Trie TRIE = build();

        private static Trie build() {
            Trie.TrieBuilder b = Trie.builder();
            for (County c : Gazetteer.get().counties()) {
                String name = Simplified.of(c.name());
                b.addKeyword(name);
                String stem = Names.countyStem(name);
                // the stems of 县 and county-level 市 (宁化, 新泰); a 区's stem is a word of its own (东城, 城区)
                if (stem != null && (name.endsWith("县") || name.endsWith("市"))) b.addKeyword(stem);
            }
            return b.build();
        }
    }

    /** How often the text speaks of a county of this kind: 全县 / 县委 / 县政府 for a 县, and so on for 市, 区, 旗. */
    private int kindMentions(String countyName) {
        String kind = countyName.substring(countyName.length() - 1);
        if ("县市区旗".indexOf(kind) < 0) return 0;
        return counts.computeIfAbsent("kind:" + kind, k -> occurrences("全" + kind) + occurrences(kind + "委")
                + occurrences(kind + "政府") + occurrences(kind + "人民政府"));
    }

    private static List<Township> keepMostMentioned(List<Township> candidates, Function<Township, Integer> mentions) {
        if (candidates.size() <= 1) return candidates;
        int max = candidates.stream().mapToInt(mentions::apply).max().orElse(0);
        if (max == 0) return candidates;
        return candidates.stream().filter(t -> mentions.apply(t) == max).toList();
    }

    /**
     * 栾川县 (and so 中共栾川县委, 栾川县委); for 县 / 自治县 also the stem before 县委 / 县政府 (长阳县委 for
     * 长阳土家族自治县). Names that are also ordinary words need more: two-character ones (和县, 新县, 城区
     * hide in 县委和县政府, 新县城) count only after 中共 or their prefecture or province name; generic ones
     * (老城区, 新城区, 市中区, see {@link Names#isGenericCounty}) also before 委 / 政府.
     */
    int countyMentions(String code) {
        return counts.computeIfAbsent(code, c -> {
            County county = g.county(c).orElse(null);
            if (county == null) return 0;
            String name = county.name();
            int n;
            if (name.length() < 3 || Names.isGenericCounty(name)) {
                List<String> before = new ArrayList<>(List.of("中共"));
                g.city(county.cityCode()).filter(City::real).ifPresent(city -> before.add(city.name()));
                g.province(county.provinceCode()).ifPresent(p -> before.add(p.name()));
                List<String> after = name.length() < 3 ? List.of() : List.of("委", "人民政府", "政府");
                n = qualifiedOccurrences(name, before, after);
            } else {
                n = occurrences(name);
            }
            String stem = Names.countyStem(name);
            if (stem != null && name.endsWith("县") && !name.equals(stem + "县")) {
                n += occurrences(stem + "县委") + occurrences(stem + "县政府") + occurrences(stem + "县人民政府");
            }
            return n;
        });
    }

    /**
     * 泗洪, 辰溪: a 县 written without its suffix (美丽泗洪, 泗洪縣委 in Traditional), asked only when the full
     * names leave several candidates.
     */
    int countyStemMentions(String code) {
        return counts.computeIfAbsent("stem:" + code, c -> {
            County county = g.county(code).orElse(null);
            // only 县: the stems of 市 and 区 are words of their own (义乌市场, 东城区域)
            if (county == null || county.name().length() < 3 || !county.name().endsWith("县")) return 0;
            String stem = Names.countyStem(county.name());
            return stem == null ? 0 : occurrences(stem);
        });
    }

    /** 洛阳市, 恩施土家族苗族自治州 or 恩施州; placeholders such as 市辖区 are never counted. */
    int cityMentions(String code) {
        return counts.computeIfAbsent(code, c -> {
            City city = g.city(c).orElse(null);
            if (city == null || !city.real()) return 0;
            int n = occurrences(city.name());
            String stem = Names.prefectureStem(city.name());
            if (stem != null) n += occurrences(stem + "州");
            return n;
        });
    }

    /** 河南省, 广西壮族自治区, 北京市: full names only, as 河南 alone also means the people or the river. */
    int provinceMentions(String code) {
        return counts.computeIfAbsent(code, c -> g.province(c).map(p -> occurrences(p.name())).orElse(0));
    }

    /**
     * Occurrences of a name as a name: 义乌市场 (a market) is not 义乌市, 东城区域 (an area) not 东城区.
     */
    private int occurrences(String needle) {
        return qualifiedOccurrences(needle, null, null);
    }

    /**
     * Occurrences of {@code needle} directly preceded by one of {@code before} or followed by one of
     * {@code after}; null lists mean any occurrence counts.
     */
    private int qualifiedOccurrences(String name, List<String> before, List<String> after) {
        String needle = Simplified.of(name); // the text is matched simplified: 乾安县 stands there as 干安县
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            int end = i + needle.length();
            if (continuesAsAnotherWord(needle, end)) continue;
            if (before == null && after == null) {
                n++;
            } else {
                int at = i;
                boolean qualified = before.stream().anyMatch(b -> text.startsWith(b, at - b.length()))
                        || after.stream().anyMatch(a -> text.startsWith(a, end));
                if (qualified) n++;
            }
        }
        return n;
    }

    private boolean continuesAsAnotherWord(String needle, int end) {
        if (end >= text.length()) return false;
        char next = text.charAt(end);
        return needle.endsWith("市") && next == '场' || needle.endsWith("区") && next == '域';
    }
}
