package townstats.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 22's acceptance: the site-wide check ({@link SiteAudit}) finds nothing on the sample site and on the generated
 * 300-report site (built with --exports): no history series mixing periods unmarked, no rank from a table of fewer
 * towns than the stated minimum, no peer group said twice, one count of composite towns, one form per figure.
 */
class SiteAuditTest {
    @Test
    void sampleSite() throws IOException {
        audit(TestSite.site());
    }

    @Test
    void generatedSite() throws IOException {
        java.util.Map<SiteAudit.Kind, Integer> checked = audit(GeneratedSite.site()).checked();
        // each kind had something to look at: header lines, ranks, history charts, composite claims, stocks …
        for (SiteAudit.Kind k : SiteAudit.Kind.values()) {
            assertTrue(checked.get(k) > 0, "the check of " + k + " looked at nothing: " + checked);
        }
        assertTrue(checked.get(SiteAudit.Kind.MIXED_SERIES) >= 50, "history charts looked at: " + checked);
        assertTrue(checked.get(SiteAudit.Kind.SMALL_TABLE_RANK) >= 1000, "ranks looked at: " + checked);
        assertTrue(checked.get(SiteAudit.Kind.COMPOSITE_COUNT) >= 50, "composite places looked at: " + checked);
    }

    private static SiteAudit.Result audit(Path site) throws IOException {
        SiteAudit.Result result = SiteAudit.audit(site);
        List<SiteAudit.Finding> findings = result.findings();
        System.out.println("site audit " + site + ": " + SiteAudit.counts(findings) + ", looked at " + result.checked());
        assertEquals(List.of(), findings.subList(0, Math.min(30, findings.size())), findings.size() + " findings " + SiteAudit.counts(findings));
        return result;
    }

    /**
     * The check finds each kind where a page has it: a small site written by hand with one of each (two towns of one
     * county, so their groups hold the same towns; a county table of 3 towns ranking one of them first).
     */
    @Test
    void findsEachKindOnAPageThatHasIt(@org.junit.jupiter.api.io.TempDir Path site) throws IOException {
        write(site, "data/reports.json", """
                {"reports":[{"id":"a","source":"a.txt","town":"甲镇","county":"某县","city":"某市","province":"某省","division_code":"110101001","anonymised":false,"year":2023},
                {"id":"b","source":"b.txt","town":"乙镇","county":"某县","city":"某市","province":"某省","division_code":"110101002","anonymised":false,"year":2023}]}""");
        write(site, "data/rankings/index.json", "{\"rankings\":[{\"file\":\"gdp/2023.json\"}]}");
        write(site, "data/rankings/gdp/2023.json", """
                {"rankings":[{"indicator":"gdp","year":2023,"group":"county:110101","measure":"value","period":null,"n":3,
                "entries":[{"report":"a","rank":1},{"report":"b","rank":2}]}]}""");
        write(site, "reports/a-2023/index.html", page("<section class=\"facts\"><table class=\"data\"><thead><tr><th>#</th><th>指标</th><th>数值</th>"
                + "<th>单位</th><th>同比增长</th><th>时期</th></tr></thead><tbody><tr><td>1</td><th>总人口</th><td>43,400</td><td>人</td>"
                + "<td>-0.9%</td><td>全年</td></tr></tbody></table></section><p class=\"meta\">原文件：a.txt</p>"));
        write(site, "towns/a/index.html", page("<h1>甲镇</h1><section class=\"year\"><h2>2023年 <small>t</small></h2>"
                + "<div class=\"standing\"><ul class=\"standings\"><li>在全部2个乡镇中：综合发展指数第2（9个乡镇参与计算），1项排名中1项居前三</li>"
                + "<li>在某县2个乡镇中：1项排名中1项居前三</li></ul>"
                + "<p class=\"strengths\"><strong>优势指标</strong> <a href=\"x\">地区生产总值</a> <span class=\"meta\">某县第1/3</span></p></div>"
                + "<p class=\"actions\"><a href=\"../../reports/a-2023/index.html\">阅读全文</a></p>"
                + "<ul class=\"cards\"><li class=\"card\" data-indicator=\"gdp\"><h4>地区生产总值</h4><p class=\"card-value\">383,600 万元</p>"
                + "<p class=\"rank-lead\" data-group=\"county:110101\" data-measure=\"value\" data-rank=\"1\">在某县3个乡镇中第1</p></li>"
                + "<li class=\"card\" data-indicator=\"population\"><h4>总人口</h4><p><span class=\"badge badge-period\">1—9月</span>"
                + "<span class=\"badge\">约</span></p></li></ul>"
                + "<div class=\"charts\"><figure class=\"chart\"><img alt=\"甲镇财政总收入历年变化折线图\"><figcaption>甲镇财政总收入历年变化折线图："
                + "2022年2,788万元，2023年2,307万元。村集体经济收入增长-0.9%</figcaption></figure></div>"
                + "<div class=\"grid-2\"><section class=\"highlights\"><ul><li>财政总收入同比增长7.…</li></ul></section>"
                + "<section class=\"problems\"><ul><li>仍存在以下问题：</li></ul></section></div></section>"
                + "<section class=\"history\"><table class=\"data\"><thead><tr><th>指标</th><th>2023年</th><th>2022年</th></tr></thead>"
                + "<tbody><tr><th>财政总收入</th><td>2,307 万元（1—9月）</td><td>2,788 万元</td></tr></tbody></table></section>"));
        write(site, "towns/b/index.html", page("<h1>乙镇</h1><ul><li><span class=\"badge\">约数</span></li></ul>"));
        write(site, "towns/c/index.html", page("<h1>丙镇</h1><ul><li><span class=\"badge\">约数</span></li></ul>"));
        write(site, "composite.html", page("<p class=\"note\">综合发展指数……方法见 。</p>"
                + "<section id=\"y2023\"><table class=\"data\"><caption>2023年 综合发展指数（50）</caption><tbody><tr><td>1</td></tr></tbody></table>"
                + "<table class=\"data\"><caption>2023年 指标权重</caption><tbody><tr><th>地区生产总值</th></tr></tbody></table></section>"
                + "<section id=\"y2022\"><table class=\"data\"><caption>2022年 综合发展指数（40）</caption><tbody><tr><td>1</td></tr></tbody></table>"
                + "<table class=\"data\"><caption>2022年 指标权重</caption><tbody><tr><th>税收收入</th></tr></tbody></table></section>"));
        write(site, "index.html", page("<section class=\"hero\"><dl class=\"stats\"><div><dt>乡镇</dt><dd>3</dd></div></dl></section>"
                + "<h2>全部乡镇</h2><ul class=\"town-chips\"><li>甲镇</li></ul>"));
        // a theme counted for 2 towns and quoted from one
        write(site, "topics/problems-2023.html", page("<table class=\"data topic-counts\"><caption>2023年共性问题 · 提到各主题的乡镇（共9个乡镇）</caption>"
                + "<thead><tr><th>主题</th><th>提到的乡镇数</th><th>占比</th></tr></thead><tbody><tr data-theme=\"fiscal\"><th>财政收支矛盾</th>"
                + "<td class=\"num towns\">2</td><td>22%</td></tr></tbody></table><section class=\"theme\" data-theme=\"fiscal\"><ul class=\"quotes\">"
                + "<li><a class=\"town\" href=\"../towns/a/index.html\">甲镇</a>：<q><a href=\"../reports/a-2023/index.html#s-5\">财政收支矛盾突出。</a></q></li>"
                + "</ul></section>"));
        write(site, "assets/site.css", "@media print { .x, figure.chart figcaption { display: none !important; } }");
        SiteAudit.Result result = SiteAudit.audit(site);
        java.util.Map<SiteAudit.Kind, Integer> counts = SiteAudit.counts(result.findings());
        for (SiteAudit.Kind k : SiteAudit.Kind.values()) assertTrue(counts.get(k) > 0, k + " not found: " + result.findings());
    }

    /** A row that names its unit in its head (上年目标完成情况: 重点项目总投资（数值，万元）) holds money from 1亿 on in 万元. */
    @Test
    void findsMoneyInTenThousandsUnderARowHead(@org.junit.jupiter.api.io.TempDir Path site) throws IOException {
        write(site, "data/reports.json", "{\"reports\":[]}");
        write(site, "towns/a/index.html", page("<table class=\"data\"><caption>2023年 · 上年目标完成情况</caption><thead><tr><th>指标</th>"
                + "<th>上年目标</th><th>本年实际</th></tr></thead><tbody><tr><th scope=\"row\">重点项目总投资（数值，万元）</th>"
                + "<td>652,800</td><td>569,700</td></tr></tbody></table>"));
        write(site, "towns/b/index.html", page("<table class=\"data\"><caption>2023年 · 上年目标完成情况</caption><thead><tr><th>指标</th>"
                + "<th>上年目标</th><th>本年实际</th></tr></thead><tbody><tr><th scope=\"row\">重点项目总投资（数值）</th>"
                + "<td>65.28 亿元</td><td>56.97 亿元</td></tr></tbody></table>"));
        List<String> found = SiteAudit.audit(site).findings().stream()
                .filter(f -> f.kind() == SiteAudit.Kind.TWO_UNITS).map(SiteAudit.Finding::where).toList();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("towns/a/index.html"), found.toString());
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html><body><main>" + body + "</main></body></html>";
    }

    private static void write(Path site, String path, String text) throws IOException {
        java.nio.file.Files.createDirectories(site.resolve(path).getParent());
        java.nio.file.Files.writeString(site.resolve(path), text);
    }
}
