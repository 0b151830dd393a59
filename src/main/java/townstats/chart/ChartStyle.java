package townstats.chart;

import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

import java.awt.Color;
import java.awt.Font;

/** One look for every chart: the shipped CJK font on every text element, white background, quiet grid. */
final class ChartStyle {
    static final Color BAR = new Color(0x4C78A8);
    static final Color HIGHLIGHT = new Color(0xE45756);
    static final Color MEDIAN = new Color(0x54A24B);
    static final Color GREY = new Color(0x9E9E9E);
    static final Color[] SERIES = {BAR, new Color(0xF58518), MEDIAN, HIGHLIGHT, new Color(0x72B7B2), new Color(0xB279A2)};

    private ChartStyle() {
    }

    static void apply(Styler s) {
        Font base = ChartFonts.font(Font.PLAIN, 13f);
        s.setBaseFont(base);
        s.setChartTitleFont(ChartFonts.font(Font.BOLD, 18f));
        s.setLegendFont(base);
        s.setAnnotationTextFont(ChartFonts.font(Font.PLAIN, 12f));
        s.setAnnotationTextPanelFont(ChartFonts.font(Font.PLAIN, 12f));
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
        s.setChartPadding(12);
        s.setAntiAlias(true);
        if (s instanceof AxesChartStyler a) {
            a.setAxisTitleFont(ChartFonts.font(Font.PLAIN, 14f));
            a.setAxisTickLabelsFont(ChartFonts.font(Font.PLAIN, 13f));
            a.setPlotGridLinesColor(new Color(0xE0E0E0));
            a.setAxisTickMarksColor(GREY);
        }
    }
}
