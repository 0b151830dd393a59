package townstats.chart;

import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

import java.awt.Color;
import java.awt.Font;

/**
 * One look for every chart: the shipped CJK font on every text element, white background, quiet grid. The
 * fonts are sized for a phone: a chart drawn {@link Charts#WIDTH} px wide shrinks to ~358 px on a 390 px
 * screen, and its smallest text ({@link Charts#MIN_FONT_PX}) must still read at 11 px there.
 */
final class ChartStyle {
    static final Color BAR = new Color(0x4C78A8);
    static final Color HIGHLIGHT = new Color(0xE45756);
    static final Color MEDIAN = new Color(0x54A24B);
    static final Color GREY = new Color(0x9E9E9E);
    static final Color[] SERIES = {BAR, new Color(0xF58518), MEDIAN, HIGHLIGHT, new Color(0x72B7B2), new Color(0xB279A2)};

    private ChartStyle() {
    }

    static final float TEXT = 15f;
    static final float TITLE = 16f;
    static final float SMALL = Charts.MIN_FONT_PX;

    static void apply(Styler s) {
        Font base = ChartFonts.font(Font.PLAIN, TEXT);
        s.setBaseFont(base);
        s.setChartTitleFont(ChartFonts.font(Font.BOLD, TITLE));
        s.setLegendFont(base);
        s.setAnnotationTextFont(ChartFonts.font(Font.PLAIN, SMALL));
        s.setAnnotationTextPanelFont(ChartFonts.font(Font.PLAIN, SMALL));
        s.setToolTipFont(base);
        s.setChartButtonFont(base);
        s.setAnnotationTextFontColor(Color.DARK_GRAY);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setLegendBorderColor(Color.WHITE);
        s.setChartTitleBoxBackgroundColor(Color.WHITE);
        s.setChartTitleBoxBorderColor(Color.WHITE);
        s.setSeriesColors(SERIES);
        s.setChartPadding(8);
        s.setAntiAlias(true);
        if (s instanceof AxesChartStyler a) {
            a.setAxisTitleFont(ChartFonts.font(Font.PLAIN, SMALL));
            a.setAxisTickLabelsFont(ChartFonts.font(Font.PLAIN, TEXT));
            a.setPlotGridLinesColor(new Color(0xE0E0E0));
            a.setAxisTickMarksColor(GREY);
        }
    }

    /** How wide {@code text} is drawn at {@code size} px in the chart font. */
    static double width(String text, float size, int style) {
        return ChartFonts.font(style, size).getStringBounds(text, FRC).getWidth();
    }

    /**
     * The first of {@code candidates} (longest first) that fits as a title or x-axis title; else the last. XChart
     * centres both on the plot, not on the chart: one fits while it is no wider than the plot and twice its small
     * right margin.
     */
    static String fitTitle(double plotWidth, String... candidates) {
        return fit(TITLE, Font.BOLD, plotWidth, candidates);
    }

    static String fitAxisTitle(double plotWidth, String... candidates) {
        return fit(SMALL, Font.PLAIN, plotWidth, candidates);
    }

    private static String fit(float size, int style, double plotWidth, String... candidates) {
        for (String c : candidates) {
            if (width(c, size, style) <= plotWidth + 12) return c;
        }
        return candidates[candidates.length - 1];
    }

    /** A plot's width beside y-axis tick labels as wide as {@code widestLabel} px (plus the axis title and paddings). */
    static double plotWidth(double widestLabel) {
        return Math.max(120, Charts.WIDTH - widestLabel - 40);
    }

    /** The same for numeric y ticks up to {@code maxAbs}: "400,000" is ~55 px. */
    static double plotWidthForNumbers(double maxAbs) {
        return plotWidth(width(Labels.number(-Math.abs(maxAbs)), TEXT, Font.PLAIN));
    }

    private static final java.awt.font.FontRenderContext FRC = new java.awt.font.FontRenderContext(null, true, true);
}
