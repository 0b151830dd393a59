package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25, case 9: a town's figures.js held a raw U+2028 (from a name in a sidecar), a line break inside a string
 * literal to the browsers before ES2019, which then stopped the compare page. No script the site writes holds a raw
 * line or paragraph separator: they are written as \u2028 and \u2029, as the search index already did.
 */
class ScriptDataTest {
    @TempDir
    Path tmp;

    @Test
    void noScriptHoldsARawLineOrParagraphSeparator() throws IOException {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        Files.writeString(p.reports.resolve("qingshi.txt"), "青石镇2022年工作总结\n全年完成财政收入4410万元，同比增长5%。\n", StandardCharsets.UTF_8);
        Files.writeString(p.reports.resolve("qingshi.yml"), "town: \"青石\u2028镇\u2029\"\n", StandardCharsets.UTF_8);
        Map<String, String> before = TestProject.hashes(p.content);
        assertEquals(List.of(), p.build().skipped());
        assertEquals(before, TestProject.hashes(p.content), "inputs unchanged");
        assertEquals(TestProject.sampleFiles().size() + 1, p.factsPerReport().size(), "the whole site is built");

        List<Path> scripts;
        try (Stream<Path> s = Files.walk(p.site)) {
            scripts = s.filter(f -> f.toString().endsWith(".js")).toList();
        }
        boolean escaped = false;
        for (Path js : scripts) {
            String text = Files.readString(js, StandardCharsets.UTF_8);
            assertTrue(text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0, p.site.relativize(js) + " holds a raw separator");
            if (js.getFileName().toString().equals("figures.js") && text.contains("青石\\u2028镇")) escaped = true;
        }
        assertTrue(escaped, "the town's name is in its figures.js, escaped");
        assertEquals(List.of(), p.build().skipped(), "the next build succeeds");
    }
}
