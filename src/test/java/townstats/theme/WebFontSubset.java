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
 * 汉字, CJK punctuation, full-width forms) plus ASCII, plus every character of China's division names that the font
 * has (浉河区, 垟, 埇桥区: place names use ~150 characters beyond GB2312). Pages name it last in their font stack, so a browser
 * with Microsoft YaHei, PingFang or Noto CJK never loads it, and one without any CJK font (a bare Linux
 * kiosk, a headless browser) shows 汉字 instead of boxes. Pages fetch it as WOFF2 (Brotli, about a third of the
 * TTF's bytes), written beside the TTF by Debian's {@code woff2_compress} (package woff2); the TTF stays as the
 * fallback of a browser without WOFF2. Run once when the source font changes:
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test &&
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) townstats.theme.WebFontSubset}
 */
public final class WebFontSubset {
    static final String SOURCE = "/townstats/fonts/wqy-microhei.ttc";
    static final String FACE = "WenQuanYi Micro Hei";
    static final Path THEME = Path.of("themes/default");
    static final Path TARGET = THEME.resolve("assets/fonts/wqy-microhei-gb2312.ttf");

    private WebFontSubset() {
    }

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : TARGET;
        TreeSet<Integer> points = codePoints();
        points.addAll(placeNames());
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
        Path woff2 = woff2(target);
        System.out.println("wrote " + target + " (" + Files.size(target) / 1024 + " KB, " + points.size() + " code points) and "
                + woff2.getFileName() + " (" + Files.size(woff2) / 1024 + " KB)");
    }

    /** Every character of the division names the place stage resolves towns with (src/main/resources/townstats/divisions/). */
    static TreeSet<Integer> placeNames() throws IOException {
        TreeSet<Integer> points = new TreeSet<>();
        for (String file : new String[] {"provinces", "cities", "areas", "streets"}) {
            try (InputStream in = WebFontSubset.class.getResourceAsStream("/townstats/divisions/" + file + ".csv")) {
                if (in == null) throw new IOException("no divisions file " + file + ".csv");
                new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).codePoints().filter(c -> c > 0x7f).forEach(points::add);
            }
        }
        return points;
    }

    /** Compresses {@code ttf} into NAME.woff2 beside it with woff2_compress (the same bytes for the same font). */
    static Path woff2(Path ttf) throws IOException {
        Process p = new ProcessBuilder("woff2_compress", ttf.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) throw new IOException("woff2_compress failed: " + log.strip());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        String name = ttf.getFileName().toString();
        return ttf.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".woff2");
    }

    /**
     * ASCII; every character of GB2312, in its own mapping and in GBK's, which pages write (A1A4 is U+30FB in GB2312's
     * table and · U+00B7 in GBK's, A1AA U+2015 and — U+2014: 1—11月, 全部乡镇 · 洛阳市); and every character of the
     * theme's own texts (templates, messages, styles and scripts: › of the pager, ⇅ of a sortable column), in code
     * point order.
     */
    static TreeSet<Integer> codePoints() throws IOException {
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        java.nio.charset.CharsetDecoder gbk = Charset.forName("GBK").newDecoder();
        TreeSet<Integer> points = new TreeSet<>();
        for (int c = 0x20; c < 0x7f; c++) points.add(c);
        for (int c = 0x80; c <= 0xffff; c++) {
            if (!Character.isSurrogate((char) c) && gb2312.canEncode((char) c)) points.add(c);
        }
        for (int hi = 0xA1; hi <= 0xF7; hi++) {
            for (int lo = 0xA1; lo <= 0xFE; lo++) {
                try {
                    char c = gbk.decode(java.nio.ByteBuffer.wrap(new byte[] {(byte) hi, (byte) lo})).charAt(0);
                    if (Character.getType(c) != Character.PRIVATE_USE) points.add((int) c); // GBK's user-defined rows
                } catch (java.nio.charset.CharacterCodingException e) {
                    // a free place of the table
                }
            }
        }
        points.addAll(themeTexts());
        return points;
    }

    /** Every character beyond ASCII that the default theme writes (its templates, messages, styles and scripts). */
    static TreeSet<Integer> themeTexts() throws IOException {
        TreeSet<Integer> points = new TreeSet<>();
        try (java.util.stream.Stream<Path> files = Files.walk(THEME)) {
            for (Path f : files.filter(p -> p.toString().matches(".*\\.(ftlh|properties|css|js)")).sorted().toList()) {
                Files.readString(f, java.nio.charset.StandardCharsets.UTF_8).codePoints()
                        .filter(c -> c > 0x7f && !Character.isWhitespace(c)).forEach(points::add);
            }
        }
        return points;
    }
}
