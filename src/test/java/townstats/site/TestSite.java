package townstats.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import townstats.extract.Extractor;
import townstats.pipeline.Build;

/**
 * The site every site test looks at, built once per test JVM: the bundled content/ plus a hostile report
 * whose text holds template syntax, script and Markdown, into a temporary folder.
 */
final class TestSite {
    /** The hostile report's town (its pages must exist and show the text literally). */
    static final String HOSTILE_TOWN = "恶意镇";
    static final List<String> HOSTILE_SNIPPETS = List.of("${7*7}", "<#assign x=1>", "<script>alert(1)</script>",
            "<img src=x onerror=alert(2)>", "**粗体**");
    static final String HOSTILE_REPORT = """
            测试县恶意镇2022年工作总结
            一、2022年工作开展情况
            全年完成财政收入4410万元，同比增长5%。${7*7} <#assign x=1> <script>alert(1)</script> [链接](javascript:alert(3)) **粗体**
            （一）经济发展
            全镇地区生产总值12.5亿元，同比增长6.1%；固定资产投资3.2亿元。
            二、存在的问题
            问题<img src=x onerror=alert(2)>依然较多，产业结构单一，${"x"?upper_case} 税源不足。
            三、2023年工作打算
            力争财政收入达到5000万元。
            """;

    private static Path root;
    private static Build.Result result;

    private TestSite() {
    }

    /** The built site's folder. */
    static synchronized Path site() throws IOException {
        if (root == null) build();
        return root.resolve("site");
    }

    static synchronized Build.Result result() throws IOException {
        site();
        return result;
    }

    private static void build() throws IOException {
        Path tmp = Files.createTempDirectory("townstats-site-test");
        Path content = tmp.resolve("content");
        Path reports = Files.createDirectories(content.resolve("reports"));
        Path pages = Files.createDirectories(content.resolve("pages"));
        copyAll(Path.of("content/reports"), reports);
        copyAll(Path.of("content/pages"), pages);
        Files.writeString(reports.resolve("zz_hostile.txt"), HOSTILE_REPORT, StandardCharsets.UTF_8);
        Files.write(reports.resolve("zz_empty.txt"), new byte[0]);  // skipped: listed on the quality page
        Files.writeString(tmp.resolve("townstats.yml"), "title: 测试站点\norganisation: 测试县统计局\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        result = new Build(new Build.Options(content, tmp.resolve("site"), Path.of("themes/default"), false).withExports(true),
                Extractor.withDefaultCatalog(), new PrintStream(log, true, StandardCharsets.UTF_8)).run();
        root = tmp;
    }

    private static void copyAll(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) return;
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, to.resolve(f.getFileName().toString()));
        }
    }

    /** Every HTML file of the site, as root-relative paths with forward slashes. */
    static List<String> htmlPages() throws IOException {
        Path site = site();
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /**
     * Whether a ranking page's table section is the table of {@code group}: its own (data-group) or that of a narrower
     * group listing the same towns, drawn once under the wider group (data-same-towns).
     */
    static boolean showsGroup(org.jsoup.nodes.Element section, String group) {
        return section.attr("data-group").equals(group) || List.of(section.attr("data-same-towns").split(" ")).contains(group);
    }
}
