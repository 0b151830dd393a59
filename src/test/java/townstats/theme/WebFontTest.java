package townstats.theme;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import java.io.InputStream;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The theme's fallback web font covers all of GB2312 and every character of the theme's own texts the source font has. */
class WebFontTest {
    private static final Path THEME = WebFontSubset.THEME;

    @Test
    void coversGb2312AndEveryCharacterOfTheThemesOwnTexts() throws IOException {
        TreeSet<Integer> needed = WebFontSubset.codePoints();
        assertTrue(needed.size() > 7000, "GB2312 has 6,763 汉字 plus symbols: " + needed.size());
        assertTrue(needed.containsAll(List.of((int) '·', (int) '—', (int) '›')), "the forms pages write (1—11月, 全部乡镇 · 洛阳市)");
        try (InputStream in = WebFontSubset.class.getResourceAsStream(WebFontSubset.SOURCE);
             TrueTypeCollection source = new TrueTypeCollection(in);
             TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(THEME.resolve("assets/fonts/wqy-microhei-gb2312.ttf").toFile()))) {
            CmapLookup has = source.getFontByName(WebFontSubset.FACE.replace(" ", "")).getUnicodeCmapLookup();
            CmapLookup cmap = font.getUnicodeCmapLookup();
            List<String> missing = new ArrayList<>();
            for (int c : needed) {
                if (cmap.getGlyphId(c) == 0 && c != ' ' && has.getGlyphId(c) != 0) missing.add(new String(Character.toChars(c)));
            }
            assertEquals(List.of(), missing);
            List<String> notInSource = new ArrayList<>();
            for (int c : WebFontSubset.themeTexts()) {
                if (has.getGlyphId(c) == 0) notInSource.add(new String(Character.toChars(c)));
            }
            assertEquals(List.of(), notInSource, "the theme writes characters WenQuanYi Micro Hei does not have");
        }
    }

    /** A town, county or city name never shows a box where the bundled font has the character (浉河区). */
    @Test
    void coversThePlaceNamesTheBundledFontHas() throws IOException {
        List<String> missing = new ArrayList<>();
        try (java.io.InputStream in = WebFontSubset.class.getResourceAsStream(WebFontSubset.SOURCE);
             org.apache.fontbox.ttf.TrueTypeCollection source = new org.apache.fontbox.ttf.TrueTypeCollection(in);
             TrueTypeFont shipped = new TTFParser().parse(new RandomAccessReadBufferedFile(THEME.resolve("assets/fonts/wqy-microhei-gb2312.ttf").toFile()))) {
            TrueTypeFont font = source.getFontByName(WebFontSubset.FACE.replace(" ", ""));
            if (font == null) font = source.getFontByName(WebFontSubset.FACE);
            CmapLookup has = font.getUnicodeCmapLookup();
            CmapLookup shippedHas = shipped.getUnicodeCmapLookup();
            for (int c : WebFontSubset.placeNames()) {
                if (has.getGlyphId(c) != 0 && shippedHas.getGlyphId(c) == 0) missing.add(new String(Character.toChars(c)));
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(WebFontSubset.placeNames().contains((int) '浉'), "浉河区 is a county of 信阳市");
    }

    @Test
    void theShippedFontIsWhatTheSubsetterWritesToday(@TempDir Path dir) throws IOException {
        Path fresh = dir.resolve("font.ttf");
        WebFontSubset.main(new String[] {fresh.toString()});
        assertArrayEquals(Files.readAllBytes(THEME.resolve("assets/fonts/wqy-microhei-gb2312.ttf")), Files.readAllBytes(fresh),
                "regenerate the web font with WebFontSubset (see its comment)");
        // woff2_compress gives the same bytes for the same font
        assertArrayEquals(Files.readAllBytes(THEME.resolve("assets/fonts/wqy-microhei-gb2312.woff2")),
                Files.readAllBytes(dir.resolve("font.woff2")), "regenerate the web font with WebFontSubset (see its comment)");
    }

    /** Pages fetch the WOFF2, a third of the TTF's bytes; the TTF stays for a browser without WOFF2. */
    @Test
    void pagesFetchTheWoff2First() throws IOException {
        long woff2 = Files.size(THEME.resolve("assets/fonts/wqy-microhei-gb2312.woff2"));
        long ttf = Files.size(THEME.resolve("assets/fonts/wqy-microhei-gb2312.ttf"));
        assertTrue(woff2 < ttf / 2, "WOFF2 " + woff2 + " bytes, TTF " + ttf);
        assertTrue(Files.readString(THEME.resolve("assets/site.css")).contains(
                "src: url(\"fonts/wqy-microhei-gb2312.woff2\") format(\"woff2\"), url(\"fonts/wqy-microhei-gb2312.ttf\") format(\"truetype\");"),
                "site.css offers the WOFF2 first");
    }
}
