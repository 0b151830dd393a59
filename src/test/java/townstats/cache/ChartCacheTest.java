package townstats.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static townstats.analyze.Fixtures.place;
import static townstats.analyze.Fixtures.report;
import static townstats.analyze.Fixtures.value;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.analyze.Analysis;
import townstats.analyze.Analyzer;
import townstats.catalog.Catalog;
import townstats.analyze.Ranking;
import townstats.chart.ChartImage;
import townstats.chart.ChartStore;
import townstats.chart.Charts;
import townstats.model.ReportFacts;

/** A chart whose data did not change comes from the cache, byte for byte; one whose data changed is drawn again. */
class ChartCacheTest {
    private static final Catalog CATALOG = Catalog.loadDefault();

    @TempDir
    Path tmp;

    private static Ranking gdpRanking(double lastTownsGdp) {
        List<ReportFacts> reports = new ArrayList<>();
        String[] towns = {"潭头镇", "赤土店镇", "车村镇", "白土镇", "陶湾镇"};
        for (int i = 0; i < towns.length; i++) {
            double gdp = i == towns.length - 1 ? lastTownsGdp : 50000 + 10000 * i;
            reports.add(report("r" + i, towns[i], 2023, place(towns[i], "410324", "41032410" + i), value("gdp", gdp)));
        }
        Analysis a = Analyzer.analyze(reports, CATALOG);
        return a.ranking("gdp", 2023, "all", "value");
    }

    /** Counts what reaches the disk cache. */
    private static final class Counting implements ChartStore {
        final ChartStore inner;
        final AtomicInteger hits = new AtomicInteger();
        final AtomicInteger kept = new AtomicInteger();

        Counting(ChartStore inner) {
            this.inner = inner;
        }

        @Override
        public ChartImage find(String key) {
            ChartImage found = inner.find(key);
            if (found != null) hits.incrementAndGet();
            return found;
        }

        @Override
        public void keep(String key, ChartImage image) {
            kept.incrementAndGet();
            inner.keep(key, image);
        }
    }

    @Test
    void sameDataComesFromTheCacheChangedDataIsDrawnAgain() throws Exception {
        Ranking before = gdpRanking(99000);
        ChartImage drawn = new Charts(CATALOG).withStore(ChartCache.open(tmp, "catalog")).rankedBars(before, "r1");
        assertEquals(1, ChartCache.open(tmp, "catalog").size());

        // a new build (new objects, same data): no drawing, the same bytes
        Counting second = new Counting(ChartCache.open(tmp, "catalog"));
        ChartImage again = new Charts(CATALOG).withStore(second).rankedBars(gdpRanking(99000), "r1");
        assertEquals(1, second.hits.get());
        assertEquals(0, second.kept.get());
        assertArrayEquals(drawn.png(), again.png());
        assertEquals(drawn.altText(), again.altText());

        // one town's figure changed: drawn again; another highlighted town: drawn again
        Counting third = new Counting(ChartCache.open(tmp, "catalog"));
        Charts charts = new Charts(CATALOG).withStore(third);
        charts.rankedBars(gdpRanking(12000), "r1");
        charts.rankedBars(before, "r2");
        assertEquals(0, third.hits.get());
        assertEquals(2, third.kept.get());

        // another catalogue (names and units on the chart): nothing reused
        Counting other = new Counting(ChartCache.open(tmp, "another catalog"));
        new Charts(CATALOG).withStore(other).rankedBars(before, "r1");
        assertEquals(0, other.hits.get());
    }

    @Test
    void aDamagedEntryIsDeletedAndDrawnAgainAndPruneKeepsOnlyWhatWasUsed() throws Exception {
        ChartCache cache = ChartCache.open(tmp, "catalog");
        Charts charts = new Charts(CATALOG).withStore(cache);
        charts.rankedBars(gdpRanking(99000), null);
        charts.distribution(gdpRanking(99000));
        assertEquals(2, cache.size());
        Path entry;
        try (var files = Files.walk(tmp)) {
            entry = files.filter(p -> p.toString().endsWith(".chart")).sorted().findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length - 10] ^= 0x55;
        Files.write(entry, bytes);
        ChartCache reread = ChartCache.open(tmp, "catalog");
        String key = entry.getFileName().toString().replace(".chart", "");
        assertNull(reread.find(key), "a damaged entry is never trusted");
        assertFalse(Files.exists(entry));

        // a build that drew only the distribution: the bar chart's entry goes
        ChartCache next = ChartCache.open(tmp, "catalog");
        assertNotNull(new Charts(CATALOG).withStore(next).distribution(gdpRanking(99000)));
        next.prune();
        assertEquals(1, next.size());
        assertTrue(Files.isDirectory(tmp.resolve("charts")));
    }
}
