package townstats.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The CJK font every chart uses: WenQuanYi Micro Hei (文泉驿微米黑, Apache-2.0 or GPLv3 with font exception;
 * see townstats/fonts/wqy-microhei.COPYRIGHT.txt), shipped on the classpath so that charts never depend on
 * the fonts of the machine that builds the site (a server without a CJK font would draw every 汉字 as a box).
 */
public final class ChartFonts {
    public static final String RESOURCE = "/townstats/fonts/wqy-microhei.ttc";
    public static final String FAMILY = "WenQuanYi Micro Hei";

    private ChartFonts() {
    }

    private static final class Holder {
        static final Font BASE = load();
    }

    /** The font at a size and style (Font.PLAIN, Font.BOLD). */
    public static Font font(int style, float size) {
        return Holder.BASE.deriveFont(style, size);
    }

    private static Font load() {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        try (InputStream in = ChartFonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("font missing from the classpath: " + RESOURCE);
            // a .ttc holds two faces, Micro Hei and Micro Hei Mono: take the proportional one
            Font[] faces = Font.createFonts(in);
            Font chosen = faces[0];
            for (Font f : faces) {
                if (f.getFamily(java.util.Locale.ROOT).equals(FAMILY)) chosen = f;
            }
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(chosen);
            return chosen.deriveFont(Font.PLAIN, 13f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }
}
