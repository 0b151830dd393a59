package townstats.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.model.Metadata;
import townstats.model.Report;

class ReportReaderTest {
    @TempDir
    Path dir;

    @Test
    void frontMatterAndSidecarStateWhatTheTextDoesNot() throws Exception {
        Path md = dir.resolve("a.md");
        Files.writeString(md, "---\ntown: 潭头镇\ncounty: 栾川县\nyear: 2021\n---\n# XX镇工作总结\n\n全年完成财政收入4410万元。\n");
        Report r = ReportReader.read(dir, md);
        assertEquals(new Metadata("潭头镇", "栾川县", 2021, null, null), r.metadata());
        assertEquals("XX镇工作总结\n\n全年完成财政收入4410万元。", r.text());

        Path txt = dir.resolve("b.txt");
        Files.writeString(txt, "XX镇2023年工作总结\n全年完成财政收入4410万元。\n");
        Files.writeString(dir.resolve("b.yml"), "town: 张坊镇\ndivision_code: \"370126112\"\n");
        assertEquals(new Metadata("张坊镇", null, null, null, "370126112"), ReportReader.read(dir, txt).metadata());
    }

    @Test
    void badInputGivesAOneLineReason() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertEquals("empty file", assertThrows(BadInputException.class, () -> ReportReader.read(dir, empty)).getMessage());
        Path yaml = dir.resolve("c.md");
        Files.writeString(yaml, "---\ntown: [潭头镇\n---\n正文\n");
        String reason = assertThrows(BadInputException.class, () -> ReportReader.read(dir, yaml)).getMessage();
        assertEquals(1, reason.lines().count());
        assertEquals(true, reason.startsWith("front matter is not valid YAML: "), reason);
    }
}
