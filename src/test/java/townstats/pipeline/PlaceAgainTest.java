package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.model.Evidence;
import townstats.model.ReportFacts;

/**
 * A report taken from the cache under changed aliases is placed again, and what the site says of its county is
 * decided again for the new place: before, the reason said of the old place (its town and division code) stayed
 * whenever the county was the same, and stayed for a place the divisions no longer resolved.
 */
class PlaceAgainTest {
    @TempDir
    Path tmp;

    @Test
    void aReportPlacedAgainGivesTheReasonOfItsNewPlace() throws IOException {
        TestProject p = new TestProject(tmp.resolve("project"));
        // the text names its town only, not the county: the divisions give the county, and say so
        Files.writeString(p.reports.resolve("bailu-2023.txt"), "白鹭湾镇2023年工作总结\n\n"
                + "2023年，全镇实现地区生产总值12.5亿元，同比增长6.2%。完成固定资产投资3.1亿元。\n");
        Files.writeString(p.content.resolve("aliases.yml"), "towns:\n  白鹭湾镇: \"410324103\"\n");
        Evidence first = county(p.build());
        assertTrue(first.reason().contains("410324103"), first.reason());

        Files.writeString(p.content.resolve("aliases.yml"), "towns:\n  白鹭湾镇: \"410324104\"\n");
        Build.Result again = p.build();
        assertEquals(1, again.reportsCached(), "taken from the cache, placed again");
        Evidence second = county(again);
        assertEquals("栾川县", second.value());
        assertTrue(second.reason().contains("410324104") && !second.reason().contains("410324103"), second.reason());
    }

    private static Evidence county(Build.Result result) {
        ReportFacts r = result.reports().get(0);
        return r.document().grounds().county();
    }
}
