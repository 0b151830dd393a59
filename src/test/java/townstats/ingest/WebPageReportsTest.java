package townstats.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.extract.Extractor;
import townstats.model.Report;
import townstats.model.ReportFacts;
import townstats.pipeline.ReportPipeline;
import townstats.pipeline.TestProject;

/**
 * Reports saved from a government portal (.html, .htm, .mhtml) and WPS files: the article's facts, none from the portal
 * around it, in the declared character set.
 */
public class WebPageReportsTest {
    private static ReportPipeline pipeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void extractor() {
        pipeline = new ReportPipeline(Extractor.withDefaultCatalog());
    }

    /**
     * A portal's page around the report: navigation, breadcrumbs, the title above the article, the publication line, a
     * sidebar and related links whose figures are traps (another town's), share and print bars, a footer and scripts.
     */
    public static String portalPage(String report, String charset) {
        String title = report.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        StringBuilder body = new StringBuilder();
        for (String line : report.replace("\r", "").split("\n")) {
            if (!line.isBlank()) body.append("<p style=\"text-indent:2em\">").append(escape(line.strip())).append("</p>\n");
        }
        return "<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset + "\">\n"
                + "<title>" + escape(title) + "_栾川县人民政府</title>\n"
                + "<script>var stats = '全镇地区生产总值97.31亿元，同比增长87.65%。';</script><style>p{margin:0}</style></head>\n"
                + "<body><div id=\"header\"><div class=\"logo\">栾川县人民政府</div>\n"
                + "<ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk\">政务公开</a></li>"
                + "<li><a href=\"/hdjl\">互动交流</a></li><li><a href=\"/bsfw\">办事服务</a></li></ul></div>\n"
                + "<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a> &gt; 工作总结</div>\n"
                + "<div class=\"main\"><div class=\"left\"><div class=\"article\">\n"
                + "<h1 class=\"title\">" + escape(title) + "</h1>\n"
                + "<div class=\"info\">发布时间：2023-01-05 来源：政府办 浏览次数：1234</div>\n"
                + "<div class=\"TRS_Editor\">\n" + body + "</div>\n"
                + "<div class=\"share\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a></div>\n"
                + "<div class=\"print\">【<a href=\"javascript:print()\">打印本页</a>】【<a href=\"javascript:close()\">关闭窗口</a>】</div>\n"
                + "<div class=\"pager\"><a href=\"/a.html\">上一篇：某镇2021年地区生产总值达到12.34亿元，同比增长8%</a></div>\n"
                + "</div></div>\n"
                + "<div class=\"right\"><h3>相关新闻</h3><ul class=\"related\">"
                + "<li><a href=\"/b.html\">某镇完成固定资产投资3.21亿元，同比增长15%</a></li>"
                + "<li><a href=\"/c.html\">某镇财政收入突破5432万元</a></li></ul></div></div>\n"
                + "<div class=\"footer\"><p>版权所有：栾川县人民政府办公室 主办单位：栾川县人民政府，承办：县大数据中心。</p>"
                + "<p>地址：栾川县城东大街1号，电话：0379-66822222，网站标识码4103240001。</p></div>\n"
                + "<script>document.write('全年财政收入8888万元，同比增长88%。');</script></body></html>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<String> facts(ReportFacts r) {
        return r.facts().stream().map(PdfReportsTest::describe).toList();
    }

    @Test
    void aSavedPortalPageGivesTheReportsFactsAndNothingFromTheFrame() throws Exception {
        for (Path txt : TestProject.sampleFiles()) {
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            ReportFacts fromText = pipeline.run(txt.getParent(), txt);
            Path html = Files.writeString(dir.resolve(ReportReader.idOf(txt) + ".html"), portalPage(text, "utf-8"));
            ReportFacts fromPage = pipeline.run(dir, html);
            assertEquals(facts(fromText), facts(fromPage), txt.getFileName().toString());
            assertEquals(fromText.document().town(), fromPage.document().town());
            assertEquals(fromText.document().year(), fromPage.document().year());
            String read = fromPage.document().report().decoded();
            for (String frame : List.of("首页", "当前位置", "发布时间", "浏览次数", "相关新闻", "分享到", "打印本页", "上一篇", "版权所有",
                    "0379", "97.31", "87.65", "8888", "12.34", "3.21亿元", "5432")) {
                assertFalse(read.contains(frame), frame + " from the portal's frame in " + txt.getFileName());
            }
        }
    }

    @Test
    void aPageIsReadInTheCharacterSetItDeclares() throws Exception {
        Path txt = TestProject.sampleFiles().get(0);
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        List<String> expected = facts(pipeline.run(txt.getParent(), txt));
        // a portal of the 2000s: GB2312 declared, bytes in GBK (GB18030)
        Path gbk = Files.write(dir.resolve("gbk.htm"), portalPage(text, "gb2312").getBytes(Charset.forName("GB18030")));
        ReportFacts r = pipeline.run(dir, gbk);
        assertEquals(expected, facts(r));
        assertEquals("GB18030", r.document().report().encoding());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());

        // declared UTF-8 but saved as GBK by an editor: read as what the bytes are, with a warning
        Path wrong = Files.write(dir.resolve("wrong.html"), portalPage(text, "utf-8").getBytes(Charset.forName("GB18030")));
        ReportFacts w = pipeline.run(dir, wrong);
        assertEquals(expected, facts(w));
        assertTrue(w.warnings().contains("declared utf-8 but is not: read as GB18030"), w.warnings().toString());
    }

    @Test
    void aWebArchiveIsReadFromItsPageInItsEncoding() throws Exception {
        Path txt = TestProject.sampleFiles().get(2);
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        List<String> expected = facts(pipeline.run(txt.getParent(), txt));
        // as a browser saves it ("Save page as… single file"): the page quoted-printable, then its images
        String boundary = "----MultipartBoundary--x7Tq";
        String mhtml = "From: <Saved by Blink>\r\nSnapshot-Content-Location: http://www.example.gov.cn/zwgk/1.html\r\n"
                + "Subject: =?utf-8?Q?=E5=B7=A5=E4=BD=9C=E6=80=BB=E7=BB=93?=\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"" + boundary + "\"\r\n\r\n"
                + "--" + boundary + "\r\nContent-Type: text/html; charset=gbk\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: http://www.example.gov.cn/zwgk/1.html\r\n\r\n"
                + quotedPrintable(portalPage(text, "gbk").getBytes(Charset.forName("GB18030"))) + "\r\n"
                + "--" + boundary + "\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Location: http://www.example.gov.cn/logo.png\r\n\r\niVBORw0KGgo=\r\n--" + boundary + "--\r\n";
        Path file = Files.writeString(dir.resolve("saved.mhtml"), mhtml, StandardCharsets.US_ASCII);
        ReportFacts r = pipeline.run(dir, file);
        assertEquals(expected, facts(r));
        assertFalse(r.document().report().decoded().contains("当前位置"));

        Path noPage = Files.writeString(dir.resolve("nopage.mhtml"), mhtml.replace("text/html; charset=gbk", "text/plain"),
                StandardCharsets.US_ASCII);
        assertEquals("no web page (text/html part) in the .mhtml archive",
                assertThrows(BadInputException.class, () -> ReportReader.read(dir, noPage)).getMessage());
    }

    /** RFC 2045 quoted-printable, lines of at most 76 characters with soft breaks. */
    static String quotedPrintable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            String piece = c == '\n' ? "\r\n" : c >= 33 && c <= 126 && c != '=' || c == ' ' ? String.valueOf((char) c)
                    : String.format("=%02X", c);
            if (c == '\r') continue;
            if (!piece.equals("\r\n") && column + piece.length() > 75) {
                out.append("=\r\n");
                column = 0;
            }
            out.append(piece);
            column = piece.equals("\r\n") ? 0 : column + piece.length();
        }
        return out.toString();
    }

    @Test
    void aWpsFileInWordsFormatIsReadAndAnotherIsRefusedWithWhatToDo() throws Exception {
        Path txt = TestProject.sampleFiles().get(4);
        List<String> expected = facts(pipeline.run(txt.getParent(), txt));
        // saved as Word 97 (the format WPS Office writes .wps in): made once with LibreOffice from the sample's text
        Path wps = dir.resolve(ReportReader.idOf(txt) + ".wps");
        try (InputStream in = WebPageReportsTest.class.getResourceAsStream("/townstats/formats/004_4cf9f4afd6281c74.wps")) {
            Files.write(wps, in.readAllBytes());
        }
        ReportFacts r = pipeline.run(dir, wps);
        assertEquals(expected, facts(r));
        Report report = r.document().report();
        assertEquals("wps", report.format());

        // an OLE2 file without Word's stream: a Works document, or a WPS one of its own kind
        Path works = dir.resolve("works.wps");
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "CONTENTS");
            fs.writeFilesystem(out);
            Files.write(works, out.toByteArray());
        }
        String reason = assertThrows(BadInputException.class, () -> ReportReader.read(dir, works)).getMessage();
        assertEquals("not a Word-format .wps file (no WordDocument stream: a Works or older WPS document): "
                + "open it in WPS Office and save it as .docx", reason);
        // Kingsoft's own format of the 1990s: neither OLE2 nor a zip
        Path old = Files.write(dir.resolve("old.wps"), "WPS\u0003\u0000潭头镇工作总结".getBytes(StandardCharsets.UTF_8));
        assertTrue(assertThrows(BadInputException.class, () -> ReportReader.read(dir, old)).getMessage()
                .startsWith("not a Word-format .wps file (an old WPS format"));
    }
}
