package townstats.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traditional → simplified Chinese, character by character, so that text keeps its length and every
 * offset stays valid (固定資產投資 → 固定资产投资). Matching runs on this view; quotes keep the original.
 *
 * <p>The characters are ICU's {@code Hant-Hans} transliteration of each character, kept as a table ({@link #TABLE},
 * every character it changes and what it becomes): building ICU's transliterator takes half a second, which a build
 * reading one changed report would spend for a lookup. {@code SimplifiedTableTest} checks the table against ICU,
 * character by character, and writes a new one when ICU's data differ.
 */
public final class Simplified {
    /** The resource: a line per character ICU changes, the traditional one and its simplified form. */
    public static final String TABLE = "/townstats/hant-hans.txt";
    private static final char[] TO = load();

    private Simplified() {
    }

    public static String of(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char s = TO[c];
            if (s != c) {
                if (chars == null) chars = text.toCharArray();
                chars[i] = s;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static char[] load() {
        char[] to = new char[65536];
        for (int c = 0; c < to.length; c++) to[c] = (char) c;
        try (InputStream in = Simplified.class.getResourceAsStream(TABLE)) {
            if (in == null) throw new IllegalStateException("missing resource " + TABLE);
            String table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : table.split("\n")) {
                if (line.length() >= 2) to[line.charAt(0)] = line.charAt(1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }
}
