package townstats.theme;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * Writes the theme's fallback web font: the bundled WenQuanYi Micro Hei cut down to GB2312 (all 6,763 common
 * 汉字, CJK punctuation, full-width forms) plus ASCII. Pages name it last in their font stack, so a browser
 * with Microsoft YaHei, PingFang or Noto CJK never loads it, and one without any CJK font (a bare Linux
 * kiosk, a headless browser) shows 汉字 instead of boxes. Run once when the source font changes:
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test &&
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) townstats.theme.WebFontSubset}
 */
public final class WebFontSubset {
    static final String SOURCE = "/townstats/fonts/wqy-microhei.ttc";
    static final String FACE = "WenQuanYi Micro Hei";
    static final Path TARGET = Path.of("themes/default/assets/fonts/wqy-microhei-gb2312.ttf");

    private WebFontSubset() {
    }

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : TARGET;
        TreeSet<Integer> points = codePoints();
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (InputStream in = WebFontSubset.class.getResourceAsStream(SOURCE);
             TrueTypeCollection collection = new TrueTypeCollection(in);
             OutputStream out = Files.newOutputStream(target)) {
            TrueTypeFont font = collection.getFontByName(FACE.replace(" ", ""));
            if (font == null) font = collection.getFontByName(FACE);
            if (font == null) throw new IllegalStateException(FACE + " not found in " + SOURCE);
            TTFSubsetter subsetter = new TTFSubsetter(font);
            subsetter.addAll(points);
            subsetter.writeToStream(out);
        }
        System.out.println("wrote " + target + " (" + Files.size(target) / 1024 + " KB, " + points.size() + " code points)");
    }

    /** ASCII and every BMP character that GB2312 can encode, in code point order. */
    static TreeSet<Integer> codePoints() {
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        TreeSet<Integer> points = new TreeSet<>();
        for (int c = 0x20; c < 0x7f; c++) points.add(c);
        for (int c = 0x80; c <= 0xffff; c++) {
            if (!Character.isSurrogate((char) c) && gb2312.canEncode((char) c)) points.add(c);
        }
        return points;
    }
}
