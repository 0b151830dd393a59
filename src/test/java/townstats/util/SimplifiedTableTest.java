package townstats.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The table {@link Simplified} reads is ICU's {@code Hant-Hans} transliteration of every character from U+3400 (below
 * it no Chinese character): each one is looked up in ICU and must map as the table says. When ICU's data change, the
 * test writes the table ICU gives to target/hant-hans.txt, to copy over src/main/resources/townstats/hant-hans.txt.
 */
class SimplifiedTableTest {
    @Test
    void theTableIsIcusTransliterationOfEveryCharacter() throws IOException {
        Transliterator icu = Transliterator.getInstance("Hant-Hans");
        StringBuilder table = new StringBuilder();
        int differ = 0;
        String first = null;
        for (int c = 0x3400; c <= 0xFFFF; c++) {
            String one = String.valueOf((char) c);
            String s = icu.transliterate(one);
            char expected = s.length() == 1 ? s.charAt(0) : (char) c;
            if (expected != c) table.append((char) c).append(expected).append('\n');
            if (Simplified.of(one).charAt(0) != expected) {
                differ++;
                if (first == null) first = one + " → " + expected + ", the table says " + Simplified.of(one);
            }
        }
        if (differ > 0) Files.writeString(Path.of("target", "hant-hans.txt"), table, StandardCharsets.UTF_8);
        assertEquals(0, differ, differ + " characters differ from ICU, the first " + first
                + "; ICU's table is in target/hant-hans.txt");
        assertEquals("固定资产投资", Simplified.of("固定資產投資"));
    }
}
