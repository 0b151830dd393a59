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
}
