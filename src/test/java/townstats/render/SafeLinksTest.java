package townstats.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Markdown pages link only to http, https, mailto and relative addresses; base_url must be an http(s) address. */
class SafeLinksTest {
    /** Markdown → what its link or image must render as: javascript: in every spelling keeps only its text. */
    private static final Map<String, String> REFUSED = Map.ofEntries(
            // flexmark itself renders a plain lowercase javascript: link (or reference, or autolink) as its text only
            Map.entry("[x](javascript:alert(1))", "<p>x</p>\n"),
            Map.entry("[x](JaVaScRiPt:alert(1))", "<p><a>x</a></p>\n"),
            Map.entry("[x](&#106;avascript:alert(1))", "<p><a>x</a></p>\n"),
            Map.entry("[x](&#x6A;avascript:alert(1))", "<p><a>x</a></p>\n"),
            Map.entry("[x](&#0000106;avascript&colon;alert(1))", "<p><a>x</a></p>\n"),
            Map.entry("[x](java&#9;script:alert(1))", "<p><a>x</a></p>\n"),
            Map.entry("[x](&#32;javascript:alert(1))", "<p><a>x</a></p>\n"),
            Map.entry("[x](<java\tscript:alert(1)>)", "<p>[x](&lt;java\tscript:alert(1)&gt;)</p>\n"),
            Map.entry("[x](vbscript:msgbox(1))", "<p><a>x</a></p>\n"),
            Map.entry("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "<p><a>x</a></p>\n"),
            Map.entry("[x][r]\n\n[r]: javascript:alert(1)", "<p>x</p>\n"),
            Map.entry("[x][r]\n\n[r]: JAVASCRIPT:alert(1)", "<p><a>x</a></p>\n"),
            Map.entry("<javascript:alert(1)>", "<p>javascript:alert(1)</p>\n"),
            Map.entry("<Javascript:alert(1)>", "<p><a>Javascript:alert(1)</a></p>\n"),
            Map.entry("![x](javascript:alert(1))", "<p></p>\n"),
            Map.entry("![x](data:image/svg+xml,%3Csvg%20onload=alert(1)%3E)", "<p><img alt=\"x\" /></p>\n"));

    private static final Map<String, String> KEPT = Map.of(
            "[统计局](https://www.stats.gov.cn/)", "<p><a href=\"https://www.stats.gov.cn/\">统计局</a></p>\n",
            "[x](HTTP://example.org/a)", "<p><a href=\"HTTP://example.org/a\">x</a></p>\n",
            "[邮件](mailto:tj@example.org)", "<p><a href=\"mailto:tj@example.org\">邮件</a></p>\n",
            "[方法](methodology.html#口径)", "<p><a href=\"methodology.html#口径\">方法</a></p>\n",
            "[上](../index.html)", "<p><a href=\"../index.html\">上</a></p>\n",
            "[q](?a=b:c)", "<p><a href=\"?a=b:c\">q</a></p>\n",
            "![图](assets/logo.png)", "<p><img src=\"assets/logo.png\" alt=\"图\" /></p>\n");

    @Test
    void onlyHttpHttpsMailtoAndRelativeLinksStayLinks() {
        List<String> wrong = new java.util.ArrayList<>();
        for (Map<String, String> table : List.of(REFUSED, KEPT)) {
            table.forEach((md, html) -> {
                String actual = MarkdownPages.toHtml(md);
                if (!actual.equals(html)) wrong.add(md + " → " + actual.strip());
            });
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void rawHtmlIsEscapedSoItsAttributesAreText() {
        String html = MarkdownPages.toHtml("<a href=\"javascript:alert(1)\">x</a> 与 <img src=x onerror=alert(2)>\n\n"
                + "<div onclick=\"alert(3)\">块</div>\n");
        assertFalse(html.contains("<a ") || html.contains("<img") || html.contains("<div"), html);
        assertTrue(html.contains("&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;"), html);
    }

    @Test
    void schemesAreReadAsABrowserReadsThem() {
        for (String url : List.of("JAVASCRIPT:x", "&#74;avascript:x", "&amp;#106;avascript:x", "\u0001 javascript:x", "java\nscript:x")) {
            assertEquals("javascript", SafeLinks.scheme(url), url);
        }
        for (String url : List.of("a/b:c", "#x:y", "//example.org/a", "%6Aavascript:x", "")) {
            assertEquals(null, SafeLinks.scheme(url), url);
        }
    }

    @Test
    void baseUrlMustBeAnHttpAddress() throws IOException {
        assertEquals("https://tj.example.gov.cn/towns/", SiteSettings.parse("base_url: https://tj.example.gov.cn/towns\n").baseUrl());
        assertEquals("HTTP://intra.example:8080/", SiteSettings.parse("base_url: HTTP://intra.example:8080\n").baseUrl());
        Map<String, String> refused = Map.of(
                "javascript:alert(1)", "townstats.yml: base_url must start with http:// or https://: javascript:alert(1)/",
                "JaVaScRiPt:alert(document.domain)//", "townstats.yml: base_url must start with http:// or https://: JaVaScRiPt:alert(document.domain)//",
                "intra.example/ts", "townstats.yml: base_url must start with http:// or https://: intra.example/ts/",
                "http:///x", "townstats.yml: base_url has no host name: http:///x/",
                "https://a.example/\"onmouseover=alert(1)", "townstats.yml: base_url is not a valid address (Illegal character in path at character 19): https://a.example/\"onmouseover=alert(1)/",
                "https://user:pw@a.example/", "townstats.yml: base_url must not hold a user name or password: https://user:pw@a.example/");
        refused.forEach((url, message) -> {
            IOException e = assertThrows(IOException.class, () -> SiteSettings.parse("base_url: '" + url + "'\n"), url);
            assertEquals(message, e.getMessage(), url);
        });
    }
}
