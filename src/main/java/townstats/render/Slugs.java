package townstats.render;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * ASCII names for URLs and search: 潭头镇 → tantou (slug) / tantouzhen (pinyin) / ttz (initials).
 * Polyphonic characters take their first reading; a wrong tone of a rare name only changes a URL.
 */
public final class Slugs {
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Slugs() {
    }

    /** Pinyin syllables of {@code s} joined by {@code sep}; ASCII letters and digits are kept, the rest dropped. */
    public static String pinyin(String s, String sep) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder();
        StringBuilder ascii = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                ascii.append(Character.toLowerCase(c));
                continue;
            }
            flush(sb, ascii, sep);
            String syllable = syllable(c);
            if (syllable != null) {
                if (!sb.isEmpty()) sb.append(sep);
                sb.append(syllable);
            }
        }
        flush(sb, ascii, sep);
        return sb.toString();
    }

    /** First letters of the pinyin syllables: 潭头镇 → ttz. */
    public static String initials(String s) {
        StringBuilder sb = new StringBuilder();
        for (String part : pinyin(s, " ").split(" ")) {
            if (!part.isEmpty()) sb.append(part.charAt(0));
        }
        return sb.toString();
    }

    /** A URL segment of [a-z0-9-] only, never empty: 栾川县 潭头镇 → luanchuan-tantou (suffixes dropped). */
    public static String slug(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            String p = clean(pinyin(stripSuffix(part), ""));
            if (p.isEmpty()) continue;
            if (!sb.isEmpty()) sb.append('-');
            sb.append(p);
        }
        String s = clean(sb.toString());
        if (s.length() > 60) s = s.substring(0, 60).replaceAll("-+$", "");
        return s.isEmpty() ? "x" : s;
    }

    /** Keeps [a-z0-9-], collapses dashes. */
    public static String clean(String s) {
        return EDGE_DASHES.matcher(NOT_SLUG.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    }

    private static final java.util.regex.Pattern NOT_SLUG = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGE_DASHES = java.util.regex.Pattern.compile("^-+|-+$");

    /** Drops the administrative suffix so the slug reads like the place (潭头镇 → 潭头, 栾川县 → 栾川). */
    static String stripSuffix(String name) {
        if (name == null) return "";
        String n = name.strip();
        for (String suffix : new String[] {"街道办事处", "街道", "自治县", "镇", "乡", "县", "市", "区", "旗"}) {
            if (n.length() > suffix.length() && n.endsWith(suffix)) return n.substring(0, n.length() - suffix.length());
        }
        return n;
    }

    private static void flush(StringBuilder sb, StringBuilder ascii, String sep) {
        if (ascii.isEmpty()) return;
        if (!sb.isEmpty()) sb.append(sep);
        sb.append(ascii);
        ascii.setLength(0);
    }

    /** A character's first reading, looked up once per character (every build names every town again). */
    private static String syllable(char c) {
        return SYLLABLES.computeIfAbsent(c, k -> {
            try {
                String[] readings = PinyinHelper.toHanyuPinyinStringArray(k, FORMAT);
                return readings == null || readings.length == 0 ? "" : readings[0];
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException(e);
            }
        }).transform(r -> r.isEmpty() ? null : r);
    }

    private static final java.util.Map<Character, String> SYLLABLES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Hands out unique slugs: the second luanchuan-tantou becomes luanchuan-tantou-2. */
    public static final class Unique {
        private final Set<String> used = new HashSet<>();

        public String take(String slug) {
            String s = slug;
            for (int i = 2; !used.add(s); i++) s = slug + "-" + i;
            return s;
        }
    }
}
