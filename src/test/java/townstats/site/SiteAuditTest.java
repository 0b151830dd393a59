package townstats.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        audit(GeneratedSite.site());
    }

    private static void audit(Path site) throws IOException {
        List<SiteAudit.Finding> findings = SiteAudit.audit(site);
        System.out.println("site audit " + site + ": " + SiteAudit.counts(findings));
        assertEquals(List.of(), findings.subList(0, Math.min(30, findings.size())), findings.size() + " findings " + SiteAudit.counts(findings));
    }
}
