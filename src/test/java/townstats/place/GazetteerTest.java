package townstats.place;

import townstats.divisions.Gazetteer;
import townstats.divisions.Township;
import townstats.divisions.Names;
import townstats.divisions.County;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import townstats.util.Csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {

    @Test
    void loadsOnceAndFast() {
        // Wall time depends on what else the machine runs; the thread's CPU time shows the work itself.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Gazetteer fresh = Gazetteer.load();
        long firstMs = (System.nanoTime() - t0) / 1_000_000;
        long cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        System.out.println("Gazetteer: parsing the division CSVs took " + firstMs + " ms (" + cpuMs
                + " ms CPU) for " + fresh.townshipCount() + " townships");
        assertTrue(fresh.townshipCount() > 41_000);

        Gazetteer shared = Gazetteer.get();
        long t1 = System.nanoTime();
        Gazetteer again = Gazetteer.get();
        long secondMs = (System.nanoTime() - t1) / 1_000_000;
        assertSame(shared, again);
        assertTrue(secondMs < 100, "cached load took " + secondMs + " ms");
    }

    @Test
    void lookupsByNameStemAndCode() {
        Gazetteer g = Gazetteer.get();
        assertEquals(4, g.townshipsNamed("潭头镇").size());
        assertEquals(6, g.townshipsWithStem("潭头").size());
        assertEquals(List.of("410324"), g.countiesNamed("栾川县").stream().map(County::code).toList());
        assertEquals(List.of("410324"), g.countiesNamed("栾川").stream().map(County::code).toList());
        assertEquals(List.of("420528"), g.countiesNamed("长阳").stream().map(County::code).toList());
        assertEquals("河南省", g.province("41").orElseThrow().name());
        assertEquals("洛阳市", g.city("4103").orElseThrow().name());
        assertEquals(new Township("410324103", "潭头镇", "410324", "4103", "41"), g.township("410324103").orElseThrow());
        assertTrue(g.township("999999999").isEmpty());
        assertTrue(g.citiesNamed("市辖区").isEmpty(), "placeholders are not names");
    }

    @Test
    void csvSplitHandlesQuotes() {
        assertArrayEquals(new String[]{"1", "潭头镇", "2"}, Csv.split("1,\"潭头镇\",2"));
        assertArrayEquals(new String[]{"a,b", "say \"hi\"", ""}, Csv.split("\"a,b\",\"say \"\"hi\"\"\","));
        assertArrayEquals(new String[]{"潭头\n镇", "2"}, Csv.split("\"潭头\n镇\",2"), "a line break inside quotes stays in its field");
    }

    @Test
    void namesRules() {
        assertEquals("红星回族", Names.townBase("红星回族乡"));
        assertEquals("红星", Names.stripEthnic("红星回族"));
        assertEquals("牛场", Names.stripEthnic("牛场苗族彝族"));
        assertEquals("城关", Names.townBase("城关街道办事处"));
        assertEquals("长阳", Names.countyStem("长阳土家族自治县"));
        assertEquals(null, Names.countyStem("和县"));
        assertEquals("恩施", Names.prefectureStem("恩施土家族苗族自治州"));
        assertTrue(Names.looksAnonymised("XX镇"));
        assertTrue(Names.looksAnonymised("乡镇"));
        assertTrue(!Names.looksAnonymised("肥乡镇"));
        assertEquals("潭头镇", TownPhrase.unwrap("中共潭头镇委员会"));
        assertEquals("栾川县", TownPhrase.unwrap("中共栾川县委"));
        assertEquals("城关街道", TownPhrase.unwrap("城关街道办事处"));
        assertEquals("潭头镇", TownPhrase.unwrap("潭头镇党委政府"));
    }
}
