package townstats.place;

import townstats.divisions.Gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A town as a report writes it, reduced to the township name and what its prefix says about the region:
 * 中共河南省栾川县潭头镇委员会 → 潭头镇 in [河南省, 栾川县].
 *
 * @param town   the township name or stem (潭头镇, 潭头); empty when nothing is left
 * @param region provinces / prefectures / counties named before it
 */
record TownPhrase(String town, RegionHint region) {

    /** Separators between the parts of a phrase: 中共张坊镇委员会 张坊镇人民政府, 栾川县、潭头镇. */
    private static final String SEPARATORS = "[\\s\\u3000、，,;；/|·•]+";
    /** Quotes and brackets around a name. */
    private static final Pattern DECORATION = Pattern.compile("[《》〈〉“”‘’\"'「」『』()（）【】\\[\\]:：。.]");

    /**
     * @param alias applied to the whole phrase (an alias may name 栾川县旧名镇) and to the township part;
     *              it may turn either into a 9-digit code, which then stands as {@code town}
     */
    static TownPhrase parse(String raw, Gazetteer g, UnaryOperator<String> alias) {
        String s = alias.apply(join(raw, g));
        List<Set<String>> terms = new ArrayList<>();
        // Peel 河南省, 洛阳市, 栾川县 off the front until a township name remains.
        while (g.townshipsNamed(s).isEmpty()) {
            int len = regionPrefix(s, g);
            if (len > 0) {
                terms.add(g.regionCodesNamed(s.substring(0, len)));
            } else {
                len = countyStemPrefix(s, g); // 栾川潭头镇
                if (len == 0) break;
                terms.add(g.countyCodesWithStem(s.substring(0, len)));
            }
            s = s.substring(len);
        }
        return new TownPhrase(alias.apply(s), new RegionHint(terms));
    }

    static TownPhrase parse(String raw, Gazetteer g) {
        return parse(raw, g, UnaryOperator.identity());
    }

    /** A county hint (栾川县, 栾川, 中共栾川县委, 洛阳市栾川县) as a region; unknown words add nothing. */
    static RegionHint parseRegion(String raw, Gazetteer g) {
        if (raw == null) return RegionHint.NONE;
        String s = join(raw, g);
        List<Set<String>> terms = new ArrayList<>();
        while (!s.isEmpty()) {
            Set<String> whole = g.regionCodesNamed(s);
            if (!whole.isEmpty()) {
                terms.add(whole);
                break;
            }
            int len = regionPrefix(s, g);
            if (len == 0) {
                Set<String> stem = g.countyCodesWithStem(s); // 栾川 → 栾川县
                if (!stem.isEmpty()) terms.add(stem);
                break;
            }
            terms.add(g.regionCodesNamed(s.substring(0, len)));
            s = s.substring(len);
        }
        return new RegionHint(terms);
    }

    /** True when {@code s} is a township's name, possibly after region names (沙雅县塔河管理委员会). */
    private static boolean endsInTownship(String s, Gazetteer g) {
        while (g.townshipsNamed(s).isEmpty()) {
            int len = regionPrefix(s, g);
            if (len == 0) return false;
            s = s.substring(len);
        }
        return true;
    }

    /** Length of the longest region name starting {@code s} that leaves at least two characters, or 0. */
    private static int regionPrefix(String s, Gazetteer g) {
        for (int len = Math.min(s.length() - 2, g.longestRegionName()); len >= 2; len--) {
            if (!g.regionCodesNamed(s.substring(0, len)).isEmpty()) return len;
        }
        return 0;
    }

    /**
     * Length of a county stem starting {@code s} (栾川 in 栾川潭头镇), or 0. Stems are short and common, so
     * only when {@code s} is no township's name or stem itself, and what follows names a township of that
     * very county.
     */
    private static int countyStemPrefix(String s, Gazetteer g) {
        if (!g.townshipsWithStem(s).isEmpty()) return 0;
        for (int len = s.length() - 2; len >= 2; len--) {
            Set<String> counties = g.countyCodesWithStem(s.substring(0, len));
            if (counties.isEmpty()) continue;
            String tail = s.substring(len);
            if (Stream.concat(g.townshipsNamed(tail).stream(), g.townshipsWithStem(tail).stream())
                    .anyMatch(t -> counties.contains(t.countyCode()))) {
                return len;
            }
        }
        return 0;
    }

    /** Unwraps each part, drops repeats (the same town in a two-line signature) and joins the rest. */
    private static String join(String raw, Gazetteer g) {
        String whole = raw.strip();
        if (endsInTownship(whole, g)) return whole; // 额敏（兵地、辽阳）工业园区 holds a separator
        List<String> parts = new ArrayList<>();
        for (String token : whole.split(SEPARATORS)) {
            // Real names may hold brackets (科技城（东渚街道）) or end in 委员会 / 办事处: keep those whole.
            String t = endsInTownship(token, g) ? token : unwrap(DECORATION.matcher(token).replaceAll(""));
            if (!t.isEmpty() && !parts.contains(t)) parts.add(t);
        }
        return String.join("", parts);
    }

    /** 中共潭头镇委员会, 潭头镇人民政府, 潭头镇党委, 城关街道办事处, 中共栾川县委 → the division's own name. */
    static String unwrap(String s) {
        String before;
        do {
            before = s;
            s = stripPrefix(s, "中国共产党", "中共");
            s = stripSuffix(s, "工作委员会", "委员会", "人民政府", "政府", "党工委", "党委");
            if (s.endsWith("街道办事处")) s = s.substring(0, s.length() - 3);
            if (s.endsWith("街道办")) s = s.substring(0, s.length() - 1);
            // 中共栾川县委, 潭头镇委: the 委 of a party committee after the division's suffix
            if (s.length() > 2 && s.endsWith("委") && "镇乡县市区旗道".indexOf(s.charAt(s.length() - 2)) >= 0) {
                s = s.substring(0, s.length() - 1);
            }
        } while (!s.equals(before));
        return s;
    }

    private static String stripPrefix(String s, String... prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p) && s.length() > p.length()) return s.substring(p.length());
        }
        return s;
    }

    private static String stripSuffix(String s, String... suffixes) {
        for (String x : suffixes) {
            if (s.endsWith(x) && s.length() > x.length()) return s.substring(0, s.length() - x.length());
        }
        return s;
    }
}
