package townstats.util;

import com.ibm.icu.text.Transliterator;

/**
 * Traditional → simplified Chinese, character by character, so that text keeps its length and every
 * offset stays valid (固定資產投資 → 固定资产投资). Matching runs on this view; quotes keep the original.
 */
public final class Simplified {
    private static final Transliterator HANT_TO_HANS = Transliterator.getInstance("Hant-Hans");
    /** Per-character cache; 0 = not looked up yet. Races are benign: every thread computes the same char. */
    private static final char[] CACHE = new char[65536];

    private Simplified() {
    }

    public static String of(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x3400) continue;
            char s = simplify(c);
            if (s != c) {
                if (chars == null) chars = text.toCharArray();
                chars[i] = s;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static char simplify(char c) {
        char cached = CACHE[c];
        if (cached != 0) return cached;
        String s;
        synchronized (HANT_TO_HANS) {
            s = HANT_TO_HANS.transliterate(String.valueOf(c));
        }
        char result = s.length() == 1 ? s.charAt(0) : c;
        CACHE[c] = result;
        return result;
    }
}
