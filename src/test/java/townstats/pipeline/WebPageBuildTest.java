package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.ingest.WebPageReportsTest;

/**
 * A report saved from a portal, built into the site: its facts as from its text, its original offered for download as
 * text, and nothing of the portal's scripts served as a page of the site.
 */
class WebPageBuildTest {
    @TempDir
    Path tmp;

    @Test
    void aSavedPageIsReadAndItsScriptsNeverServed() throws Exception {
        TestProject p = new TestProject(tmp.resolve("project"));
        String text = Files.readString(TestProject.SAMPLES.resolve(TestProject.SAMPLE), StandardCharsets.UTF_8);
        byte[] page = WebPageReportsTest.portalPage(text, "utf-8").getBytes(StandardCharsets.UTF_8);
        Files.write(p.reports.resolve("tantou-2022.html"), page);
        Build.Result result = p.build();
        assertEquals(List.of(), result.skipped());
        assertEquals(6, p.factsPerReport().get("tantou-2022"), "the sample's six facts");

        Path original;
        try (Stream<Path> files = Files.walk(p.site)) {
            original = files.filter(f -> f.getFileName().toString().startsWith("original.")).findFirst().orElseThrow();
        }
        assertEquals("original.html.txt", original.getFileName().toString());
        assertArrayEquals(page, Files.readAllBytes(original));
        try (Stream<Path> files = Files.walk(p.site)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".js")).toList()) {
                String s = Files.readString(f, StandardCharsets.UTF_8);
                assertTrue(!s.contains("document.write('全年财政收入8888") && !s.contains("var stats = "), f + " serves the portal's script");
            }
        }
    }
}
