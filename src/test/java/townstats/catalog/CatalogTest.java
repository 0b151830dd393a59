package townstats.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import townstats.extract.Extractor;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue file bound to records: what it yields, and the one-line errors for what it must refuse. */
class CatalogTest {
    private static String shipped() throws IOException {
        try (InputStream in = Catalog.class.getResourceAsStream(Catalog.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theShippedCatalogueBindsEveryRule() {
        Catalog c = Catalog.loadDefault();
        Catalog.Indicator fiscal = c.indicators().get("fiscal_revenue");
        assertEquals("财政总收入", fiscal.name());
        assertEquals("万元", fiscal.unit());
        assertEquals(java.util.List.of("一般", "预算", "公共"), fiscal.notAfter(), "地方财政收入 is the town's fiscal revenue");
        assertTrue(fiscal.synonyms().contains("地方财政收入"));
        assertNotNull(c.language().multiYear(), "the optional rules are given in the shipped catalogue");
        assertEquals(10000.0, c.unitKinds().get("money").written().get("亿元"));
        assertEquals("万美元", c.unitKinds().get("trade").otherUnit());
        assertTrue(c.unitKinds().get("people").bareMultiplier());
        assertTrue(c.list().stream().anyMatch(i -> !i.patterns().isEmpty()), "regular-expression patterns are read");
        assertTrue(c.list().stream().anyMatch(Catalog.Indicator::stock));
        assertTrue(c.blockers().contains("建筑面积"));
        assertEquals(64, c.sourceHash().length(), "SHA-256 of the file, as hex");
    }

    @Test
    void choicesInANameStandForEveryCombination() {
        assertEquals(java.util.List.of("规模以上工业总产值", "规模以上总产值", "规上工业总产值", "规上总产值"),
                Catalog.expand(java.util.List.of("[规模以上|规上][工业|]总产值")));
        assertEquals(java.util.List.of("税收收入"), Catalog.expand(java.util.List.of("税收收入")), "a plain name stands as written");
        Catalog.Indicator above = Catalog.loadDefault().indicators().get("industrial_output_above_scale");
        for (String shortForm : java.util.List.of("规上产值", "规模工业总产值", "规上工业企业实现总产值", "规模企业实现工业总产值")) {
            assertTrue(above.synonyms().contains(shortForm), shortForm);
        }
        assertThrows(Catalog.CatalogException.class, () -> Catalog.expand(java.util.List.of("[规上|规模以上工业总产值")));
    }

    @Test
    void aCatalogueWithoutTheOptionalRulesStillLoads(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("older.yml");
        Files.writeString(file, shipped().replaceAll("(?m)^  (?:multi_year|target_lead|single_month|sector|firm_group): .*\\n", ""));
        Catalog older = Catalog.load(file);
        assertNull(older.language().multiYear());
        assertNull(older.language().sector());
    }

    @Test
    void aUserCatalogueIsReadFromItsFileAndHashedByItsBytes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("my-catalog.yml");
        Files.writeString(file, shipped().replace("[税收收入, 税收总额,", "[税收收入, 税收总额, 税收合计,"));
        Catalog mine = Catalog.load(file);
        assertTrue(mine.indicators().get("tax_revenue").synonyms().contains("税收合计"));
        assertNotEquals(Catalog.loadDefault().sourceHash(), mine.sourceHash(), "another catalogue, other cache keys");
    }

    @Test
    void anUnknownKeyIsRejectedWithTheFileAndTheKey(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("typo.yml");
        Files.writeString(file, shipped().replace("    not_after: [一般, 预算, 公共]", "    not_afer: [一般, 预算, 公共]"));
        Catalog.CatalogException e = assertThrows(Catalog.CatalogException.class, () -> Catalog.load(file));
        assertTrue(e.getMessage().startsWith(file + ": unknown key 'not_afer' in indicators[1].not_afer (line "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void anUnknownTopLevelKeyOrUnitKindOrBadPatternIsRejected(@TempDir Path dir) throws IOException {
        String yaml = shipped();
        assertEquals("c.yml: unknown key 'blocker' in blocker (line 187)",
                message(dir, yaml.replace("\nblockers:", "\nblocker:")).replaceAll("line \\d+", "line 187"));
        assertEquals("c.yml: indicator gdp has unknown kind monee",
                message(dir, yaml.replaceFirst("kind: money", "kind: monee")));
        assertTrue(message(dir, yaml.replaceFirst("synonyms: \\[地区生产总值", "patterns: ['(']\n    synonyms: [地区生产总值"))
                .startsWith("c.yml: indicator gdp has a bad pattern: "));
        assertTrue(message(dir, "units: [1, 2\n").startsWith("c.yml: "));
    }

    private static String message(Path dir, String yaml) throws IOException {
        Path file = dir.resolve("c.yml");
        Files.writeString(file, yaml);
        String m = assertThrows(Catalog.CatalogException.class, () -> Catalog.parse(Files.readAllBytes(file), "c.yml")).getMessage();
        assertEquals(1, m.lines().count(), m);
        return m;
    }

    @Test
    void languageRulesComeFromTheFile(@TempDir Path dir) throws Exception {
        Catalog.Language shippedRules = Catalog.loadDefault().language();
        assertTrue(shippedRules.targetWords().matcher("力争").find());
        assertTrue(shippedRules.threshold().matcher("低于").find());
        assertTrue(shippedRules.company().matcher("河南某某有限公司").find());

        Path report = dir.resolve("r.txt");
        Files.writeString(report, "潭头镇2022年工作总结\n全年力求实现财政总收入5000万元。\n");
        var asShipped = new townstats.pipeline.ReportPipeline(Extractor.withDefaultCatalog()).run(dir, report).facts();
        assertEquals(1, asShipped.size(), asShipped.toString());
        assertEquals(null, asShipped.get(0).qualifier(), "力求 is not a target word as shipped");

        Path file = dir.resolve("mine.yml");
        Files.writeString(file, shipped().replace("target_words: '力争|", "target_words: '力求|力争|"));
        var mine = new townstats.pipeline.ReportPipeline(new Extractor(Catalog.load(file))).run(dir, report).facts();
        assertEquals(townstats.model.Qualifier.TARGET, mine.get(0).qualifier(), "a target word added in the file, no Java change");
    }

    @Test
    void aMissingOrBrokenLanguageRuleIsRejected(@TempDir Path dir) throws IOException {
        String yaml = shipped();
        assertEquals("c.yml: language.company is missing", message(dir, yaml.replaceFirst("\n  company: '[^']*'", "")));
        assertTrue(message(dir, yaml.replace("threshold: '低于|", "threshold: '(低于|"))
                .startsWith("c.yml: language.threshold is not a regular expression: "));
        assertEquals("c.yml: unknown key 'companies' in language.companies (line 1)",
                message(dir, yaml.replace("  company: '", "  companies: '")).replaceAll("line \\d+", "line 1"));
    }

    @Test
    void growthAndVillageRulesComeFromTheFile(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("r.txt");
        Files.writeString(report, "潭头镇2022年工作总结\n全年实现财政总收入5000万元，同比攀升8%。\n");
        var asShipped = new townstats.pipeline.ReportPipeline(Extractor.withDefaultCatalog()).run(dir, report).facts();
        assertEquals(null, asShipped.get(0).growth(), "攀升 is no growth verb as shipped");

        Path file = dir.resolve("mine.yml");
        Files.writeString(file, shipped().replace("(?<verb>增长|", "(?<verb>攀升|增长|"));
        var mine = new townstats.pipeline.ReportPipeline(new Extractor(Catalog.load(file))).run(dir, report).facts();
        assertEquals(8.0, mine.get(0).growth(), "a growth verb added in the file, no Java change");

        Files.writeString(report, "潭头镇2022年工作总结\n李楼村耕地面积2300亩。\n");
        assertEquals(0, new townstats.pipeline.ReportPipeline(Extractor.withDefaultCatalog()).run(dir, report).facts().size(),
                "a village's figure is not the town's");
        Files.writeString(file, shipped().replaceFirst("\n  village_subject: '[^']*'", "\n  village_subject: 'nothing'")
                .replaceFirst("\n  village_before: '[^']*'", "\n  village_before: 'nothing'"));
        assertEquals(1, new townstats.pipeline.ReportPipeline(new Extractor(Catalog.load(file))).run(dir, report).facts().size(),
                "the village rules are the file's");
    }

    @Test
    void aGrowthRuleWithoutItsGroupsOrMarksIsRejected(@TempDir Path dir) throws IOException {
        String yaml = shipped();
        assertEquals("c.yml: language.growth needs a group (?<verb>…)", message(dir, yaml.replace("(?<verb>增长|", "(?:增长|")));
        assertEquals("c.yml: language.doubling needs a group (?<n>…)", message(dir, yaml.replace("翻了?(?<n>", "翻了?(")));
        assertEquals("c.yml: language.growth_marks is missing", message(dir, yaml.replaceFirst("\n  growth_marks: '[^']*'", "")));
        assertEquals("c.yml: language.villages is missing", message(dir, yaml.replaceFirst("\n  villages: '[^']*'", "")));
    }

    @Test
    void derivedIndicatorsAreNamedByTheCatalogue() {
        Catalog c = Catalog.loadDefault();
        assertEquals("人均财政总收入", c.name("fiscal_revenue" + Catalog.PER_CAPITA));
        assertEquals("元/人", c.unit("fiscal_revenue" + Catalog.PER_CAPITA));
        assertEquals("人口密度", c.name("population" + Catalog.PER_KM2));
        assertEquals("人/平方公里", c.unit("population" + Catalog.PER_KM2));
        assertTrue(c.info("gdp").flow() && c.info("gdp").development() && c.info("gdp").isMoney());
        assertTrue(!c.info("population").flow() && !c.info("gdp" + Catalog.PER_CAPITA).development());
    }
}
