package townstats.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import townstats.model.Heading;
import townstats.model.SectionKind;

/** The render package's small parts: slugs, report HTML, Markdown pages, settings, ranks. */
class RenderUnitsTest {
    @Test
    void slugsArePinyinWithoutAdministrativeSuffixes() {
        assertEquals("luanchuan-tantou", Slugs.slug("栾川县", "潭头镇"));
        assertEquals("shanghe-zhangfang", Slugs.slug("商河县", "张坊镇"));
        assertEquals("tantouzhen", Slugs.pinyin("潭头镇", ""));
        assertEquals("ttz", Slugs.initials("潭头镇"));
        assertEquals("x", Slugs.slug("《》", "!!"));
        assertTrue(Slugs.slug("../../etc", "<script>").matches("[a-z0-9-]+"));
        assertEquals("lvliang", Slugs.slug("吕梁市"));
        Slugs.Unique u = new Slugs.Unique();
        assertEquals("a", u.take("a"));
        assertEquals("a-2", u.take("a"));
        assertEquals("a-3", u.take("a"));
    }

    /** A profile's 存在的问题 lists problems: not the line that announces them, nor the promise that closes them. */
    @Test
    void problemItemsAreProblems() {
        assertTrue(TownPages.isProblemItem("一是要素保障压力较大，用地、资金等瓶颈制约依然突出。"));
        assertTrue(TownPages.isProblemItem("对外开放水平不高，招商引资难度加大。"));
        assertFalse(TownPages.isProblemItem("总结工作，仍存在以下问题："));
        assertFalse(TownPages.isProblemItem("对此，我们将高度重视，在今后工作中认真加以解决。"));
        assertFalse(TownPages.isProblemItem("针对上述问题，我们要切实采取措施加以改进。"));
        assertFalse(TownPages.isProblemItem("对于这些问题，镇党委政府将认真研究解决。"));
        assertFalse(TownPages.isProblemItem("存在不足。"));
        // the lead-in that opens a sentence of the list is the part's title, said again
        assertEquals("一是经济总量偏小，经济结构待优化。", TownPages.afterLeadIn("在肯定成绩的同时，我们也深刻认识到工作中还存在不少困难和不足，主要表现在：一是经济总量偏小，经济结构待优化。"));
        assertEquals("一是企业创新能力不足，产品科技含量不高；", TownPages.afterLeadIn("回顾一年来的工作，我们也清醒地看到还存在一些困难和问题：一是企业创新能力不足，产品科技含量不高；"));
        assertEquals("招商引资难度加大：项目少。", TownPages.afterLeadIn("招商引资难度加大：项目少。"));
        assertEquals("存在以下问题：不多。", TownPages.afterLeadIn("存在以下问题：不多。"));
    }

    @Test
    void reportHtmlEscapesEverythingAndMarksFigures() {
        String text = "一、总体情况\n财政收入4410万元<script>x</script> ${7*7} **b** & <#if>\n（一）经济。完成了。";
        List<Heading> headings = List.of(new Heading(1, "一、", "总体情况", SectionKind.SUMMARY, 0, 6),
                new Heading(2, "（一）", "经济", SectionKind.SUMMARY, text.indexOf("（一）"), text.indexOf("。")));
        int s = text.indexOf("财政");
        ReportHtml.Rendered r = ReportHtml.render(text, headings, List.of(
                new ReportHtml.Mark(s, s + 10, "f-1", "财政总收入：4,410 万元 \"q\"", "../../rankings/a.html"),
                new ReportHtml.Mark(s + 2, s + 5, "f-2", "overlaps", null)));
        String html = r.html();
        assertTrue(html.startsWith("<h2 id=\"h-0\">一、总体情况</h2>"), html);
        assertTrue(html.contains("<h3 id=\"h-1\">（一）经济。</h3>\n<p>完成了。</p>"), html);
        assertTrue(html.contains("<a class=\"fact\" href=\"../../rankings/a.html\"><mark id=\"f-1\" title=\"财政总收入：4,410 万元 &quot;q&quot;\">财政收入4410万元</mark></a>"), html);
        assertTrue(html.contains("&lt;script&gt;x&lt;/script&gt; ${7*7} **b** &amp; &lt;#if&gt;"), html);
        assertEquals(java.util.Set.of("f-1"), r.markIds());
    }

    @Test
    void markdownPagesEscapeRawHtml() {
        String html = MarkdownPages.toHtml("## 标题\n\n<script>alert(1)</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertTrue(html.contains("<h2 id=\"标题\">标题</h2>") || html.contains("<h2"), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<table>"), html);
    }

    @Test
    void settingsHaveDefaultsAndNormaliseTheBaseUrl() throws Exception {
        SiteSettings d = SiteSettings.parse("");
        assertEquals("乡镇年度工作报告比较", d.title());
        assertNull(d.baseUrl());
        SiteSettings s = SiteSettings.parse("title: 某县乡镇报告\nbase_url: http://intra.example/ts\norganisation: 某县统计局\n");
        assertEquals("某县乡镇报告", s.title());
        assertEquals("http://intra.example/ts/", s.baseUrl());
        assertEquals("zh-CN", s.language());
    }

    @Test
    void rootPrefixFollowsDepth() {
        assertEquals("", SiteContext.rootOf("index.html"));
        assertEquals("../", SiteContext.rootOf("rankings/gdp-2022.html"));
        assertEquals("../../", SiteContext.rootOf("towns/luanchuan-tantou/index.html"));
    }
}
