package townstats.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acceptance table for issue 13 ({@code realtext.tsv}): the wordings, debris and traps of township
 * reports as they are copied from the web, each sentence with the exact facts it must give and the
 * traps it must not fall into. Same format and comparison as {@link SentenceTableTest}.
 */
class RealTextTableTest {
    static final String TABLE = "/townstats/extract/realtext.tsv";

    @Test
    void tableHoldsEveryClass() {
        List<SentenceTableTest.Case> cases = SentenceTableTest.load(TABLE);
        assertTrue(cases.size() >= 200, "at least 200 cases, has " + cases.size());
        for (String prefix : List.of("deb-", "pair-", "mid-", "grw-", "wrd-", "trp-", "per-")) {
            long n = cases.stream().filter(c -> c.id().startsWith(prefix)).count();
            assertTrue(n >= 20, prefix + " has " + n + " cases");
        }
    }

    @Test
    void everySentenceYieldsExactlyItsFacts() {
        SentenceTableTest.run(TABLE);
    }
}
