package townstats.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import townstats.extract.Extractor;
import townstats.pipeline.Build;

/**
 * A site built from hostile content for the browser: the sample reports plus a report whose text and sidecar
 * metadata (town, county, title) carry script tags and on* attributes, a Markdown page with javascript: links in
 * every spelling, and site settings with markup in the title and organisation and a base_url that is a valid
 * http address full of quotes. Every payload, if it ever ran, would add one to {@code window.__pwned} (a few call
 * alert instead).
 */
final class HostileSite {
    static final String RUN = "window.__pwned=(window.__pwned||0)+1";
    static final String REPORT = """
            测试县白沙镇2022年工作总结
            一、2022年工作开展情况
            全年完成财政收入4410万元，同比增长5%%。<script>%1$s</script><img src=x onerror="%1$s"><svg onload="%1$s">
            全镇地区生产总值12.5亿元"><script>%1$s</script>，同比增长6.1%%；固定资产投资3.2亿元'onmouseover='%1$s'。
            <a href="javascript:%1$s">链接</a> <iframe src="javascript:%1$s"></iframe> javascript:alert(1)
            二、存在的问题
            问题<body onload="%1$s">依然较多，产业结构单一<details open ontoggle="%1$s">。
            三、2023年工作打算
            力争财政收入达到5000万元<style>@import 'javascript:alert(1)'</style>。
            """.formatted(RUN);
    static final String SIDECAR = """
            town: '白沙镇"><img src=x onerror="%1$s">'
            county: '<script>%1$s</script>测试县'
            title: '</title><script>%1$s</script>白沙镇2022年工作总结'
            """.formatted(RUN);
    /** Every way a javascript: link can be spelled in Markdown, and raw HTML around them. */
    static final String PAGE = """
            # 说明<script>%1$s</script>

            [a](javascript:%1$s) [b](JaVaScRiPt:%1$s) [c](&#106;avascript:%1$s) [d](&#x6A;avascript:%1$s)
            [e](java&#9;script:%1$s) [f](&#32;javascript:%1$s) [g](<java\tscript:alert(1)>) [h](vbscript:msgbox(1))
            [i](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [j][ref] <javascript:alert(1)>
            ![k](javascript:%1$s) ![l](data:image/svg+xml,%%3Csvg%%20onload=alert(1)%%3E)

            [ref]: javascript:%1$s

            <a href="javascript:%1$s">m</a> <img src=x onerror="%1$s"> <div onclick="%1$s">n</div>

            <script>%1$s</script>

            [正常链接](index.html) [统计局](https://www.stats.gov.cn/) [邮件](mailto:tj@example.org)
            """.formatted(RUN);
    static final String BAD_BASE_URL = "townstats.yml: base_url must start with http:// or https://: JaVaScRiPt:alert(document.domain)/";

    private HostileSite() {
    }

    /**
     * Builds into {@code dir/site}; {@code base} is the address the site will be served from. First checks that a
     * javascript: base_url is refused with its one-line reason, then builds with a valid one holding quotes.
     */
    static Path build(Path dir, String base) throws IOException {
        Path content = dir.resolve("content");
        Path reports = Files.createDirectories(content.resolve("reports"));
        Path pages = Files.createDirectories(content.resolve("pages"));
        try (Stream<Path> files = Files.list(Path.of("content/reports"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) Files.copy(f, reports.resolve(f.getFileName().toString()));
        }
        Files.writeString(reports.resolve("zz_baisha.txt"), REPORT, StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("zz_baisha.yml"), SIDECAR, StandardCharsets.UTF_8);
        Files.writeString(pages.resolve("about.md"), PAGE, StandardCharsets.UTF_8);
        String settings = "title: '<script>" + RUN + "</script>测试站点'\norganisation: '<img src=x onerror=\"" + RUN + "\">测试县统计局'\n";
        Build.Options options = new Build.Options(content, dir.resolve("site"), Path.of("themes/default"), false);
        PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        Files.writeString(dir.resolve("townstats.yml"), settings + "base_url: 'JaVaScRiPt:alert(document.domain)'\n", StandardCharsets.UTF_8);
        try {
            new Build(options, Extractor.withDefaultCatalog(), log).run();
            throw new AssertionError("a javascript: base_url was accepted");
        } catch (IOException e) {
            if (!e.getMessage().equals(BAD_BASE_URL)) throw new AssertionError(e.getMessage(), e);
        }
        // quotes and parentheses are legal in an http address: escaped in every attribute, they run nothing
        Files.writeString(dir.resolve("townstats.yml"), settings + "base_url: \"" + base + "'onmouseover='alert(1)'/\"\n",
                StandardCharsets.UTF_8);
        new Build(options, Extractor.withDefaultCatalog(), log).run();
        return dir.resolve("site");
    }
}
