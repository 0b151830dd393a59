package townstats.theme;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The theme's fallback web font covers every character the theme itself writes and all of GB2312. */
class WebFontTest {
    private static final Path THEME = Path.of("themes/default");

    @Test
    void coversGb2312AndEveryCharacterOfTheThemesOwnTexts() throws IOException {
        TreeSet<Integer> needed = WebFontSubset.codePoints();
        assertTrue(needed.size() > 7000, "GB2312 has 6,763 汉字 plus symbols: " + needed.size());
        try (Stream<Path> files = Files.walk(THEME)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ftlh") || p.toString().endsWith(".properties")).toList()) {
                Files.readString(f, StandardCharsets.UTF_8).codePoints()
                        .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).forEach(needed::add);
            }
        }
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(THEME.resolve("assets/fonts/wqy-microhei-gb2312.ttf").toFile()))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            List<String> missing = new ArrayList<>();
            for (int c : needed) {
                if (cmap.getGlyphId(c) == 0 && c != ' ') missing.add(new String(Character.toChars(c)));
            }
            assertEquals(List.of(), missing);
        }
    }

    @Test
    void theShippedFontIsWhatTheSubsetterWritesToday(@TempDir Path dir) throws IOException {
        Path fresh = dir.resolve("font.ttf");
        WebFontSubset.main(new String[] {fresh.toString()});
        assertArrayEquals(Files.readAllBytes(THEME.resolve("assets/fonts/wqy-microhei-gb2312.ttf")), Files.readAllBytes(fresh),
                "regenerate the web font with WebFontSubset (see its comment)");
    }
}
